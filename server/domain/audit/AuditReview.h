// Reading the audit chain for the security auditor 安全审计员 (SPEC §1, §4;
// seed 004 附件2 §10, 附件3): filtered pages, one entry with its own link
// check, whole-chain verification and numbered signed exports of a period.
// Nothing here changes an audit row; verification and export append their own
// entry ("audit.verify", "audit.export", "audit.export_verify").
#pragma once

#include "AuditProtocol.h"
#include "domain/Clock.h"
#include "domain/audit/AuditLog.h"
#include "domain/audit/AuditStore.h"

#include <QSqlDatabase>

namespace cp::server {

struct AuditEntryCheck
{
    protocol::AuditEntryView entry;
    bool hashOk = false; // the row's content still hashes to its stored hash
    bool linkOk = false; // its prev_hash is the previous row's hash
};

class AuditReview
{
  public:
    static constexpr int kMaxPageSize = 200;
    static constexpr int kMaxExportEntries = 100000;

    AuditReview(QSqlDatabase db, const Clock& clock) : m_db(db), m_clock(clock), m_store(std::move(db)) {}

    /// Newest first. page ≥ 1, 1 ≤ pageSize ≤ kMaxPageSize (VALIDATION_FAILED otherwise).
    protocol::AuditPage search(const protocol::AuditFilter& filter, int page, int pageSize);
    /// NOT_FOUND if there is no such entry.
    AuditEntryCheck entry(qint64 seq);
    /// Verifies the whole chain and compares it with every checkpoint, backup head and
    /// export head (AuditAnchors); records that it did, in one transaction.
    protocol::AuditChainResult verify(const AuditActor& actor);
    /// A period (from and to required) as a numbered, hashed and signed CSV.
    protocol::AuditExport exportPeriod(const protocol::AuditFilter& filter, qint64 accountId,
                                       const QString& login, const AuditActor& actor);
    /// "genuine" | "mismatch" | "unknown" (no such number); recorded in the chain.
    QString verifyExport(const QString& number, const QString& sha256, const QString& signature,
                         const AuditActor& actor);

    /// Version 1 signatures (exports made before migration 0011): HMAC-SHA256(key kept in
    /// the database, "<number>\n<sha256>") as lowercase hex. New exports are signed with
    /// AuditAnchors::exportSignature (keyed from the audit key, covering the chain head).
    static QString signatureOf(const QByteArray& key, const QString& number, const QString& sha256);
    /// RFC 4180 CSV (UTF-8, CRLF, every field quoted), columns protocol::auditCsvColumns().
    static QByteArray csvOf(const QList<protocol::AuditEntryView>& entries);
    /// Checks the filter's fields; VALIDATION_FAILED naming the field.
    static void validate(const protocol::AuditFilter& filter);

  private:
    std::optional<QByteArray> legacySigningKey();

    QSqlDatabase m_db;
    const Clock& m_clock;
    AuditStore m_store;
};

} // namespace cp::server
