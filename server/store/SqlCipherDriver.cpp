#include "store/SqlCipherDriver.h"

#include "store/SqlCipherResult_p.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <openssl/crypto.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace cp::store {

using namespace Qt::StringLiterals;

namespace {

constexpr int kKeyHexLength = 64;

// The x'HEX' key form in a fixed buffer that is wiped on every path out of open().
class KeySpec
{
  public:
    ~KeySpec() { OPENSSL_cleanse(buf_, sizeof buf_); }
    bool assign(const QString& hex)
    {
        if (hex.size() != kKeyHexLength)
            return false;
        buf_[0] = 'x';
        buf_[1] = '\'';
        for (int i = 0; i < kKeyHexLength; ++i) {
            const char16_t c = hex.at(i).unicode();
            const bool isHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!isHex)
                return false;
            buf_[2 + i] = char(c);
        }
        buf_[2 + kKeyHexLength] = '\'';
        return true;
    }
    const char* data() const { return buf_; }
    int size() const { return int(sizeof buf_); }

  private:
    char buf_[kKeyHexLength + 3] = {};
};

struct OpenOptions
{
    int busyTimeoutMs = 5000;
    bool readOnly = false;
};

bool parseOptions(const QString& text, OpenOptions* out, QString* error)
{
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString option = raw.trimmed();
        if (option.isEmpty())
            continue;
        if (option == "READONLY"_L1 || option == "READONLY=1"_L1) {
            out->readOnly = true;
        } else if (option.startsWith("BUSY_TIMEOUT="_L1)) {
            bool ok = false;
            const int ms = option.mid(13).toInt(&ok);
            if (!ok || ms < 0) {
                *error = u"invalid BUSY_TIMEOUT value: %1"_s.arg(option);
                return false;
            }
            out->busyTimeoutMs = ms;
        } else {
            // A typo must not silently drop a setting.
            *error = u"unknown connect option: %1"_s.arg(option);
            return false;
        }
    }
    return true;
}

// Runs one statement and returns the first column of its first row (if any) in *value.
int queryText(sqlite3* db, const char* sql, QString* value = nullptr)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(stmt);
    if (value)
        *value = rc == SQLITE_ROW
                     ? QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)))
                     : QString();
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    sqlite3_finalize(stmt);
    return rc;
}

// Checks the key, then sets the pragmas every connection relies on.
std::optional<QSqlError> configureConnection(sqlite3* db, const KeySpec& key, const OpenOptions& opts)
{
    const auto fail = [db](const QString& what, int rc) {
        return std::optional(makeSqliteError(db, what, QSqlError::ConnectionError, rc));
    };
    sqlite3_busy_timeout(db, opts.busyTimeoutMs);
    int rc = sqlite3_key(db, key.data(), key.size());
    if (rc != SQLITE_OK)
        return fail(u"Unable to set the database key"_s, rc);

    // An unknown PRAGMA silently does nothing: an empty cipher_version means plain SQLite.
    QString value;
    rc = queryText(db, "PRAGMA cipher_version", &value);
    if (rc != SQLITE_OK || value.isEmpty())
        return std::optional(QSqlError(u"not linked against SQLCipher (PRAGMA cipher_version is empty)"_s,
                                       QString(), QSqlError::ConnectionError));
    // The first page read decrypts the header: failure means a wrong key or a foreign file.
    rc = queryText(db, "SELECT count(*) FROM sqlite_master");
    if (rc != SQLITE_OK)
        return fail(u"wrong database key or not a credit database"_s, rc);

    struct Pragma
    {
        const char* sql;
        const char* expect; // nullptr: no result to verify
    };
    const Pragma common[] = {
        {"PRAGMA secure_delete = ON", "1"}, // deleted content is overwritten, not left in free pages
        {"PRAGMA foreign_keys = ON", nullptr},    {"PRAGMA foreign_keys", "1"},
        {"PRAGMA temp_store = MEMORY", nullptr}, // sorts and temp tables never reach disk
        {"PRAGMA synchronous = NORMAL", nullptr},
    };
    for (const Pragma& p : common) {
        rc = queryText(db, p.sql, &value);
        if (rc != SQLITE_OK)
            return fail(u"Unable to apply %1"_s.arg(QLatin1StringView(p.sql)), rc);
        if (p.expect && value != QLatin1StringView(p.expect))
            return std::optional(QSqlError(u"%1 returned '%2'"_s.arg(QLatin1StringView(p.sql), value),
                                           QString(), QSqlError::ConnectionError));
    }
    if (!opts.readOnly) {
        // WAL: readers are not blocked by a writer's open transaction.
        rc = queryText(db, "PRAGMA journal_mode = WAL", &value);
        if (rc != SQLITE_OK)
            return fail(u"Unable to enable WAL journal mode"_s, rc);
        if (value.compare("wal"_L1, Qt::CaseInsensitive) != 0)
            return std::optional(QSqlError(u"journal_mode is '%1', expected 'wal'"_s.arg(value), QString(),
                                           QSqlError::ConnectionError));
    }
    return std::nullopt;
}

} // namespace

