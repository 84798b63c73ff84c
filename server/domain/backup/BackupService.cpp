#include "domain/backup/BackupService.h"

#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "domain/UnitOfWork.h"
#include "domain/audit/AuditAnchors.h"
#include "domain/audit/AuditKey.h"
#include "domain/backup/BackupStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <openssl/crypto.h>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace cp::server {
namespace {

using protocol::BackupInfo;
using protocol::ErrorCode;

/// Runs a statement to its end (a SELECT of a function has its effect while stepping).
void step(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {})
{
    auto q = sql::run(db, statement, values);
    while (q.next()) {
    }
}

/// The SQLCipher raw-key literal for ATTACH … KEY ?.
QByteArray keySpec(const QByteArray& keyHex)
{
    return "x'" + keyHex + "'";
}

void syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot open " + path.toStdString() + " to sync it");
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        throw std::runtime_error("cannot sync " + path.toStdString());
}

void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

/// Overwrites a file with zeros, syncs and removes it (seed 000 §25: removed content
/// is not recoverable). The files are encrypted already; this also clears the ciphertext.
void shredFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd >= 0) {
        const off_t size = ::lseek(fd, 0, SEEK_END);
        ::lseek(fd, 0, SEEK_SET);
        static const char zeros[64 * 1024] = {};
        for (off_t done = 0; done < size;) {
            const ssize_t n = ::write(fd, zeros, size_t(std::min<off_t>(sizeof zeros, size - done)));
            if (n <= 0)
                break;
            done += n;
        }
        ::fsync(fd);
        ::close(fd);
    }
    QFile::remove(path);
}

