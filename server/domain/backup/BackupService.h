// Online encrypted full backups of the credit database and restores into a new
// file (SPEC §9; seed 002 §18: full backup at least weekly, restorable and
// tested; seed 000 §24–25).
//
// A backup runs on its own connection to the live database: the backup file is
// attached with its key, and one read transaction (WAL snapshot) covers
// sqlcipher_export, so the copy is exactly the database as of one commit while
// the server keeps reading and writing. It is written under "<name>.part",
// synced, hashed (SHA-256) and renamed; then reopened with the key and its
// audit chain verified. A restore never touches the live database: it checks the
// recorded hash, re-exports the backup into a NEW file keyed with the database
// key, verifies that file and leaves the swap to the administrator (README).
#pragma once

#include "BackupProtocol.h"
#include "domain/Clock.h"
#include "domain/audit/AuditLog.h"

#include <QByteArray>
#include <QString>
#include <mutex>
#include <optional>

namespace cp::store {
class Database;
}

namespace cp::server {

struct BackupSettings
{
    QString directory;                      // backup files (created 0700)
    QString restoreDirectory;               // where restores over the API are written
    int retention = 8;                      // newest successful backup files kept
    qint64 intervalSeconds = 7 * 24 * 3600; // scheduled full backup (seed 002 §18: weekly)
    qint64 retryAfterFailureSeconds = 3600; // a failed scheduled run is retried after this
};

class BackupService
{
  public:
    /// databaseKeyHex: the live database's key. backupKeyHex: the key of backup files,
    /// which must be a separate key (issue 11 finding 16): empty or equal to the database
    /// key, every backup is refused (BACKUP_KEY_MISSING / BACKUP_KEY_IS_DATABASE_KEY,
    /// recorded and audited). Both are copied and wiped at destruction.
    BackupService(store::Database& db, const Clock& clock, BackupSettings settings,
                  const QByteArray& databaseKeyHex, const QByteArray& backupKeyHex = {});
    ~BackupService();
    BackupService(const BackupService&) = delete;
    BackupService& operator=(const BackupService&) = delete;

    /// Makes, verifies and records a backup, then applies retention. kind: "manual" or
    /// "scheduled". CONFLICT (reason BACKUP_RUNNING) while another runs; INTERNAL with
    /// the cause when it fails (the failure is recorded and audited too).
    protocol::BackupInfo backupNow(const QString& kind, const AuditActor& actor);
    protocol::BackupOverview overview();
    /// Re-checks a backup file: recorded SHA-256, opens with the key, integrity, audit chain.
    protocol::BackupInfo verify(qint64 id, const AuditActor& actor);
    /// Restores backup id into restoreDirectory/targetName (a new file; CONFLICT if it exists).
    protocol::RestoreResult restore(qint64 id, const QString& targetName, const AuditActor& actor);

    /// When the last successful backup started; nullopt if none ever did.
    std::optional<QDateTime> lastBackupAt();
    /// When the next scheduled backup is due (now if there has never been one).
    QDateTime nextDueAt();
    const BackupSettings& settings() const { return m_settings; }

    /// Restores the backup file `from` (opened with sourceKeyHex) into the new file `to`
    /// (keyed with targetKeyHex), then opens `to` and verifies integrity and the audit
    /// chain. Written as "<to>.part" and renamed. Throws DomainError with the reason;
    /// `to` never exists afterwards unless everything passed. Used by the CLI too.
    static protocol::RestoreResult restoreFile(const QString& from, const QString& to,
                                               const QByteArray& sourceKeyHex,
                                               const QByteArray& targetKeyHex);
    /// Integrity and audit-chain check of an encrypted database file, opened read-only.
    struct FileCheck
    {
        bool ok = false;
        QString detail;
        qint64 auditEntries = 0;
        qint64 tables = 0;
    };
    static FileCheck checkFile(const QString& path, const QByteArray& keyHex);
    static QString sha256Of(const QString& path);
    /// The key that opens the backup file: backupKeyHex, or the database key for a
    /// backup made before backups had their own key.
    static QByteArray keyFor(const QString& path, const QByteArray& backupKeyHex,
                             const QByteArray& databaseKeyHex);

  private:
    AuditLog::Head exportSnapshot(const QString& partPath);
    protocol::BackupInfo byId(qint64 id);
    void prune(const AuditActor& actor);
    void recordFailure(const QString& fileName, const QString& kind, const QDateTime& startedAt,
                       const QString& requestedBy, const QString& error, const AuditActor& actor);

    store::Database& m_db;
    const Clock& m_clock;
    BackupSettings m_settings;
    QByteArray m_dbKey;
    QByteArray m_backupKey;
    std::mutex m_running;
};

} // namespace cp::server
