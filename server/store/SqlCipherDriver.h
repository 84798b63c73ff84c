// A Qt SQL driver written on the SQLite C API of libsqlcipher, registered in-process as
// "CPSQLCIPHER". Qt's QSQLITE plugin and Poco's SQLite connector link plain libsqlite3 and
// would store plaintext (STACK-NOTES "SQLCipher 3.4.1"), so the server uses only this driver.
//
// QSqlDatabase settings:
//   databaseName   file path
//   password       the raw 256-bit key as 64 hex characters (applied as x'HEX', no KDF)
//   connectOptions "BUSY_TIMEOUT=ms" (default 5000) and/or "READONLY", separated by ';'
//
// Every statement is prepared; placeholders are "?" or ":name" (Qt rewrites named ones to
// positional, see hasFeature). One statement per exec; use execScript() for scripts.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

struct sqlite3;

namespace cp::store {

inline constexpr auto kDriverName = "CPSQLCIPHER";

// Registers the driver under kDriverName. Idempotent and thread-safe.
void registerSqlCipherDriver();

// Runs a script of several statements (migrations), statement by statement as SQLite's
// parser splits them (sqlite3_prepare tail), so ';' inside strings or trigger bodies is safe.
// On a non-CPSQLCIPHER connection (e.g. QPSQL later) the script is sent in one exec.
// Returns false with *error = "statement N (line L): message" on the first failure.
bool execScript(QSqlDatabase& db, const QString& sql, QString* error);

class SqlCipherResult;

class SqlCipherDriver final : public QSqlDriver
{
  public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& path, const QString& user, const QString& keyHex, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;

    // BEGIN IMMEDIATE, so that writers serialize at the start of a transaction (waiting up to
    // the busy timeout) instead of failing with SQLITE_BUSY when upgrading a read later.
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;

    bool isReadOnly() const { return readOnly_; }
    bool runScript(const QString& sql, QString* error);

  private:
    friend class SqlCipherResult;
    bool failOpen(const QSqlError& error);
    bool execSimple(const char* sql, const QString& what);

    sqlite3* db_ = nullptr;
    bool readOnly_ = false;
    mutable QList<SqlCipherResult*> results_; // finalized on close so sqlite3_close succeeds
};

} // namespace cp::store
