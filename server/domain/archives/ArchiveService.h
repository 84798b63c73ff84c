// The archive room 档案室 (SPEC §6; seed 003 附件1.七, 附件2.八; seed 004 §25–31):
// the items the window created the same day, filing them into volumes at a place,
// viewing their scans (itself an audited access), per-item and per-person history,
// reminders, and the archive room's loans (LoanService) and destructions
// (DestructionService).
//
// Every step: load in a transaction → check the state allows it (the route has
// checked the role) → validate → act → history + audit → commit → answer.
#pragma once

#include "ArchiveProtocol.h"
#include "Roles.h"
#include "domain/Clock.h"
#include "domain/Operator.h"
#include "domain/archives/ArchiveStore.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace cp::server {

/// What the caller is: the operator and the roles of the session.
struct ArchiveCaller
{
    Operator op;
    QSet<Role> roles;
};

class ArchiveService
{
  public:
    ArchiveService(QSqlDatabase db, const Clock& clock, ArchiveCaller caller)
        : m_db(std::move(db)), m_clock(clock), m_caller(std::move(caller)), m_store(m_db)
    {
    }

    QList<protocol::ArchiveItem> items(const QString& filter);
    /// One item with its materials and history.
    protocol::ArchiveItem item(qint64 id);
    /// 立卷归档 (004 §26): unfiled items into one volume at one place; retention starts.
    QList<protocol::ArchiveItem> file(const protocol::FilingInput& in);
    /// The scan's bytes. Entitled: the archivist (custodian, 附件1.七(三)) and the borrower
    /// of a loan of the item that is checked out now (004 §28–29); everyone else is refused.
    /// Each viewing and each refusal is in the audit chain (附件1.七(四)).
    QByteArray materialContent(qint64 itemId, qint64 materialId, protocol::ArchiveMaterial* info);
    /// Accounts that may borrow (borrowers) and check destruction lists (checkers).
    QList<protocol::StaffMember> staff();
    protocol::PersonHistory personHistory(qint64 accountId);
    /// Overdue loans for the caller (borrower or approver; all for the archivist), pending approvals.
    protocol::ArchiveReminders reminders();
    /// The retention period per category.
    QList<protocol::RetentionRule> retention();
    /// System administrator: years (≥ 5, seed 003 附件1.七(二) / 附件2.八(二); 0 = permanent) for
    /// walk-in or dispute materials. Applies to items filed from now on; filed items keep their date.
    protocol::RetentionRule setRetention(const QString& sourceKind, int years);
    /// A loan slip or destruction list by its number, for reprinting.
    protocol::Report document(const QString& number);

  private:
    /// An audit entry's detail with the caller's workstation.
    QJsonObject detail(QJsonObject d) const;
    QDate today() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    ArchiveCaller m_caller;
    ArchiveStore m_store;
};

/// A staff account as the archive room sees it (roles as a set), or NOT_FOUND / VALIDATION_FAILED.
protocol::StaffMember staffMember(QSqlDatabase& db, qint64 accountId, const QString& field,
                                  QSet<Role>* roles);

} // namespace cp::server
