// Who sees what of a numbered document (reports table): reading one in full,
// recording its hand-over, and verifying a printout by number and code.
// Attack review (issue 11), findings 1 and 8.
//
// - Read in full only by the roles of its kind (SPEC §1–2): walk-in reports by the
//   window; a department export by the account that exported it (its content was cut to
//   that account's jurisdiction and B consents, seed 000 §16, §18); dispute documents by
//   the dispute staff (clerk, officer, approver; seed 003 附件2.二); archive loan slips
//   and destruction lists by the archivist and the approver (seed 004 §25–31).
// - Verification answers the verdict; only a genuine document comes with a summary, and
//   only what the caller's role may see: identity masked outside the window and the
//   credit centre (seed 000 §16), no record content, no B titles (nobody has standing
//   access to B, SPEC §2), C records only to department users and officers whose
//   jurisdiction holds them (seed 000 §18), never to anyone else.
// - Failed look-ups (wrong code, unknown number, a document of another kind) are counted
//   per account in the database (so across threads and restarts): after
//   kMaxFailedLookupsPerHour within an hour of the server clock every look-up is 429
//   RATE_LIMITED. Each failure and refusal is in the audit chain.
#pragma once

#include "Roles.h"
#include "WalkInProtocol.h"
#include "domain/Clock.h"
#include "domain/audit/AuditLog.h"

#include <QSet>
#include <QSqlDatabase>

namespace cp::server {

struct StoredReport;
class UnitOfWork;

/// The caller, as the route knows it from the session.
struct DocumentReader
{
    qint64 accountId = 0;
    QSet<Role> roles;
    QString regionCode;
    AuditActor actor;
};

class ReportDisclosure
{
  public:
    static constexpr int kMaxFailedLookupsPerHour = 10;

    ReportDisclosure(QSqlDatabase db, const Clock& clock, DocumentReader reader)
        : m_db(std::move(db)), m_clock(clock), m_reader(std::move(reader))
    {
    }

    /// GET /reports/{number}: the document as issued, to the roles of its kind.
    protocol::Report read(const QString& number);
    /// POST /reports/{number}/handover: walk-in reports only (dispute results are handed
    /// over with their case).
    protocol::Report recordHandover(const QString& number, const QString& receivedBy);
    /// POST /reports/verify.
    protocol::ReportVerification verify(const QString& number, const QString& code);

    /// Whether the reader may read a document of this kind in full.
    static bool mayRead(const QString& kind, qint64 issuedBy, const DocumentReader& reader);

  private:
    enum class Failure { Mismatch, Unknown, Forbidden };

    /// The document if the reader may have it; otherwise counts the failure, audits,
    /// commits the unit and throws. onlyKinds empty = any kind the reader may read.
    StoredReport readable(UnitOfWork& work, const QString& action, const QString& number,
                          const QSet<QString>& onlyKinds);
    /// 429 (audited, the unit committed) once the account has too many failures this hour.
    void refuseIfThrottled(UnitOfWork& work, const QString& action, const QString& target);
    void countFailure(UnitOfWork& work, Failure failure);
    protocol::Report summary(protocol::Report r, const QString& kind, int* withheld);
    bool holdsInJurisdiction(qint64 recordId);
    bool has(Role role) const { return m_reader.roles.contains(role); }

    QSqlDatabase m_db;
    const Clock& m_clock;
    DocumentReader m_reader;
};

} // namespace cp::server
