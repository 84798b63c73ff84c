#include "domain/archives/DestructionService.h"

#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/SeparationOfDuties.h"
#include "domain/Sql.h"
#include "domain/UnitOfWork.h"
#include "domain/archives/ArchiveDocuments.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cp::server {

using namespace archives;
using protocol::ErrorCode;

QDate DestructionService::today() const
{
    return chinaDate(m_clock.now());
}

namespace {

// Who may not be whom on a destruction list (SeparationOfDuties.h):
// - seed 004 §30 "专人清点、核对": the count checks the list, so the checker is not its proposer;
// - seed 004 附件2 §15 提出申请 → 相关负责人审批: the approver neither proposed nor checked it;
// - seed 004 §30 "由本单位专人销毁" after the approval (as §29: approved, then the archive
//   staff act): the approver does not also carry out the destruction it approved.
// The proposer or the checker may destroy: they are the archive room's designated staff.
EarlierPart proposerOf(const DestructionRow& row)
{
    return {row.proposedBy, QStringLiteral("proposer"), QStringLiteral("销毁清册提出人")};
}

EarlierPart checkerOf(const DestructionRow& row)
{
    return {row.destruction.checkerId, QStringLiteral("checker"), QStringLiteral("清点核对人")};
}

} // namespace

void DestructionService::auditStep(UnitOfWork& work, const QString& action, const DestructionRow& row,
                                   QJsonObject detail)
{
    QJsonArray items;
    for (const auto& i : row.destruction.items)
        items.append(i.id);
    detail.insert(QStringLiteral("list"), row.destruction.number);
    detail.insert(QStringLiteral("items"), items);
    detail.insert(QStringLiteral("workstation"), m_caller.op.workstation);
    work.audit(action, QStringLiteral("archive-destruction:%1").arg(row.destruction.id), QStringLiteral("ok"),
               detail);
}

void DestructionService::eventForItems(const DestructionRow& row, const QString& action,
                                       const QString& detail, qint64 person)
{
    for (const auto& i : row.destruction.items)
        m_store.event({i.id, 0, row.destruction.id, action, m_caller.op.accountId, person, detail},
                      m_clock.now());
}

QList<protocol::Destruction> DestructionService::list(const QString& filter)
{
    static const QStringList kFilters{QStringLiteral("open"), QStringLiteral("all"), kProposed, kChecked,
                                      kDestructionApproved,   kDestructionRejected,  kExecuted};
    if (!filter.isEmpty() && !kFilters.contains(filter))
        throw DomainError::invalid(QStringLiteral("state"), QStringLiteral("销毁清册状态筛选条件无效。"));
    return m_store.destructions(filter, today());
}

protocol::Destruction DestructionService::get(qint64 id)
{
    return m_store.loadDestruction(id, today()).destruction;
}

