// Audit review 审计日志 for the security auditor (SPEC §1, §4; seed 004 附件2,
// 附件3): filtered, paged reading of the audit chain, whole-chain verification
// and signed exports of a period. Every route is read-only for the chain's
// content; verifying and exporting are themselves appended to it.
//
//   GET  /api/v1/audit/entries?from=&to=&account=&action=&subject=&outcome=&untilSeq=&page=&pageSize=
//   GET  /api/v1/audit/entries/{seq}
//   POST /api/v1/audit/verification                 → AuditChainResult
//   POST /api/v1/audit/exports   {from, to, account?, action?, subject?, outcome?} → AuditExport (with CSV)
//   POST /api/v1/audit/exports/verify {number, sha256, signature} → {result: genuine|mismatch|unknown}
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cp::protocol {

/// One row of the chain as the auditor reads it (nothing masked: the auditor
/// is entitled to the log, seed 004 附件2 §10).
struct AuditEntryView
{
    qint64 seq = 0;
    QDateTime at;
    std::optional<qint64> accountId;
    QString login;
    QString certSerial;
    QString workstation;
    QString action;
    QString target;
    QString outcome;
    QString detail; // JSON text for query.* entries
    QString prevHash;
    QString hash;

    QJsonObject toJson() const;
    static AuditEntryView fromJson(const QJsonObject& o);
};

/// Filters of a search or an export. Empty = not filtered.
struct AuditFilter
{
    QDateTime from;      // inclusive
    QDateTime to;        // exclusive
    QString account;     // login, exact
    QString action;      // exact, or a prefix ending in '.' or '*' ("query." = every query)
    QString subject;     // subject id number (ID / USCC) or "subject:<id>"
    QString outcome;     // "ok", "denied", ...
    qint64 untilSeq = 0; // paging snapshot: only entries with seq ≤ untilSeq (0 = all)

    /// As query parameters (names as in the path above); empty values left out.
    QList<std::pair<QString, QString>> toQuery() const;
    QJsonObject toJson() const;
    static AuditFilter fromJson(const QJsonObject& o);
};

/// GET /api/v1/audit/entries: newest first.
struct AuditPage
{
    QList<AuditEntryView> entries;
    qint64 total = 0;
    int page = 1;
    int pageSize = 50;
    qint64 headSeq = 0; // the chain's last seq when the first page was read; pass as untilSeq

    QJsonObject toJson() const;
    static AuditPage fromJson(const QJsonObject& o);
};

/// POST /api/v1/audit/verification: the chain's links, then the chain compared with
/// every record of its head kept elsewhere (checkpoint file, backups, exports).
struct AuditChainResult
{
    bool ok = false;
    qint64 entries = 0;        // entries that verified
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;
    QString headHash;
    QDateTime checkedAt;
    // "ok" | "broken" (a link) | "truncated" (entries cut off or rewritten after a
    // recorded head) | "anchor_invalid" (a forged record) | "checkpoints_missing"
    QString status;
    QString anchorProblem; // the anchor that disagrees and how
    qint64 anchorSeq = 0;
    qint64 checkpoints = 0; // heads compared: checkpoint lines, backup records, exports
    qint64 backupHeads = 0;
    qint64 exportHeads = 0;
    qint64 legacyEntries = 0; // unkeyed entries from before the chain was keyed

    QJsonObject toJson() const;
    static AuditChainResult fromJson(const QJsonObject& o);
};

/// POST /api/v1/audit/exports: a numbered CSV of a period with a detached
/// signature. sha256 is over the CSV's UTF-8 bytes; signature is an HMAC-SHA256,
/// keyed from the audit key, over the number, sha256 and the chain head at export
/// time (headSeq, headLink), in hex: the head is an anchor for chain verification.
struct AuditExport
{
    QString number; // "AE2026120100001"
    QDateTime exportedAt;
    QString exportedBy;
    AuditFilter filter;
    qint64 entries = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    bool chainOk = false; // whole-chain verification at export time
    qint64 headSeq = 0;   // the chain's last entry at export time, and its link
    QString headLink;
    QString csv;
    QString sha256;
    QString signature;

    /// The detached signature file (<number>.csv.sig), plain text key: value lines.
    QString signatureFile() const;
    QJsonObject toJson() const;
    static AuditExport fromJson(const QJsonObject& o);
};

/// The CSV columns of an export, in order.
QStringList auditCsvColumns();

} // namespace cp::protocol
