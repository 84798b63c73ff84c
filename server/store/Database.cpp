#include "store/Database.h"

#include "store/SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>
#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <utility>
#include <vector>

namespace cp::store {

using namespace Qt::StringLiterals;

struct Database::Shared
{
    quint64 id = 0;
    DatabaseConfig config;
    std::mutex mutex;
    QStringList connections; // names still registered with QSqlDatabase, any thread

    ~Shared() { wipe(config.keyHex); }
    void release(const QString& name)
    {
        const std::lock_guard lock(mutex);
        if (connections.removeOne(name))
            QSqlDatabase::removeDatabase(name);
    }
};

namespace {

constexpr qsizetype kKeyHexLength = 64;
std::atomic<quint64> nextInstanceId{1};
std::atomic<quint64> nextThreadNumber{1};
std::atomic<quint64> nextCheckId{1};

// A number per thread that is never reused, unlike pthread ids.
quint64 threadNumber()
{
    thread_local const quint64 number = nextThreadNumber++;
    return number;
}

// The connections this thread opened. Its destructor runs when the thread ends -- also for
// Poco's plain pthreads, and before Qt's own per-thread data is destroyed -- and removes them.
struct ThreadConnections
{
    struct Entry
    {
        std::weak_ptr<Database::Shared> owner;
        QString name;
    };
    std::vector<Entry> entries;

    ~ThreadConnections()
    {
        for (const Entry& entry : entries)
            if (const auto owner = entry.owner.lock())
                owner->release(entry.name);
    }
    void add(const std::shared_ptr<Database::Shared>& owner, const QString& name)
    {
        std::erase_if(entries, [](const Entry& e) { return e.owner.expired(); });
        entries.push_back({owner, name});
    }
    void forget(const QString& name)
    {
        std::erase_if(entries, [&](const Entry& e) { return e.name == name; });
    }
};
thread_local ThreadConnections threadConnections;

class FileDescriptor
{
  public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

