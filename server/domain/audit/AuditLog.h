// The tamper-evident audit chain (SPEC §4, seed 003 附件1.七(一)): every
// security-relevant event and every data query is one row whose link covers
// the previous row's link and a canonical encoding of its own fields, so any
// edit, deletion or reordering breaks the chain from that row on.
//
// Keyed since migration 0011 (attack review, issue 11, finding 4): a new row's
// link is HMAC-SHA256 or HMAC-SM3 with the audit key (AuditKey, never in the
// database), and the row records which (column alg). Rows made by earlier
// versions keep their plain SHA-256 link (alg "sha256") and still verify; the
// first keyed row seals them, and no unkeyed row may follow a keyed one.
// Truncation (rows cut off the end) cannot be seen from inside the database:
// AuditAnchors compares the chain with the checkpoints written outside it.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace cp::server {

class AuditKey;

/// Who acted, from where: filled from the request's session and certificate.
struct AuditActor
{
    std::optional<qint64> accountId;
    QString login; // "" for an unknown certificate; "cli" for local commands
    QString certSerial;
    QString workstation; // peer address, plus the workstation name the client gave
};

struct AuditEvent
{
    AuditActor actor;
    QString action;  // stable dotted code, e.g. "auth.login", "auth.password_change"
    QString target;  // what was acted on, e.g. "account:12"
    QString outcome; // "ok", "denied", "failed", ...
    QString detail;  // short JSON or text; never secrets
};

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    AuditEvent event;
    QString alg = QStringLiteral("sha256"); // "sha256" (unkeyed, before 0011) | "hmac-sha256" | "hmac-sm3"
    QString prevHash;
    QString hash; // the entry's link
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;            // why that entry is broken
    QString headHash;          // link of the last entry checked
    qint64 legacyEntries = 0;  // unkeyed entries from before the chain was keyed
    qint64 keyedFromSeq = 0;   // first keyed entry (0: none yet)

    // Filled by AuditAnchors::verify (the comparison with records outside the chain).
    // status: "ok" | "broken" (a link) | "truncated" (an anchor beyond the end or not
    // matching) | "anchor_invalid" (a forged or damaged anchor) | "checkpoints_missing".
    QString status = QStringLiteral("ok");
    QString anchorProblem;  // what the anchor says and what the chain has
    qint64 anchorSeq = 0;   // the seq the failing anchor attests
    qint64 checkpoints = 0; // checkpoint lines compared
    qint64 backupHeads = 0;
    qint64 exportHeads = 0;
};

class AuditLog
{
  public:
    static constexpr auto kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    static constexpr auto kLegacyAlg = "sha256";

    /// Appends inside the caller's transaction (begun with BEGIN IMMEDIATE, so
    /// appends are serialised by the database). Returns the new entry's seq.
    /// Keyed with the installed audit key (installAuditTrust); throws StoreError without one.
    static qint64 append(QSqlDatabase& db, const QDateTime& at, const AuditEvent& event);

    /// Recomputes the whole chain; reports the first entry that does not match.
    /// (Only the chain: AuditAnchors::verify adds checkpoints, backup and export heads.)
    static AuditVerification verify(QSqlDatabase& db);

    /// The canonical encoding that is hashed (exposed for tests and auditors):
    /// v1 for unkeyed entries, v2 (which names alg) for keyed ones.
    static QByteArray canonical(const AuditEntry& e);
    /// The plain SHA-256 link of an unkeyed (pre-0011) entry.
    static QString computeHash(const AuditEntry& e);
    /// The link e should have by its alg, with the installed key; nullopt for an
    /// unknown alg, or a keyed one without a key.
    static std::optional<QString> linkOf(const AuditEntry& e);
    static std::optional<QString> linkWith(const AuditKey* key, const AuditEntry& e);

    struct Head
    {
        qint64 seq = 0;
        QString link = QString::fromLatin1(kGenesisHash);
    };
    /// The last committed entry (seq 0 and the genesis link for an empty chain).
    static Head head(QSqlDatabase& db);
    /// The stored link of entry seq, if there is one.
    static std::optional<QString> storedLink(QSqlDatabase& db, qint64 seq);
};

} // namespace cp::server