// ---------------------------------------------------------------------------------------------

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
        return true;
    case NamedPlaceholders:
        // false: QSqlResult::savePrepare rewrites ":name" to "?" and maps bindValue(":name")
        // to every position of that name, so both binding styles work on one code path.
    default:
        return false;
    }
}

bool SqlCipherDriver::failOpen(const QSqlError& error)
{
    setLastError(error);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString& path, const QString&, const QString& keyHex, const QString&, int,
                           const QString& connectOptions)
{
    if (isOpen())
        close();
    OpenOptions opts;
    QString optionError;
    if (!parseOptions(connectOptions, &opts, &optionError))
        return failOpen(QSqlError(optionError, QString(), QSqlError::ConnectionError));
    KeySpec key;
    if (!key.assign(keyHex))
        return failOpen(QSqlError(u"the database key must be 64 hexadecimal characters (a raw 256-bit key)"_s,
                                  QString(), QSqlError::ConnectionError));
    if (path.isEmpty())
        return failOpen(QSqlError(u"no database file given"_s, QString(), QSqlError::ConnectionError));

    // FULLMUTEX although each connection is used by one thread: Qt and Database guarantee that
    // only by convention, ~Database closes other threads' connections at shutdown, and an
    // uncontended mutex costs nanoseconds; a misuse then stays a logic error, not heap damage.
    // PRIVATECACHE: shared-cache mode would bypass WAL's reader/writer concurrency.
    const int flags = (opts.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_PRIVATECACHE;
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QSqlError error =
            makeSqliteError(handle, u"Unable to open database file"_s, QSqlError::ConnectionError, rc);
        sqlite3_close(handle);
        return failOpen(error);
    }
    if (const auto error = configureConnection(handle, key, opts)) {
        sqlite3_close(handle); // nothing was written: a wrong key leaves the file untouched
        return failOpen(*error);
    }
    db_ = handle;
    readOnly_ = opts.readOnly;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!isOpen() && !db_)
        return;
    for (SqlCipherResult* result : std::as_const(results_))
        result->finalizeStatement();
    if (db_)
        sqlite3_close_v2(db_);
    db_ = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& what)
{
    if (!isOpen() || !db_) {
        setLastError(QSqlError(what, u"Database is not open"_s, QSqlError::ConnectionError));
        return false;
    }
    const int rc = queryText(db_, sql);
    if (rc != SQLITE_OK) {
        setLastError(makeSqliteError(db_, what, QSqlError::TransactionError, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // A read-only connection cannot take the write lock; a deferred BEGIN gives it a snapshot.
    return execSimple(readOnly_ ? "BEGIN" : "BEGIN IMMEDIATE", u"Unable to begin transaction"_s);
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", u"Unable to commit transaction"_s);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", u"Unable to roll back transaction"_s);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QString where;
    if (type & QSql::Tables)
        where += "type = 'table'"_L1;
    if (type & QSql::Views)
        where += (where.isEmpty() ? ""_L1 : " OR "_L1) + "type = 'view'"_L1;
    if (!where.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        if (query.exec("SELECT name FROM sqlite_master WHERE ("_L1 + where +
                       ") AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_L1)) {
            while (query.next())
                names.append(query.value(0).toString());
        }
    }
    if (type & QSql::SystemTables)
        names.append(u"sqlite_master"_s);
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!isOpen() ||
        !query.exec("SELECT * FROM "_L1 + escapeIdentifier(tableName, TableName) + " LIMIT 0"_L1))
        return QSqlRecord();
    return query.record();
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.size() > 1 && identifier.startsWith(u'"') && identifier.endsWith(u'"'))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', "\"\""_L1);
    return u'"' + escaped + u'"';
}

bool SqlCipherDriver::runScript(const QString& sql, QString* error)
{
    const auto report = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isOpen() || !db_)
        return report(u"database is not open"_s);
    const QByteArray utf8 = sql.toUtf8();
    const char* const begin = utf8.constData();
    const char* const end = begin + utf8.size();
    const char* pos = begin;
    int number = 0;
    while (pos < end) {
        while (pos < end && std::isspace(uchar(*pos)))
            ++pos;
        sqlite3_stmt* stmt = nullptr;
        const char* tail = nullptr;
        const int line = 1 + int(std::count(begin, pos, '\n')); // where the statement starts
        int rc = sqlite3_prepare_v2(db_, pos, int(end - pos), &stmt, &tail);
        if (rc != SQLITE_OK)
            return report(u"statement %1 (line %2): %3"_s.arg(number + 1)
                              .arg(line)
                              .arg(QString::fromUtf8(sqlite3_errmsg(db_))));
        if (!stmt) // only whitespace or comments left
            break;
        ++number;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        const QString message = QString::fromUtf8(sqlite3_errmsg(db_));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return report(u"statement %1 (line %2): %3"_s.arg(number).arg(line).arg(message));
        pos = tail;
    }
    return true;
}

bool execScript(QSqlDatabase& db, const QString& sql, QString* error)
{
    if (auto* driver = dynamic_cast<SqlCipherDriver*>(db.driver()))
        return driver->runScript(sql, error);
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

void registerSqlCipherDriver()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace cp::store