  private:
    int fd_;
};

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

QString octal(mode_t mode)
{
    return QString::number(uint(mode), 8).rightJustified(4, u'0');
}

} // namespace

// --- key material ---

bool isValidKeyHex(QByteArrayView keyHex)
{
    return keyHex.size() == kKeyHexLength &&
           std::all_of(keyHex.begin(), keyHex.end(), [](char c) { return std::isxdigit(uchar(c)) != 0; });
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

QByteArray loadKeyFile(const QString& path)
{
    // O_NONBLOCK: a FIFO planted at the path must not hang startup (refused below).
    const int raw = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (raw < 0)
        throw StoreError(u"cannot open key file %1: %2"_s.arg(path, errnoText()));
    const FileDescriptor fd(raw);
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0)
        throw StoreError(u"cannot inspect key file %1: %2"_s.arg(path, errnoText()));
    if (!S_ISREG(st.st_mode))
        throw StoreError(u"key file %1 is not a regular file"_s.arg(path));
    const mode_t mode = st.st_mode & 07777;
    if (mode != 0600 && mode != 0400)
        throw StoreError(
            u"key file %1 has mode %2; it must be 0600 or 0400 (readable by its owner only)"_s.arg(
                path, octal(mode)));
    if (st.st_uid != ::geteuid())
        throw StoreError(u"key file %1 must be owned by the user running the server"_s.arg(path));

    char buf[kKeyHexLength + 4] = {}; // room to notice trailing garbage
    ssize_t total = 0;
    while (total < ssize_t(sizeof buf)) {
        const ssize_t n = ::read(fd.get(), buf + total, sizeof buf - size_t(total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            OPENSSL_cleanse(buf, sizeof buf);
            throw StoreError(u"cannot read key file %1: %2"_s.arg(path, errnoText()));
        }
        if (n == 0)
            break;
        total += n;
    }
    qsizetype length = total;
    if (length > 0 && buf[length - 1] == '\n')
        --length;
    if (length > 0 && buf[length - 1] == '\r')
        --length;
    const bool valid = isValidKeyHex(QByteArrayView(buf, length));
    QByteArray key = valid ? QByteArray(buf, length) : QByteArray();
    OPENSSL_cleanse(buf, sizeof buf);
    if (!valid)
        throw StoreError(u"key file %1 must contain exactly 64 hexadecimal characters"_s.arg(path));
    return key;
}

QByteArray loadKeyFromEnv(const char* variable)
{
    QByteArray value = qgetenv(variable);
    if (value.isEmpty())
        throw StoreError(u"environment variable %1 is not set"_s.arg(QString::fromLatin1(variable)));
    if (!isValidKeyHex(value)) {
        wipe(value);
        throw StoreError(u"environment variable %1 must hold exactly 64 hexadecimal characters"_s.arg(
            QString::fromLatin1(variable)));
    }
    return value;
}

QByteArray generateKeyHex()
{
    unsigned char raw[kKeyHexLength / 2];
    if (RAND_bytes(raw, int(sizeof raw)) != 1)
        throw StoreError(u"OpenSSL could not generate random key material"_s);
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray hex(kKeyHexLength, Qt::Uninitialized);
    for (size_t i = 0; i < sizeof raw; ++i) {
        hex[qsizetype(2 * i)] = digits[raw[i] >> 4];
        hex[qsizetype(2 * i + 1)] = digits[raw[i] & 0x0f];
    }
    OPENSSL_cleanse(raw, sizeof raw);
    return hex;
}

void writeKeyFile(const QString& path, const QByteArray& keyHex)
{
    if (!isValidKeyHex(keyHex))
        throw StoreError(
            u"refusing to write key file %1: the key must be 64 hexadecimal characters"_s.arg(path));
    const QByteArray native = QFile::encodeName(path);
    // Mode 0600 at creation: the file is never readable by others, not even briefly.
    FileDescriptor fd(::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (fd.get() < 0)
        throw StoreError(u"cannot create key file %1: %2"_s.arg(path, errno == EEXIST ? u"it already exists"_s
                                                                                      : errnoText()));
    const auto failAndRemove = [&](const QString& what) {
        const QString reason = errnoText();
        ::close(fd.release());
        ::unlink(native.constData());
        return StoreError(u"cannot write key file %1: %2: %3"_s.arg(path, what, reason));
    };
    if (::fchmod(fd.get(), 0600) != 0) // exact mode whatever the umask
        throw failAndRemove(u"chmod"_s);
    char line[kKeyHexLength + 1];
    std::copy(keyHex.begin(), keyHex.end(), line);
    line[kKeyHexLength] = '\n';
    size_t written = 0;
    while (written < sizeof line) {
        const ssize_t n = ::write(fd.get(), line + written, sizeof line - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            OPENSSL_cleanse(line, sizeof line);
            throw failAndRemove(u"write"_s);
        }
        written += size_t(n);
    }
    OPENSSL_cleanse(line, sizeof line);
    // Losing the key after a crash would make the database unreadable: sync file and directory.
    if (::fsync(fd.get()) != 0)
        throw failAndRemove(u"fsync"_s);
    if (::close(fd.release()) != 0) {
        ::unlink(native.constData());
        throw StoreError(u"cannot write key file %1: close: %2"_s.arg(path, errnoText()));
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const FileDescriptor dirFd(::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() >= 0)
        ::fsync(dirFd.get());
}

namespace {

// Opens a connection with a password that is wiped afterwards. QSqlDatabase keeps the password
// it was given; clearing it leaves our local string as the buffer's only owner, so the wipe
// really erases the one copy Qt held (the driver copies the key into its own wiped buffer).
bool openKeyed(QSqlDatabase& db, const QByteArray& keyHex)
{
    QString password = QString::fromLatin1(keyHex);
    db.setPassword(password);
    const bool ok = db.open();
    db.setPassword(QString());
    if (!password.isEmpty())
        OPENSSL_cleanse(password.data(), size_t(password.size()) * sizeof(QChar));
    return ok;
}

QString openErrorText(const QSqlDatabase& db)
{
    const QSqlError error = db.lastError();
    return error.databaseText().isEmpty() ? error.driverText()
                                          : u"%1 (%2)"_s.arg(error.driverText(), error.databaseText());
}

} // namespace

bool checkDatabaseKey(const QString& path, const QByteArray& keyHex, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo(path).isFile())
        return fail(u"database file %1 does not exist"_s.arg(path));
    registerSqlCipherDriver();
    const QString name = u"cp-check-%1"_s.arg(nextCheckId++);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kDriverName), name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"READONLY"_s);
        ok = openKeyed(db, keyHex);
        if (!ok)
            fail(u"cannot open database %1: %2"_s.arg(path, openErrorText(db)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// --- transactions ---

Transaction::Transaction(QSqlDatabase db) : db_(std::move(db))
{
    if (!db_.transaction())
        throw StoreError(u"cannot begin transaction: %1"_s.arg(db_.lastError().text()));
    active_ = true;
}

Transaction::~Transaction()
{
    if (active_ && !db_.rollback())
        qWarning("cp::store: rollback failed: %s", qPrintable(db_.lastError().text()));
}

void Transaction::commit()
{
    if (!active_)
        throw StoreError(u"commit without an active transaction"_s);
    // A failed COMMIT (e.g. a deferred foreign key) leaves the transaction open: the
    // destructor still rolls it back.
    if (!db_.commit())
        throw StoreError(u"cannot commit transaction: %1"_s.arg(db_.lastError().text()));
    active_ = false;
}

void Transaction::rollback()
{
    if (!active_)
        return;
    active_ = false;
    if (!db_.rollback())
        throw StoreError(u"cannot roll back transaction: %1"_s.arg(db_.lastError().text()));
}

// --- the database ---

Database::Database(DatabaseConfig config) : shared_(std::make_shared<Shared>())
{
    if (!isValidKeyHex(config.keyHex)) {
        wipe(config.keyHex);
        throw StoreError(u"the key for database %1 must be 64 hexadecimal characters"_s.arg(config.path));
    }
    registerSqlCipherDriver();
    shared_->id = nextInstanceId++;
    shared_->config = std::move(config);
}

Database::~Database()
{
    const std::lock_guard lock(shared_->mutex);
    for (const QString& name : std::as_const(shared_->connections))
        QSqlDatabase::removeDatabase(name);
    shared_->connections.clear();
}

QString Database::path() const
{
    return shared_->config.path;
}

bool Database::isReadOnly() const
{
    return shared_->config.readOnly;
}

QSqlDatabase Database::connection()
{
    const QString name = u"cp-%1-%2"_s.arg(shared_->id).arg(threadNumber());
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen())
        return db;
    const DatabaseConfig& config = shared_->config;
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QString::fromLatin1(kDriverName), name);
        db.setDatabaseName(config.path);
        db.setConnectOptions(
            u"BUSY_TIMEOUT=%1%2"_s.arg(config.busyTimeoutMs).arg(config.readOnly ? ";READONLY"_L1 : ""_L1));
        {
            const std::lock_guard lock(shared_->mutex);
            shared_->connections.append(name);
        }
        threadConnections.add(shared_, name);
    }
    if (!openKeyed(db, config.keyHex)) {
        const QString reason = openErrorText(db);
        db = QSqlDatabase();
        closeThreadConnection();
        throw StoreError(u"cannot open database %1: %2"_s.arg(config.path, reason));
    }
    return db;
}

void Database::closeThreadConnection()
{
    const QString name = u"cp-%1-%2"_s.arg(shared_->id).arg(threadNumber());
    threadConnections.forget(name);
    shared_->release(name);
}

} // namespace cp::store
