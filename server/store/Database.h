// The encrypted credit database: key material, one connection per thread, transactions.
//
// Threading rule: a QSqlDatabase may only be used by the thread that opened it, so
// Database::connection() hands each thread (QThread or Poco worker alike) its own connection,
// named "cp-<instance>-<thread>". A thread's connections are removed when the thread ends
// (thread_local registry) or on closeThreadConnection(). ~Database removes whatever is left; it
// must run at shutdown in the owning thread, after the worker threads that used it have
// stopped (e.g. after the HTTP server's thread pool is joined).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <stdexcept>
#include <type_traits>

namespace cp::store {

class StoreError : public std::runtime_error
{
  public:
    explicit StoreError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

struct DatabaseConfig
{
    QString path;
    QByteArray keyHex; // 64 hex chars: the raw 256-bit SQLCipher key
    int busyTimeoutMs = 5000;
    bool readOnly = false;
};

// --- key material (never logged; messages name the file or variable, never the value) ---

bool isValidKeyHex(QByteArrayView keyHex);
// Overwrites the bytes (OPENSSL_cleanse) and clears the array. Copies made elsewhere remain.
void wipe(QByteArray& secret);
// Regular file, mode 0600 or 0400, owned by the effective user, holding 64 hex characters and
// an optional trailing newline. Throws StoreError otherwise.
QByteArray loadKeyFile(const QString& path);
// Throws StoreError if the variable is unset or does not hold 64 hex characters.
QByteArray loadKeyFromEnv(const char* variable);
// 32 bytes from OpenSSL's RAND_bytes, as 64 lowercase hex characters.
QByteArray generateKeyHex();
// Creates the file with mode 0600 (O_CREAT|O_EXCL: never overwrites, never briefly readable by
// others) and syncs it. Throws StoreError if it exists or cannot be written.
void writeKeyFile(const QString& path, const QByteArray& keyHex);

// Opens the existing file read-only with the key and closes it again: for a clear message at
// startup. Returns false with *error set if the file is missing, the key wrong, or not SQLCipher.
bool checkDatabaseKey(const QString& path, const QByteArray& keyHex, QString* error);

// --- transactions ---

// BEGIN (IMMEDIATE on CPSQLCIPHER) on construction; ROLLBACK in the destructor unless
// commit() succeeded. Throws StoreError when BEGIN or COMMIT fails.
class Transaction
{
  public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    void rollback();
    bool isActive() const { return active_; }

  private:
    QSqlDatabase db_;
    bool active_ = false;
};

// --- the database ---

class Database
{
  public:
    // Validates the key format and registers the driver; opens nothing yet.
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // This thread's open connection, opened on first use. Throws StoreError if opening fails
    // (the message names the file and the cause, never the key).
    QSqlDatabase connection();
    // Closes and removes this thread's connection (e.g. before a pooled thread idles long).
    void closeThreadConnection();

    QString path() const;
    bool isReadOnly() const;

    // Runs f(QSqlDatabase&) in a transaction on this thread's connection: committed if f
    // returns, rolled back if it throws. Returns what f returns.
    template <class F> auto transaction(F&& f) -> std::invoke_result_t<F&, QSqlDatabase&>
    {
        using R = std::invoke_result_t<F&, QSqlDatabase&>;
        QSqlDatabase db = connection();
        Transaction tx(db);
        if constexpr (std::is_void_v<R>) {
            std::invoke(f, db);
            tx.commit();
        } else {
            R result = std::invoke(f, db);
            tx.commit();
            return result;
        }
    }

    struct Shared; // state shared with the per-thread registries

  private:
    std::shared_ptr<Shared> shared_;
};

} // namespace cp::store
