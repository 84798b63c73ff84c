// Credit reports: numbered, their content hashed and signed with a server
// secret into a verification code printed on the paper (and in its QR code),
// so any entitled user can later check a printout is genuine and unchanged.
#pragma once

#include "WalkInProtocol.h"
#include "domain/Clock.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

class ReportService {
public:
    ReportService(QSqlDatabase db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

    /// Numbers, hashes, signs and stores a report; call inside the caller's transaction.
    /// kind: "walkin" (window report) or "department" (department export).
    /// subjectId is empty for documents about no credit subject (archive loan slips, destruction lists).
    protocol::Report issue(protocol::Report report, std::optional<qint64> applicationId, std::optional<qint64> subjectId,
                           qint64 issuedBy, const QString& kind = QStringLiteral("walkin"));
    std::optional<protocol::Report> byNumber(const QString& number);
    /// "genuine": the code matches and the stored content still matches its hash;
    /// "mismatch": the number exists but the code (or stored content) does not match;
    /// "unknown": no such report number.
    protocol::ReportVerification verify(const QString& number, const QString& code);
    /// Records who received the printed report (once).
    protocol::Report recordHandover(const QString& number, const QString& receivedBy, qint64 recordedBy);

    static QString contentHash(const protocol::Report& report);
    static QString verificationCode(const QByteArray& key, const QString& number, const QString& contentHash);
    /// "abcd efgh-jklm" → "ABCD-EFGH-JKLM-…" grouping, for comparison with what a person typed.
    static QString normaliseCode(const QString& typed);

private:
    QByteArray signingKey();
    QString nextNumber(const QDate& day);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace cp::server