protocol::DestructionStep DestructionService::propose(const protocol::DestructionProposalInput& raw)
{
    protocol::DestructionProposalInput in = raw;
    in.reason = requiredText(QStringLiteral("reason"), in.reason, 500, QStringLiteral("销毁原因"));
    if (in.itemIds.isEmpty())
        throw DomainError::invalid(QStringLiteral("itemIds"), QStringLiteral("请选择要销毁的档案。"));
    if (in.itemIds.size() > kMaxItemsPerList)
        throw DomainError::invalid(QStringLiteral("itemIds"),
                                   QStringLiteral("一份销毁清册最多 %1 件。").arg(kMaxItemsPerList));
    UnitOfWork work(m_db, m_clock, m_caller.op);
    QSet<Role> checkerRoles;
    const auto checker = staffMember(m_db, in.checkerId, QStringLiteral("checkerId"), &checkerRoles);
    if (!mayCheckDestruction(checkerRoles))
        throw DomainError::invalid(
            QStringLiteral("checkerId"),
            QStringLiteral("清点核对人 %1 应为在岗的档案管理员。").arg(checker.fullName));
    requireAnotherPerson(
        in.checkerId, QStringLiteral("清点核对本清册"),
        {{m_caller.op.accountId, QStringLiteral("proposer"), QStringLiteral("销毁清册提出人")}});
    const QDate day = today();
    QList<qint64> unique;
    for (qint64 id : in.itemIds) {
        if (unique.contains(id))
            continue;
        unique.append(id);
        const auto row = m_store.loadItem(id, day);
        if (row.item.status != kFiled)
            throw DomainError(ErrorCode::InvalidState,
                              QStringLiteral("档案“%1”当前状态为“%2”，不能列入销毁清册。")
                                  .arg(row.item.title, itemStatusZh(row.item.status)),
                              {{QStringLiteral("state"), row.item.status}, {QStringLiteral("itemId"), id}});
        if (!row.item.retentionExpired)
            throw DomainError(ErrorCode::Conflict,
                              row.item.permanent
                                  ? QStringLiteral("档案“%1”永久保存，不能销毁。").arg(row.item.title)
                                  : QStringLiteral("档案“%1”保管至 %2，保管期限未满，不能销毁。")
                                        .arg(row.item.title, row.item.retentionUntil.toString(Qt::ISODate)),
                              {{QStringLiteral("reason"), QStringLiteral("RETENTION_NOT_EXPIRED")},
                               {QStringLiteral("itemId"), id}});
        if (const auto loan = m_store.openLoanFor(id))
            throw DomainError(
                ErrorCode::Conflict,
                QStringLiteral("档案“%1”在借阅单 %2 中，不能销毁。").arg(row.item.title, *loan),
                {{QStringLiteral("reason"), QStringLiteral("ITEM_ON_LOAN")}, {QStringLiteral("itemId"), id}});
        if (const auto other = m_store.openDestructionFor(id))
            throw DomainError(ErrorCode::Conflict,
                              QStringLiteral("档案“%1”已列入销毁清册 %2。").arg(row.item.title, *other),
                              {{QStringLiteral("reason"), QStringLiteral("ALREADY_LISTED")},
                               {QStringLiteral("itemId"), id}});
    }
    in.itemIds = unique;
    const QString number =
        m_store.nextNumber(QStringLiteral("archive_destructions"), QStringLiteral("XH"), day);
    const qint64 id = m_store.insertDestruction(in, number, m_caller.op.accountId, m_clock.now());
    const auto row = m_store.loadDestruction(id, day);
    eventForItems(row, QStringLiteral("destruction_proposed"), in.reason, in.checkerId);
    auditStep(work, QStringLiteral("archive.destruction_propose"), row,
              {{QStringLiteral("reason"), in.reason}, {QStringLiteral("checker"), checker.fullName}});
    work.commit();
    return {m_store.loadDestruction(id, day).destruction, std::nullopt};
}

protocol::DestructionStep DestructionService::step(qint64 id, archives::DestructionStep s, const Act& act)
{
    UnitOfWork work(m_db, m_clock, m_caller.op);
    const auto row = m_store.loadDestruction(id, today());
    if (!destructionStepAllowed(s, row.destruction.state))
        throw wrongDestructionState(row.destruction.number, row.destruction.state, s);
    auto document = act(work, row);
    work.commit();
    return {m_store.loadDestruction(id, today()).destruction, document};
}

protocol::DestructionStep DestructionService::check(qint64 id, int counted, const QString& note)
{
    return step(
        id, archives::DestructionStep::Check,
        [&](UnitOfWork& work, const DestructionRow& row) -> std::optional<protocol::Report> {
            // 004 §30 "专人清点、核对": only the person the list names.
            if (row.destruction.checkerId != m_caller.op.accountId)
                throw DomainError(
                    ErrorCode::Forbidden,
                    QStringLiteral("清点核对应由清册指定的 %1 本人进行。").arg(row.destruction.checkerName),
                    {{QStringLiteral("reason"), QStringLiteral("NOT_THE_CHECKER")}});
            // Lists proposed before the rule may name their own proposer as the checker.
            requireAnotherPerson(m_caller.op.accountId, QStringLiteral("清点核对本清册"), {proposerOf(row)});
            if (counted != row.destruction.items.size())
                throw DomainError::invalid(QStringLiteral("counted"),
                                           QStringLiteral("清点数量 %1 与清册所列 %2 件不符，请复核。")
                                               .arg(counted)
                                               .arg(row.destruction.items.size()));
            m_store.checkDestruction(row.destruction.id, counted, note, m_clock.now());
            eventForItems(row, QStringLiteral("destruction_checked"), note, m_caller.op.accountId);
            auditStep(work, QStringLiteral("archive.destruction_check"), row,
                      {{QStringLiteral("counted"), counted}, {QStringLiteral("note"), note}});
            return std::nullopt;
        });
}

