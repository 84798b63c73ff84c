// The audit chain compared with every record of its head kept elsewhere (attack
// review, issue 11, finding 4): the signed lines of the checkpoint file, the
// MACed head of each backup record and the signed head of each audit export.
// A chain whose own links all verify can still have been cut short, or cut and
// regrown: an anchor beyond the last entry, or one whose link is not the entry's
// at that seq, reports TRUNCATION, distinct from a broken link. An anchor whose
// own signature fails is reported as forged. Used by `credit-server
// verify-audit` and by the auditor's check (POST /api/v1/audit/verification).
#pragma once

#include "domain/audit/AuditLog.h"

#include <QSqlDatabase>

namespace cp::server {

class AuditKey;

class AuditAnchors
{
  public:
    /// The whole chain (AuditLog::verify), then every anchor, with the installed AuditTrust.
    static AuditVerification verify(QSqlDatabase& db);

    /// MAC of a backup record's head (stored in backups.audit_head_mac).
    static QString backupHeadMac(const AuditKey& key, const QString& fileName, qint64 seq,
                                 const QString& link);
    /// Signature (version 2) of an audit export: its number, CSV hash and the chain head at export time.
    static QString exportSignature(const AuditKey& key, const QString& number, const QString& sha256,
                                   qint64 headSeq, const QString& headLink);
};

} // namespace cp::server
