#include "store/Migrator.h"

#include "store/Database.h"
#include "store/SqlCipherDriver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace cp::store {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kTable = "schema_migrations";

bool wantsForeignKeysOff(const QString& sql)
{
    static const QRegularExpression directive(u"^--\\s*cp:foreign_keys\\s*=\\s*off\\s*$"_s,
                                              QRegularExpression::MultilineOption |
                                                  QRegularExpression::CaseInsensitiveOption);
    return directive.match(sql).hasMatch();
}

void execOrThrow(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        throw StoreError(u"%1: %2"_s.arg(what, query.lastError().text()));
}

void execOrThrow(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StoreError(u"%1: %2"_s.arg(sql, query.lastError().text()));
}

// Turns foreign keys off for one migration and back on afterwards, whatever happens.
class ForeignKeysOff
{
  public:
    explicit ForeignKeysOff(QSqlDatabase& db) : db_(db) { execOrThrow(db_, u"PRAGMA foreign_keys = OFF"_s); }
    ~ForeignKeysOff()
    {
        QSqlQuery query(db_);
        if (!query.exec(u"PRAGMA foreign_keys = ON"_s))
            qWarning("cp::store: could not re-enable foreign keys: %s", qPrintable(query.lastError().text()));
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

  private:
    QSqlDatabase& db_;
};

} // namespace

Migrator::Migrator(QList<Migration> migrations) : migrations_(std::move(migrations))
{
    int previous = 0;
    for (const Migration& m : std::as_const(migrations_)) {
        if (m.version <= previous)
            throw StoreError(
                u"migration versions must be positive and strictly increasing: %1 (%2) after %3"_s
                    .arg(m.version)
                    .arg(m.name)
                    .arg(previous));
        if (m.name.isEmpty())
            throw StoreError(u"migration %1 has no name"_s.arg(m.version));
        previous = m.version;
    }
}

int Migrator::latestVersion() const
{
    return migrations_.isEmpty() ? 0 : migrations_.constLast().version;
}

int Migrator::currentVersion(QSqlDatabase& db)
{
    if (!db.tables().contains(QLatin1StringView(kTable)))
        return 0;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !query.next())
        throw StoreError(u"cannot read the schema version: %1"_s.arg(query.lastError().text()));
    return query.value(0).toInt();
}

void Migrator::ensureTable(QSqlDatabase& db)
{
    execOrThrow(db, u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
}

QSet<int> Migrator::appliedVersions(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT version FROM schema_migrations"_s))
        throw StoreError(u"cannot read schema_migrations: %1"_s.arg(query.lastError().text()));
    QSet<int> versions;
    while (query.next())
        versions.insert(query.value(0).toInt());
    return versions;
}

void Migrator::checkCompatible(const QSet<int>& applied) const
{
    const int current = applied.isEmpty() ? 0 : *std::max_element(applied.begin(), applied.end());
    if (current > latestVersion())
        throw StoreError(u"the database schema is at version %1 but this program knows only up to %2: "
                         "it was written by a newer version; refusing to use it"_s.arg(current)
                             .arg(latestVersion()));
    QSet<int> known;
    for (const Migration& m : migrations_) {
        known.insert(m.version);
        if (m.version < current && !applied.contains(m.version))
            throw StoreError(
                u"migration %1 (%2) was never applied but the database is already at version %3"_s
                    .arg(m.version)
                    .arg(m.name)
                    .arg(current));
    }
    for (const int v : applied)
        if (!known.contains(v))
            throw StoreError(u"the database records migration %1, which this program does not know"_s.arg(v));
}

int Migrator::apply(QSqlDatabase& db)
{
    ensureTable(db);
    const QSet<int> applied = appliedVersions(db);
    checkCompatible(applied);
    int count = 0;
    for (const Migration& m : std::as_const(migrations_)) {
        if (applied.contains(m.version))
            continue;
        if (applyOne(db, m))
            ++count;
    }
    return count;
}

bool Migrator::applyOne(QSqlDatabase& db, const Migration& m)
{
    const QString label = u"migration %1 (%2)"_s.arg(m.version).arg(m.name);
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (wantsForeignKeysOff(m.sql))
        foreignKeysOff.emplace(db);

    // BEGIN IMMEDIATE: two processes migrating at once serialize here; the loser sees the row.
    Transaction tx(db);
    QSqlQuery check(db);
    check.prepare(u"SELECT 1 FROM schema_migrations WHERE version = ?"_s);
    check.addBindValue(m.version);
    execOrThrow(check, label);
    if (check.next())
        return false; // another process applied it meanwhile; tx rolls back our empty transaction
    check.finish();

    QString error;
    if (!execScript(db, m.sql, &error))
        throw StoreError(u"%1 failed: %2"_s.arg(label, error));
    if (foreignKeysOff) {
        QSqlQuery fk(db);
        fk.setForwardOnly(true);
        if (!fk.exec(u"PRAGMA foreign_key_check"_s))
            throw StoreError(u"%1: foreign_key_check: %2"_s.arg(label, fk.lastError().text()));
        if (fk.next())
            throw StoreError(
                u"%1 leaves a foreign key violation in table %2"_s.arg(label, fk.value(0).toString()));
    }
    QSqlQuery record(db);
    record.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
    record.addBindValue(m.version);
    record.addBindValue(m.name);
    record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    execOrThrow(record, label);
    tx.commit();
    return true;
}

QList<Migration> loadMigrationsFromDir(const QString& dir)
{
    const QDir directory(dir);
    if (!directory.exists())
        throw StoreError(u"migrations directory %1 does not exist"_s.arg(dir));
    static const QRegularExpression pattern(u"^(\\d{4,})_([A-Za-z0-9_-]+)\\.sql$"_s);
    QList<Migration> migrations;
    const QStringList files = directory.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch())
            throw StoreError(u"migration file %1 in %2 is not named NNNN_name.sql"_s.arg(fileName, dir));
        QFile file(directory.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(u"cannot read migration %1: %2"_s.arg(file.fileName(), file.errorString()));
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString sql = utf8.decode(file.readAll());
        if (utf8.hasError())
            throw StoreError(u"migration %1 is not valid UTF-8"_s.arg(file.fileName()));
        bool ok = false;
        const int version = match.captured(1).toInt(&ok);
        if (!ok)
            throw StoreError(u"migration file %1 has an unusable version number"_s.arg(fileName));
        migrations.append(Migration{version, match.captured(2), std::move(sql)});
    }
    std::stable_sort(migrations.begin(), migrations.end(),
                     [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

} // namespace cp::store
