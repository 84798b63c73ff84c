#include "store/SqlCipherResult_p.h"

#include "store/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

#include <limits>

namespace cp::store {

using namespace Qt::StringLiterals;

QSqlError makeSqliteError(sqlite3* db, const QString& what, QSqlError::ErrorType type, int rc)
{
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int code = db ? sqlite3_extended_errcode(db) : rc;
    return QSqlError(what, QString::fromUtf8(message), type, QString::number(code));
}

namespace {

bool isNullValue(const QVariant& v)
{
    // Qt 6's QVariant::isNull() no longer looks inside; mirror Qt's own drivers.
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    default:
        return false;
    }
}

// Binds one value at 1-based position; returns an SQLite code, or SQLITE_MISMATCH for a type
// that has no faithful SQLite representation.
int bindOne(sqlite3_stmt* stmt, int pos, const QVariant& v)
{
    if (isNullValue(v))
        return sqlite3_bind_null(stmt, pos);
    const auto bindText = [&](const QString& s) {
        const QByteArray utf8 = s.toUtf8();
        return sqlite3_bind_text(stmt, pos, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    };
    switch (v.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, pos, v.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, pos, v.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong u = v.toULongLong();
        if (u > qulonglong(std::numeric_limits<qint64>::max()))
            return SQLITE_MISMATCH;
        return sqlite3_bind_int64(stmt, pos, qint64(u));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, pos, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        return sqlite3_bind_blob(stmt, pos, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime:
        return bindText(v.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return bindText(v.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(v.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QString:
        return bindText(v.toString());
    default:
        return v.canConvert<QString>() ? bindText(v.toString()) : SQLITE_MISMATCH;
    }
}

// Field type from the declared column type, by SQLite's affinity rules (plus BOOL and dates,
// which we store as 0/1 and ISO text); without a declared type, from the first value.
QMetaType fieldType(const char* declared, int storageClass)
{
    const QByteArray d = QByteArray(declared ? declared : "").toUpper();
    if (d.isEmpty()) {
        switch (storageClass) {
        case SQLITE_INTEGER:
            return QMetaType::fromType<qlonglong>();
        case SQLITE_FLOAT:
            return QMetaType::fromType<double>();
        case SQLITE_TEXT:
            return QMetaType::fromType<QString>();
        case SQLITE_BLOB:
            return QMetaType::fromType<QByteArray>();
        default:
            return QMetaType();
        }
    }
    if (d.contains("BOOL"))
        return QMetaType::fromType<bool>();
    if (d.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT") || d.contains("DATE") ||
        d.contains("TIME"))
        return QMetaType::fromType<QString>();
    if (d.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<double>(); // REAL, FLOAT, DOUBLE, NUMERIC, DECIMAL
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver)
{
    driver->results_.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver* drv = ownDriver()) // null once the driver was deleted
        drv->results_.removeOne(this);
    finalizeStatement();
}

const SqlCipherDriver* SqlCipherResult::ownDriver() const
{
    return static_cast<const SqlCipherDriver*>(driver());
}

sqlite3* SqlCipherResult::db() const
{
    return ownDriver() ? ownDriver()->db_ : nullptr;
}

void SqlCipherResult::finalizeStatement()
{
    if (stmt_)
        sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    clearRows();
    setActive(false);
}

void SqlCipherResult::clearRows()
{
    rows_.clear();
    rowBase_ = 0;
    more_ = false;
    pendingError_ = QSqlError();
}

void SqlCipherResult::detachFromResultSet()
{
    if (stmt_)
        sqlite3_reset(stmt_);
    more_ = false;
}

bool SqlCipherResult::isNull(int field)
{
    return isNullValue(data(field));
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalizeStatement();
    setSelect(false);
    sqlite3* handle = db();
    if (!handle || !driver()->isOpen() || driver()->isOpenError()) {
        setLastError(QSqlError(u"Database is not open"_s, QString(), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt_, &tail);
    if (rc != SQLITE_OK) {
        setLastError(
            makeSqliteError(handle, u"Unable to prepare statement"_s, QSqlError::StatementError, rc));
        finalizeStatement();
        return false;
    }
    if (!stmt_) {
        setLastError(QSqlError(u"No SQL statement to prepare"_s, QString(), QSqlError::StatementError));
        return false;
    }
    // Anything but whitespace and comments after the first statement is refused.
    sqlite3_stmt* extra = nullptr;
    const char* end = sql.constData() + sql.size();
    if (tail && tail < end) {
        rc = sqlite3_prepare_v2(handle, tail, int(end - tail), &extra, nullptr);
        if (rc != SQLITE_OK || extra) {
            sqlite3_finalize(extra);
            finalizeStatement();
            setLastError(QSqlError(u"Unable to execute multiple statements at a time (use execScript)"_s,
                                   QString(), QSqlError::StatementError));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::bindAll(sqlite3* handle)
{
    // With NamedPlaceholders off, Qt has already turned ":name" into "?" and laid the values
    // out by position, repeating a value for a name used twice.
    const QList<QVariant>& values = boundValues();
    const int paramCount = sqlite3_bind_parameter_count(stmt_);
    if (paramCount != values.size()) {
        setLastError(QSqlError(
            u"Parameter count mismatch: statement has %1, %2 bound"_s.arg(paramCount).arg(values.size()),
            QString(), QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < paramCount; ++i) {
        const int rc = bindOne(stmt_, i + 1, values.at(i));
        if (rc != SQLITE_OK) {
            const QString what = u"Unable to bind parameter %1 (type %2)"_s.arg(i + 1).arg(
                QString::fromLatin1(values.at(i).typeName()));
            setLastError(rc == SQLITE_MISMATCH
                             ? QSqlError(what, QString(), QSqlError::StatementError)
                             : makeSqliteError(handle, what, QSqlError::StatementError, rc));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    clearRows();
    record_.clear();
    changes_ = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setLastError(QSqlError());
    sqlite3* handle = db();
    if (!stmt_ || !handle) {
        setLastError(QSqlError(u"No prepared statement"_s, QString(), QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    if (!bindAll(handle))
        return false;

    const int totalBefore = sqlite3_total_changes(handle);
    more_ = true;
    if (step() == Step::Error) {
        setLastError(pendingError_);
        return false;
    }
    const bool hasColumns = sqlite3_column_count(stmt_) > 0;
    if (!hasColumns) // sqlite3_changes() is stale after statements that changed nothing
        changes_ = sqlite3_total_changes(handle) != totalBefore ? sqlite3_changes(handle) : 0;
    buildRecord();
    setSelect(hasColumns);
    setActive(true);
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        const int n = sqlite3_column_count(stmt_);
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(stmt_, i)) {
            case SQLITE_INTEGER:
                row.append(QVariant(qlonglong(sqlite3_column_int64(stmt_, i))));
                break;
            case SQLITE_FLOAT: {
                const double d = sqlite3_column_double(stmt_, i);
                switch (numericalPrecisionPolicy()) {
                case QSql::LowPrecisionInt32:
                    row.append(QVariant(int(d)));
                    break;
                case QSql::LowPrecisionInt64:
                    row.append(QVariant(qlonglong(d)));
                    break;
                default:
                    row.append(QVariant(d));
                }
                break;
            }
            case SQLITE_TEXT: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
                row.append(QVariant(QString::fromUtf8(text, sqlite3_column_bytes(stmt_, i))));
                break;
            }
            case SQLITE_BLOB: {
                const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt_, i));
                const int size = sqlite3_column_bytes(stmt_, i);
                row.append(QVariant(QByteArray(blob ? blob : "", size))); // empty blob stays non-null
                break;
            }
            default: // SQLITE_NULL: a null of the column's type (record_ is built after row 0)
                row.append(i < record_.count() ? QVariant(record_.field(i).metaType()) : QVariant());
            }
        }
        rows_.append(row);
        return Step::Row;
    }
    more_ = false;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(stmt_); // ends the read transaction now, not when the query object dies
        return Step::Done;
    }
    pendingError_ = makeSqliteError(db(), u"Unable to fetch row"_s, QSqlError::StatementError, rc);
    sqlite3_reset(stmt_);
    return Step::Error;
}

void SqlCipherResult::buildRecord()
{
    const int n = sqlite3_column_count(stmt_);
    for (int i = 0; i < n; ++i) {
        const int storage = rows_.isEmpty() ? SQLITE_NULL : sqlite3_column_type(stmt_, i);
        const char* table = sqlite3_column_table_name(stmt_, i);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(stmt_, i)),
                        fieldType(sqlite3_column_decltype(stmt_, i), storage),
                        QString::fromUtf8(table ? table : ""));
        record_.append(field);
        // NULLs in the first row were read before the record existed: type them now.
        if (!rows_.isEmpty() && storage == SQLITE_NULL)
            rows_.first()[i] = QVariant(field.metaType());
    }
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || index < rowBase_)
        return false;                                    // forward-only rows already dropped
    while (more_ && rowsEnd() <= qsizetype(index) + 1) { // + 1: look-ahead
        if (step() == Step::Error)
            break;
        if (isForwardOnly() && rows_.size() > 2 && rowBase_ < index) {
            rows_.removeFirst();
            ++rowBase_;
        }
    }
    if (index >= rowsEnd()) {
        if (pendingError_.isValid())
            setLastError(pendingError_);
        setAt(QSql::AfterLastRow);
        return false;
    }
    if (isForwardOnly() && index > rowBase_) {
        rows_.remove(0, index - rowBase_);
        rowBase_ = index;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive())
        return false;
    while (more_ && step() == Step::Row) {
        if (isForwardOnly() && rows_.size() > 1) {
            rows_.removeFirst();
            ++rowBase_;
        }
    }
    if (rowsEnd() == 0 || pendingError_.isValid()) {
        if (pendingError_.isValid())
            setLastError(pendingError_);
        setAt(QSql::AfterLastRow);
        return false;
    }
    return fetch(int(rowsEnd() - 1));
}

QVariant SqlCipherResult::data(int field)
{
    const qsizetype k = at() - rowBase_;
    if (!isValid() || k < 0 || k >= rows_.size())
        return QVariant();
    return rows_.at(k).value(field);
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!isActive() || !db())
        return QVariant();
    const qint64 id = sqlite3_last_insert_rowid(db());
    return id ? QVariant(qlonglong(id)) : QVariant();
}

} // namespace cp::store
