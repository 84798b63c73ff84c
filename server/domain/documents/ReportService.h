// Credit reports: numbered, their content hashed and signed with a server
// secret into a verification code printed on the paper (and in its QR code),
// so any entitled user can later check a printout is genuine and unchanged.
// Who may read or verify which document is decided in domain/ReportDisclosure.
#pragma once

#include "WalkInProtocol.h"
#include "domain/Clock.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

/// reports.kind of the window's and the departments' documents (dispute and archive
/// documents: DisputeDocuments.h, ArchiveDocuments.h).
namespace documentKind {
inline const QString kWalkInReport = QStringLiteral("walkin");         // 公共信用信息查询报告
inline const QString kDepartmentExport = QStringLiteral("department"); // 部门查询结果导出
} // namespace documentKind

/// A document as stored, with what decides who may see it.
struct StoredReport
{
    protocol::Report report; // as issued, with verification code and hand-over
    QString kind;            // reports.kind
    qint64 issuedBy = 0;     // account that issued it
    QString contentHash;     // what the verification code signs
};

class ReportService
{
  public:
    ReportService(QSqlDatabase db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

    /// Numbers, hashes, signs and stores a report; call inside the caller's transaction.
    /// kind: "walkin" (window report) or "department" (department export).
    /// subjectId is empty for documents about no credit subject (archive loan slips, destruction lists).
    /// The number is "CR" + date + daily counter + "-" + 6 random characters, so numbers
    /// cannot be guessed from one another (attack review, issue 11, finding 1).
    protocol::Report issue(protocol::Report report, std::optional<qint64> applicationId,
                           std::optional<qint64> subjectId, qint64 issuedBy,
                           const QString& kind = documentKind::kWalkInReport);
    std::optional<protocol::Report> byNumber(const QString& number);
    /// The stored document by its number as a person typed it (see normaliseNumber).
    std::optional<StoredReport> stored(const QString& number);
    /// "genuine": the code matches and the stored content still matches its hash;
    /// "mismatch": the code (or the stored content) does not match. Unknown numbers
    /// have no StoredReport ("unknown").
    QString verdict(const StoredReport& stored, const QString& code);
    /// Records who received the printed report (once).
    protocol::Report recordHandover(const QString& number, const QString& receivedBy, qint64 recordedBy);

    static QString contentHash(const protocol::Report& report);
    static QString verificationCode(const QByteArray& key, const QString& number, const QString& contentHash);
    /// "abcd efgh-jklm" → "ABCD-EFGH-JKLM-…" grouping, for comparison with what a person typed.
    static QString normaliseCode(const QString& typed);
    /// " cr20261125 00001-7k3qxm " → "CR2026112500001-7K3QXM"; in the random part O reads
    /// as 0 and I, L as 1 like in codes. Numbers issued before the random part stay as they were.
    static QString normaliseNumber(const QString& typed);

  private:
    QByteArray signingKey();
    QString nextNumber(const QDate& day);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace cp::server
