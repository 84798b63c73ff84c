// Backup and restore 备份与恢复 for the system admin (SPEC §9; seed 002 §18:
// full backup at least weekly, restorable and tested; seed 000 §24–25).
//
//   GET  /api/v1/backups                      → BackupOverview (newest first)
//   POST /api/v1/backups                      → 201 BackupInfo (online, consistent, encrypted)
//   POST /api/v1/backups/{id}/verify          → BackupInfo (hash, key, integrity, audit chain)
//   POST /api/v1/backups/{id}/restore {target} → RestoreResult (a NEW file; never the live DB)
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cp::protocol {

struct BackupInfo
{
    qint64 id = 0;
    QString fileName;
    QString kind;   // "manual" | "scheduled"
    QString status; // "ok" | "failed" | "pruned" (file removed by retention)
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 sizeBytes = 0;
    QString sha256;
    qint64 auditHeadSeq = 0; // last audit entry inside the backup
    QString requestedBy;     // login, or "scheduler"
    QDateTime verifiedAt;
    QString verifyResult; // "" (never), "ok", "failed"
    QString verifyDetail;
    QString error;

    QJsonObject toJson() const;
    static BackupInfo fromJson(const QJsonObject& o);
};

struct BackupOverview
{
    QList<BackupInfo> backups;
    QString directory;
    qint64 intervalSeconds = 0; // scheduled full backup interval (default 7 days)
    int retention = 0;          // backup files kept
    QDateTime lastBackupAt;
    QDateTime nextDueAt;

    QJsonObject toJson() const;
    static BackupOverview fromJson(const QJsonObject& o);
};

struct RestoreResult
{
    qint64 backupId = 0;
    QString target; // full path of the new database file on the server
    QString sha256; // of the backup file that was restored
    bool auditOk = false;
    qint64 auditEntries = 0;
    qint64 tables = 0;
    QDateTime restoredAt;

    QJsonObject toJson() const;
    static RestoreResult fromJson(const QJsonObject& o);
};

} // namespace cp::protocol
