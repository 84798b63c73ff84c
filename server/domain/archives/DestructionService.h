// Destruction of archives 档案销毁 (seed 004 §30): items past their retention
// (附件1.七(二): five years) are proposed in a destruction list 销毁清册 naming the
// person who counts and checks them 专人清点、核对; that person checks the count;
// an approver approves (or rejects); the archivist records the destruction with
// time, place, method, the people and the problems met. Then the items keep their
// metadata but their stored scans are erased (content set to NULL with
// PRAGMA secure_delete on, and the WAL checkpointed so the old pages leave the
// -wal file too — SPEC §9 residual information), the signed list is issued, and
// the list itself becomes an archive item kept permanently ("与销毁清册一并存档").
// Four parts, not all one person (SeparationOfDuties.h): the checker is not the
// proposer, the approver is neither of them, and the approver does not execute.
#pragma once

#include "ArchiveProtocol.h"
#include "domain/Clock.h"
#include "domain/archives/ArchiveRules.h"
#include "domain/archives/ArchiveService.h"
#include "domain/archives/ArchiveStore.h"

#include <QSqlDatabase>
#include <functional>

namespace cp::server {

class UnitOfWork;

class DestructionService
{
  public:
    DestructionService(QSqlDatabase db, const Clock& clock, ArchiveCaller caller)
        : m_db(std::move(db)), m_clock(clock), m_caller(std::move(caller)), m_store(m_db)
    {
    }

    /// Archivist: items past retention, not on loan, not already listed; the checker another archivist.
    protocol::DestructionStep propose(const protocol::DestructionProposalInput& in);
    /// filter: open | all | a state.
    QList<protocol::Destruction> list(const QString& filter);
    protocol::Destruction get(qint64 id);
    /// The named checker only: counted must equal the number of listed items.
    protocol::DestructionStep check(qint64 id, int counted, const QString& note);
    /// Approver, neither the proposer nor the checker (SAME_PERSON).
    protocol::DestructionStep approve(qint64 id, const QString& note);
    protocol::DestructionStep reject(qint64 id, const QString& reason); // as approve
    /// Archivist other than the approver: records the destruction, erases the materials,
    /// issues and archives the list.
    protocol::DestructionStep execute(qint64 id, const protocol::DestructionExecutionInput& in);

  private:
    using Act = std::function<std::optional<protocol::Report>(UnitOfWork&, const DestructionRow&)>;
    protocol::DestructionStep step(qint64 id, archives::DestructionStep s, const Act& act);
    /// The step's audit entry, its detail naming the document, items and workstation.
    void auditStep(UnitOfWork& work, const QString& action, const DestructionRow& row, QJsonObject detail);
    void eventForItems(const DestructionRow& row, const QString& action, const QString& detail,
                       qint64 person = 0);
    QDate today() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    ArchiveCaller m_caller;
    ArchiveStore m_store;
};

} // namespace cp::server