void removeWithSidecars(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Exports the database open on `db` (its "main") into the new file `target`, keyed
/// with targetKeyHex, inside one read transaction: one consistent snapshot.
/// Returns the audit chain head of that snapshot.
AuditLog::Head exportInto(QSqlDatabase& db, const QString& target, const QByteArray& targetKeyHex)
{
    QByteArray key = keySpec(targetKeyHex);
    QString keyText = QString::fromLatin1(key);
    store::wipe(key);
    step(db, QStringLiteral("ATTACH DATABASE ? AS backup KEY ?"), {target, keyText});
    // The statement is gone, so keyText holds the only copy Qt made: erase it.
    OPENSSL_cleanse(keyText.data(), size_t(keyText.size()) * sizeof(QChar));
    AuditLog::Head head;
    try {
        step(db, QStringLiteral("BEGIN DEFERRED"));
        head = AuditLog::head(db);
        step(db, QStringLiteral("SELECT sqlcipher_export('backup')"));
        step(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE backup"));
        throw;
    }
    step(db, QStringLiteral("DETACH DATABASE backup"));
    return head;
}

DomainError failed(const QString& what, const std::exception& e)
{
    return DomainError(ErrorCode::Internal, QStringLiteral("%1：%2").arg(what, QString::fromUtf8(e.what())),
                       {{QStringLiteral("reason"), QStringLiteral("BACKUP_FAILED")}});
}

} // namespace

BackupService::BackupService(store::Database& db, const Clock& clock, BackupSettings settings,
                             const QByteArray& databaseKeyHex, const QByteArray& backupKeyHex)
    : m_db(db), m_clock(clock), m_settings(std::move(settings)), m_dbKey(databaseKeyHex),
      m_backupKey(backupKeyHex)
{
    if (!m_backupKey.isEmpty() && !store::isValidKeyHex(m_backupKey))
        throw std::runtime_error("the backup key must be 64 hexadecimal characters");
    m_settings.retention = std::max(1, m_settings.retention);
}

BackupService::~BackupService()
{
    store::wipe(m_dbKey);
    store::wipe(m_backupKey);
}

QString BackupService::sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

BackupService::FileCheck BackupService::checkFile(const QString& path, const QByteArray& keyHex)
{
    FileCheck out;
    try {
        store::Database file(store::DatabaseConfig{path, keyHex, 5000, true});
        QSqlDatabase c = file.connection(); // a wrong key or a foreign file fails here
        {
            // The result column's name differs between SQLite versions ("integrity_check" in
            // 3.15, "quick_check" later): the one column is read by position.
            auto q = sql::run(c, QStringLiteral("PRAGMA quick_check"));
            const QString integrity = q.next() ? q.value(0).toString() : QString();
            q.finish();
            if (integrity != QLatin1String("ok")) {
                out.detail = QStringLiteral("integrity check: ") + integrity;
                return out;
            }
            auto t = sql::select(
                c, QStringLiteral("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'"));
            out.tables = t.next() ? t.integer("n") : 0;
        }
        const AuditVerification v = AuditLog::verify(c);
        out.auditEntries = v.entries;
        out.ok = v.ok;
        out.detail =
            v.ok ? QStringLiteral("integrity ok; audit chain ok (%1 entries)").arg(v.entries)
                 : QStringLiteral("audit chain broken at entry %1: %2").arg(v.firstBrokenSeq).arg(v.reason);
    } catch (const std::exception& e) {
        out.ok = false;
        out.detail = QString::fromUtf8(e.what());
    }
    return out;
}

AuditLog::Head BackupService::exportSnapshot(const QString& partPath)
{
    // A connection of its own (its own Database instance), never one a request is using.
    store::Database live(store::DatabaseConfig{m_db.path(), m_dbKey});
    QSqlDatabase c = live.connection();
    return exportInto(c, partPath, m_backupKey);
}

QByteArray BackupService::keyFor(const QString& path, const QByteArray& backupKeyHex,
                                 const QByteArray& databaseKeyHex)
{
    // Backups made before finding 16 was fixed are encrypted with the database key.
    if (!store::checkDatabaseKey(path, backupKeyHex, nullptr) &&
        store::checkDatabaseKey(path, databaseKeyHex, nullptr))
        return databaseKeyHex;
    return backupKeyHex;
}

BackupInfo BackupService::backupNow(const QString& kind, const AuditActor& actor)
{
    std::unique_lock lock(m_running, std::try_to_lock);
    if (!lock.owns_lock())
        throw DomainError(ErrorCode::Conflict, QStringLiteral("另一个备份正在进行，请稍后再试。"),
                          {{QStringLiteral("reason"), QStringLiteral("BACKUP_RUNNING")}});
    const QDateTime started = protocol::fromWireTime(protocol::toWireTime(m_clock.now()));
    const QString requestedBy = actor.login.isEmpty() ? QStringLiteral("scheduler") : actor.login;
    QDir dir(m_settings.directory);
    QString fileName =
        QStringLiteral("credit-%1-%2.db").arg(started.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), kind);
    BackupStore names(m_db.connection());
    const auto taken = [&](const QString& name) { // a file, or a register row of a failed run
        return dir.exists(name) || names.nameTaken(name);
    };
    for (int i = 2; taken(fileName); ++i)
        fileName = QStringLiteral("credit-%1-%2-%3.db")
                       .arg(started.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), kind)
                       .arg(i);
    const QString finalPath = dir.filePath(fileName);
    const QString partPath = finalPath + QStringLiteral(".part");

    // Attack review (issue 11) finding 16: a backup never under the database key, so
    // whoever holds the server's key cannot open the backups kept elsewhere.
    const bool noKey = m_backupKey.isEmpty();
    if (noKey || m_backupKey == m_dbKey) {
        const QString why = noKey ? QStringLiteral("未配置独立的备份密钥（backup.keyFile）")
                                  : QStringLiteral("备份密钥与数据库密钥相同");
        recordFailure(fileName, kind, started, requestedBy, why, actor);
        throw DomainError(ErrorCode::InvalidState,
                          why + QStringLiteral("，拒绝备份：备份文件不得用数据库密钥加密。请用 credit-server "
                                               "init-keys 生成备份密钥，并把副本存放在离线保险柜中。"),
                          {{QStringLiteral("reason"), noKey ? QStringLiteral("BACKUP_KEY_MISSING")
                                                            : QStringLiteral("BACKUP_KEY_IS_DATABASE_KEY")}});
    }
    BackupInfo b;
    b.fileName = fileName;
    b.kind = kind;
    b.status = QStringLiteral("ok");
    b.startedAt = started;
    b.requestedBy = requestedBy;
    AuditLog::Head head;
    try {
        if (!QDir().mkpath(m_settings.directory))
            throw std::runtime_error("cannot create backup directory " + m_settings.directory.toStdString());
        QFile::setPermissions(m_settings.directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        removeWithSidecars(partPath);
        head = exportSnapshot(partPath);
        b.auditHeadSeq = head.seq;
        QFile::setPermissions(partPath, QFile::ReadOwner | QFile::WriteOwner);
        syncFile(partPath);
        if (::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(finalPath).constData()) != 0)
            throw std::runtime_error("cannot rename the finished backup to " + finalPath.toStdString());
        syncDirectory(m_settings.directory);
        b.sha256 = sha256Of(finalPath);
        b.sizeBytes = QFileInfo(finalPath).size();
        // Tested at once (seed 002 §18 "restorable"): open with the key, integrity, audit chain.
        const FileCheck check = checkFile(finalPath, m_backupKey);
        if (!check.ok || check.auditEntries != b.auditHeadSeq) {
            QFile::remove(finalPath);
            throw std::runtime_error("the new backup does not verify: " + check.detail.toStdString());
        }
        b.verifiedAt = m_clock.now();
        b.verifyResult = QStringLiteral("ok");
        b.verifyDetail = check.detail;
    } catch (const std::exception& e) {
        removeWithSidecars(partPath);
        recordFailure(fileName, kind, started, requestedBy, QString::fromUtf8(e.what()), actor);
        throw failed(QStringLiteral("备份失败"), e);
    }
    // The head inside the backup, MACed with the audit key: an anchor for chain verification.
    const auto auditKey = auditTrust().key;
    const QString headMac =
        auditKey ? AuditAnchors::backupHeadMac(*auditKey, b.fileName, head.seq, head.link) : QString();

    UnitOfWork work(m_db.connection(), m_clock, actor);
    b.finishedAt = work.now();
    b.id = BackupStore(work.db()).insertMade(b, headMac.isEmpty() ? QString() : head.link, headMac);
    work.audit(QStringLiteral("backup.create"), QStringLiteral("backup:%1").arg(b.id), QStringLiteral("ok"),
               QJsonObject{{QStringLiteral("file"), b.fileName},
                           {QStringLiteral("kind"), b.kind},
                           {QStringLiteral("sizeBytes"), b.sizeBytes},
                           {QStringLiteral("sha256"), b.sha256},
                           {QStringLiteral("auditHeadSeq"), b.auditHeadSeq},
                           {QStringLiteral("auditHeadLink"), head.link}});
    work.commit();
    prune(actor);
    return b;
}

