// Helpers shared by the store tests: fixed test keys and a self-removing raw connection.
#pragma once

#include "store/SqlCipherDriver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <atomic>

namespace cp::store::test {

// Test-only keys, made up here; never used outside temp dirs.
inline const QByteArray kKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
inline const QByteArray kOtherKey = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

// A CPSQLCIPHER connection under a unique name, closed and removed on destruction. Queries on
// it must be destroyed first.
class Connection
{
  public:
    Connection(const QString& path, const QByteArray& key, const QString& options = {})
        : name_(QStringLiteral("test-%1").arg(counter()++))
    {
        cp::store::registerSqlCipherDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(cp::store::kDriverName), name_);
        db.setDatabaseName(path);
        db.setPassword(QString::fromLatin1(key));
        db.setConnectOptions(options);
        opened_ = db.open();
        error_ = db.lastError();
    }
    ~Connection()
    {
        QSqlDatabase::database(name_, false).close();
        QSqlDatabase::removeDatabase(name_);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return opened_; }
    QSqlError openError() const { return error_; }
    QSqlDatabase db() const { return QSqlDatabase::database(name_, false); }
    QString name() const { return name_; }

  private:
    static std::atomic<int>& counter()
    {
        static std::atomic<int> value{0};
        return value;
    }
    QString name_;
    bool opened_ = false;
    QSqlError error_;
};

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cp::store::test
