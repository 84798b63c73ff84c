// Schema migrations: numbered SQL scripts applied in order, each in its own transaction
// together with its row in schema_migrations, so a failing script leaves no trace.
//
// Scripts must not contain BEGIN/COMMIT. A script that rebuilds a table referenced by foreign
// keys (SQLite 3.15 has no DROP/RENAME COLUMN) starts with the line
//     -- cp:foreign_keys=off
// The migrator then disables foreign keys around that transaction (the pragma is a no-op inside
// one), runs PRAGMA foreign_key_check before committing and refuses the migration on any
// violation (the procedure of sqlite.org/lang_altertable.html).
#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace cp::store {

struct Migration
{
    int version; // > 0, strictly increasing
    QString name;
    QString sql; // one or more statements
};

class Migrator
{
  public:
    // Throws StoreError unless versions are positive and strictly increasing.
    explicit Migrator(QList<Migration> migrations);

    // Applies the pending migrations; returns how many. Throws StoreError (after rolling back
    // the failing migration) if a script fails, if the database has a version this program does
    // not know (newer code wrote it), or if a known older migration is missing from it.
    int apply(QSqlDatabase& db);
    // Highest applied version; 0 for a database without schema_migrations.
    int currentVersion(QSqlDatabase& db);
    int latestVersion() const;

  private:
    void ensureTable(QSqlDatabase& db);
    QSet<int> appliedVersions(QSqlDatabase& db);
    void checkCompatible(const QSet<int>& applied) const;
    bool applyOne(QSqlDatabase& db, const Migration& migration); // false: already there

    QList<Migration> migrations_;
};

// Reads NNNN_name.sql files (version NNNN, at least 4 digits) from a directory, sorted by
// version; works for Qt resource directories too (":/migrations"). Other extensions are
// ignored; a *.sql file with another name, or a missing directory, throws StoreError.
QList<Migration> loadMigrationsFromDir(const QString& dir);

} // namespace cp::store