void BackupService::recordFailure(const QString& fileName, const QString& kind, const QDateTime& startedAt,
                                  const QString& requestedBy, const QString& error, const AuditActor& actor)
{
    UnitOfWork work(m_db.connection(), m_clock, actor);
    const qint64 id =
        BackupStore(work.db()).insertFailed(fileName, kind, startedAt, work.now(), requestedBy, error);
    work.audit(QStringLiteral("backup.create"), QStringLiteral("backup:%1").arg(id), QStringLiteral("failed"),
               QJsonObject{{QStringLiteral("file"), fileName}, {QStringLiteral("error"), error}});
    work.commit();
}

void BackupService::prune(const AuditActor& actor)
{
    UnitOfWork work(m_db.connection(), m_clock, actor);
    BackupStore store(work.db());
    for (const auto& [id, fileName] : store.beyondRetention(m_settings.retention)) {
        shredFile(QDir(m_settings.directory).filePath(fileName));
        store.markPruned(id);
        work.audit(QStringLiteral("backup.prune"), QStringLiteral("backup:%1").arg(id), QStringLiteral("ok"),
                   QJsonObject{{QStringLiteral("file"), fileName},
                               {QStringLiteral("retention"), m_settings.retention}});
    }
    work.commit();
}

BackupInfo BackupService::byId(qint64 id)
{
    const auto b = BackupStore(m_db.connection()).info(id);
    if (!b)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("备份 %1 不存在。").arg(id));
    return *b;
}