protocol::DestructionStep DestructionService::approve(qint64 id, const QString& note)
{
    return step(id, archives::DestructionStep::Approve,
                [&](UnitOfWork& work, const DestructionRow& row) -> std::optional<protocol::Report> {
                    requireAnotherPerson(m_caller.op.accountId, QStringLiteral("审批本清册"),
                                         {proposerOf(row), checkerOf(row)});
                    m_store.decideDestruction(row.destruction.id, kDestructionApproved, m_caller.op.accountId,
                                              note, m_clock.now());
                    eventForItems(row, QStringLiteral("destruction_approved"), note);
                    auditStep(work, QStringLiteral("archive.destruction_approve"), row,
                              {{QStringLiteral("note"), note}});
                    return std::nullopt;
                });
}

protocol::DestructionStep DestructionService::reject(qint64 id, const QString& reason)
{
    return step(id, archives::DestructionStep::Reject,
                [&](UnitOfWork& work, const DestructionRow& row) -> std::optional<protocol::Report> {
                    requireAnotherPerson(m_caller.op.accountId, QStringLiteral("驳回本清册"),
                                         {proposerOf(row), checkerOf(row)});
                    m_store.decideDestruction(row.destruction.id, kDestructionRejected, m_caller.op.accountId,
                                              reason, m_clock.now());
                    eventForItems(row, QStringLiteral("destruction_rejected"), reason);
                    auditStep(work, QStringLiteral("archive.destruction_reject"), row,
                              {{QStringLiteral("reason"), reason}});
                    return std::nullopt;
                });
}

protocol::DestructionStep DestructionService::execute(qint64 id,
                                                      const protocol::DestructionExecutionInput& raw)
{
    auto result = step(
        id, archives::DestructionStep::Execute,
        [&](UnitOfWork& work, const DestructionRow& row) -> std::optional<protocol::Report> {
            requireAnotherPerson(
                m_caller.op.accountId, QStringLiteral("执行本清册的销毁"),
                {{row.approverId, QStringLiteral("approver"), QStringLiteral("销毁审批人")}});
            // 004 §30: time (now), place, method, the people and the problems are all recorded.
            protocol::DestructionExecutionInput in;
            in.place = requiredText(QStringLiteral("place"), raw.place, 200, QStringLiteral("销毁地点"));
            in.method = requiredText(QStringLiteral("method"), raw.method, 200, QStringLiteral("销毁方式"));
            in.performers =
                requiredText(QStringLiteral("performers"), raw.performers, 200, QStringLiteral("销毁人员"));
            in.problems = raw.problems.trimmed().left(2000);
            const QDateTime now = m_clock.now();
            const QDate day = today();
            int erased = 0;
            for (const auto& i : row.destruction.items) {
                const auto item = m_store.loadItem(i.id, day);
                erased += m_store.eraseMaterials(item, now);
                m_store.markDestroyed(i.id, row.destruction.id, now);
            }
            auto recorded = row.destruction;
            recorded.place = in.place;
            recorded.method = in.method;
            recorded.performers = in.performers;
            recorded.problems = in.problems;
            recorded.executedAt = now;
            const auto list = ArchiveDocuments(m_db, m_clock, m_caller.op).destructionList(recorded);
            m_store.executeDestruction(row.destruction.id, m_caller.op.accountId, in, now, list.number);
            eventForItems(row, QStringLiteral("destroyed"),
                          QStringLiteral("%1｜%2｜%3").arg(in.place, in.method, in.performers));
            // "与销毁清册一并存档": the list is an archive item of its own, kept permanently.
            const qint64 listItem =
                m_store.createItem(QStringLiteral("destruction"), row.destruction.id,
                                   QStringLiteral("档案销毁清册 %1").arg(row.destruction.number), now);
            m_store.event({listItem, 0, row.destruction.id, QStringLiteral("created"), m_caller.op.accountId,
                           0, list.number},
                          now);
            auditStep(work, QStringLiteral("archive.destruction_execute"), row,
                      {{QStringLiteral("place"), in.place},
                       {QStringLiteral("method"), in.method},
                       {QStringLiteral("performers"), in.performers},
                       {QStringLiteral("problems"), in.problems},
                       {QStringLiteral("erasedMaterials"), erased},
                       {QStringLiteral("document"), list.number}});
            return list;
        });
    // After the commit: the erased pages' old versions leave the -wal file.
    if (!m_store.checkpointWal())
        qWarning("archives: WAL checkpoint after destruction was partial (a reader was active)");
    return result;
}

} // namespace cp::server
