// Internal to cpstore: the QSqlResult of SqlCipherDriver. It includes SQLCipher's sqlite3.h,
// so only the store's own sources include it (they are compiled with SQLITE_HAS_CODEC).
#pragma once

// SQLCipher's sqlite3.h declares sqlite3_key() only with SQLITE_HAS_CODEC (pkg-config does not
// define it; CMake does). pkg-config's -I puts include/sqlcipher ahead of /usr/include; plain
// SQLite's header has no sqlite3_key, so picking the wrong header fails to compile.
#ifndef SQLITE_HAS_CODEC
#error "SQLITE_HAS_CODEC must be defined to build the SQLCipher driver"
#endif
#include <sqlite3.h>

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

namespace cp::store {

class SqlCipherDriver;

// The SQLite message goes to databaseText. It never contains the key: the key reaches SQLite
// through sqlite3_key, never inside SQL text.
QSqlError makeSqliteError(sqlite3* db, const QString& what, QSqlError::ErrorType type, int rc);

// Steps the statement lazily, keeping one row of look-ahead so that a statement is reset (its
// WAL read snapshot released) as soon as its last row has been fetched, not when the QSqlQuery
// dies. Scrollable results keep the rows fetched so far; forward-only ones only the current row.
class SqlCipherResult final : public QSqlResult
{
  public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;
    void finalizeStatement(); // the driver calls this before sqlite3_close

  protected:
    bool reset(const QString& query) override { return prepare(query) && exec(); }
    bool prepare(const QString& query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int index) override;
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override;
    int size() override { return -1; } // SQLite cannot tell before stepping through
    int numRowsAffected() override { return changes_; }
    QVariant lastInsertId() const override;
    QSqlRecord record() const override { return isSelect() ? record_ : QSqlRecord(); }
    void detachFromResultSet() override;

  private:
    enum class Step { Row, Done, Error };
    const SqlCipherDriver* ownDriver() const;
    sqlite3* db() const;
    void clearRows();
    qsizetype rowsEnd() const { return rowBase_ + rows_.size(); }
    bool bindAll(sqlite3* handle);
    Step step();
    void buildRecord();

    sqlite3_stmt* stmt_ = nullptr;
    QSqlRecord record_;
    QList<QVariantList> rows_; // rows_[k] is row rowBase_ + k
    qsizetype rowBase_ = 0;
    bool more_ = false;      // the statement may still yield rows
    QSqlError pendingError_; // a look-ahead step failed; reported when that row is reached
    int changes_ = -1;
};

} // namespace cp::store