std::optional<QDateTime> BackupService::lastBackupAt()
{
    return BackupStore(m_db.connection()).lastMadeAt();
}

QDateTime BackupService::nextDueAt()
{
    const auto last = lastBackupAt();
    QDateTime due = last ? last->addSecs(m_settings.intervalSeconds) : m_clock.now();
    if (const auto failed = BackupStore(m_db.connection()).lastScheduledFailureAt()) {
        const QDateTime failedAt = *failed;
        if ((!last || failedAt > *last) && failedAt.addSecs(m_settings.retryAfterFailureSeconds) > due)
            due = failedAt.addSecs(m_settings.retryAfterFailureSeconds);
    }
    return due;
}

protocol::BackupOverview BackupService::overview()
{
    protocol::BackupOverview o;
    o.backups = BackupStore(m_db.connection()).latest(200);
    o.directory = m_settings.directory;
    o.intervalSeconds = m_settings.intervalSeconds;
    o.retention = m_settings.retention;
    if (const auto last = lastBackupAt())
        o.lastBackupAt = *last;
    o.nextDueAt = nextDueAt();
    return o;
}

BackupInfo BackupService::verify(qint64 id, const AuditActor& actor)
{
    BackupInfo b = byId(id);
    if (b.status != QLatin1String("ok"))
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("备份 %1 的状态为“%2”，没有可校验的文件。").arg(id).arg(b.status),
                          {{QStringLiteral("state"), b.status}});
    const QString path = QDir(m_settings.directory).filePath(b.fileName);
    const QString hash = sha256Of(path);
    FileCheck check;
    if (hash.isEmpty())
        check.detail = QStringLiteral("backup file is missing");
    else if (hash != b.sha256)
        check.detail = QStringLiteral("SHA-256 does not match the recorded value (file changed or damaged)");
    else
        check = checkFile(path, keyFor(path, m_backupKey, m_dbKey));
    UnitOfWork work(m_db.connection(), m_clock, actor);
    b.verifiedAt = work.now();
    b.verifyResult = check.ok ? QStringLiteral("ok") : QStringLiteral("failed");
    b.verifyDetail = check.detail;
    BackupStore(work.db()).recordVerification(id, b.verifiedAt, b.verifyResult, b.verifyDetail);
    work.audit(QStringLiteral("backup.verify"), QStringLiteral("backup:%1").arg(id), b.verifyResult,
               QJsonObject{{QStringLiteral("file"), b.fileName}, {QStringLiteral("detail"), b.verifyDetail}});
    work.commit();
    return b;
}

protocol::RestoreResult BackupService::restoreFile(const QString& from, const QString& to,
                                                   const QByteArray& sourceKeyHex,
                                                   const QByteArray& targetKeyHex)
{
    if (QFileInfo::exists(to))
        throw DomainError(ErrorCode::Conflict,
                          QStringLiteral("目标文件 %1 已存在；恢复只写入新文件，绝不覆盖。").arg(to),
                          {{QStringLiteral("reason"), QStringLiteral("TARGET_EXISTS")},
                           {QStringLiteral("field"), QStringLiteral("target")}});
    if (!QFileInfo(QFileInfo(to).absolutePath()).isDir())
        throw DomainError::invalid(QStringLiteral("target"),
                                   QStringLiteral("目标目录 %1 不存在。").arg(QFileInfo(to).absolutePath()));
    const FileCheck source = checkFile(from, sourceKeyHex);
    if (!source.ok)
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("备份文件无法使用：%1").arg(source.detail),
                          {{QStringLiteral("reason"), QStringLiteral("BACKUP_UNUSABLE")}});
    const QString part = to + QStringLiteral(".part");
    const QString sourceCopy = to + QStringLiteral(".source.part");
    removeWithSidecars(part);
    removeWithSidecars(sourceCopy);
    try {
        if (sourceKeyHex == targetKeyHex) {
            // Same key: the verified backup file is the restored database, byte for byte.
            if (!QFile::copy(from, part))
                throw std::runtime_error("cannot copy the backup to " + part.toStdString());
        } else {
            // Another key: re-encrypt by exporting a working copy (the backup itself stays untouched).
            if (!QFile::copy(from, sourceCopy))
                throw std::runtime_error("cannot copy the backup to " + sourceCopy.toStdString());
            store::Database copy(store::DatabaseConfig{sourceCopy, sourceKeyHex});
            QSqlDatabase c = copy.connection();
            exportInto(c, part, targetKeyHex);
        }
        removeWithSidecars(sourceCopy);
        QFile::setPermissions(part, QFile::ReadOwner | QFile::WriteOwner);
        syncFile(part);
        const FileCheck restored = checkFile(part, targetKeyHex);
        if (!restored.ok)
            throw std::runtime_error("the restored file does not verify: " + restored.detail.toStdString());
        if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(to).constData()) != 0)
            throw std::runtime_error("cannot rename the restored file to " + to.toStdString());
        syncDirectory(QFileInfo(to).absolutePath());
        protocol::RestoreResult r;
        r.target = QFileInfo(to).absoluteFilePath();
        r.sha256 = sha256Of(from);
        r.auditOk = restored.ok;
        r.auditEntries = restored.auditEntries;
        r.tables = restored.tables;
        return r;
    } catch (const DomainError&) {
        removeWithSidecars(part);
        removeWithSidecars(sourceCopy);
        throw;
    } catch (const std::exception& e) {
        removeWithSidecars(part);
        removeWithSidecars(sourceCopy);
        throw failed(QStringLiteral("恢复失败"), e);
    }
}

protocol::RestoreResult BackupService::restore(qint64 id, const QString& targetName, const AuditActor& actor)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\\.db$"));
    if (!name.match(targetName).hasMatch())
        throw DomainError::invalid(
            QStringLiteral("target"),
            QStringLiteral("新文件名只能包含字母、数字、点、下划线和连字符，并以 .db 结尾。"));
    const BackupInfo b = byId(id);
    if (b.status != QLatin1String("ok"))
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("备份 %1 的状态为“%2”，不能用于恢复。").arg(id).arg(b.status),
                          {{QStringLiteral("state"), b.status}});
    if (!QDir().mkpath(m_settings.restoreDirectory))
        throw DomainError(ErrorCode::Internal,
                          QStringLiteral("无法创建恢复目录 %1。").arg(m_settings.restoreDirectory));
    const QString target = QDir(m_settings.restoreDirectory).filePath(targetName);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_db.path()).absoluteFilePath())
        throw DomainError::invalid(QStringLiteral("target"),
                                   QStringLiteral("不能恢复到正在使用的数据库文件。"));
    const QString from = QDir(m_settings.directory).filePath(b.fileName);
    const auto audit = [&](const QString& outcome, const QJsonObject& detail) {
        UnitOfWork work(m_db.connection(), m_clock, actor);
        work.audit(QStringLiteral("backup.restore"), QStringLiteral("backup:%1").arg(id), outcome, detail);
        work.commit();
    };
    try {
        if (sha256Of(from) != b.sha256)
            throw DomainError(
                ErrorCode::InvalidState,
                QStringLiteral("备份文件 %1 缺失或与记录的 SHA-256 不符，不能恢复。").arg(b.fileName),
                {{QStringLiteral("reason"), QStringLiteral("BACKUP_HASH_MISMATCH")}});
        protocol::RestoreResult r = restoreFile(from, target, keyFor(from, m_backupKey, m_dbKey), m_dbKey);
        r.backupId = id;
        r.restoredAt = m_clock.now();
        audit(QStringLiteral("ok"), {{QStringLiteral("file"), b.fileName},
                                     {QStringLiteral("target"), r.target},
                                     {QStringLiteral("auditEntries"), r.auditEntries}});
        return r;
    } catch (const DomainError& e) {
        audit(QStringLiteral("failed"), {{QStringLiteral("file"), b.fileName},
                                         {QStringLiteral("target"), target},
                                         {QStringLiteral("error"), e.messageZh()}});
        throw;
    }
}

} // namespace cp::server
