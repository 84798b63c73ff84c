#include "domain/archives/ArchiveService.h"

#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/UnitOfWork.h"
#include "domain/archives/ArchiveDocuments.h"
#include "domain/archives/ArchiveRules.h"
#include "domain/auth/AccountStore.h"
#include "domain/documents/ReportService.h"

#include <QJsonArray>

namespace cp::server {

using namespace archives;
using protocol::ErrorCode;

protocol::StaffMember staffMember(QSqlDatabase& db, qint64 accountId, const QString& field, QSet<Role>* roles)
{
    if (accountId <= 0)
        throw DomainError::invalid(field, QStringLiteral("请选择人员。"));
    const auto account = AccountStore(db).byId(accountId);
    if (!account)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("账号 %1 不存在。").arg(accountId),
                          {{QStringLiteral("field"), field}});
    if (roles) {
        roles->clear();
        if (account->status == QLatin1String("active"))
            for (const QString& code : account->roles)
                if (const auto r = roleFromCode(code))
                    roles->insert(*r);
    }
    return {account->id, account->login, account->fullName, account->unit, account->roles};
}

QDate ArchiveService::today() const
{
    return chinaDate(m_clock.now());
}

QJsonObject ArchiveService::detail(QJsonObject d) const
{
    d.insert(QStringLiteral("workstation"), m_caller.op.workstation);
    return d;
}

QList<protocol::ArchiveItem> ArchiveService::items(const QString& filter)
{
    static const QStringList kFilters{QStringLiteral("unfiled"), QStringLiteral("filed"),
                                      QStringLiteral("destroyed"), QStringLiteral("expired"),
                                      QStringLiteral("all")};
    if (!filter.isEmpty() && !kFilters.contains(filter))
        throw DomainError::invalid(
            QStringLiteral("status"),
            QStringLiteral("筛选条件应为 unfiled、filed、destroyed、expired 或 all。"));
    return m_store.items(filter, today());
}

protocol::ArchiveItem ArchiveService::item(qint64 id)
{
    const auto row = m_store.loadItem(id, today());
    auto out = row.item;
    out.materials = m_store.materials(row);
    // The window created the item the same day (附件1.七(二)); that is the history's first line.
    out.history = m_store.itemHistory(id);
    protocol::ArchiveEvent created;
    created.at = out.createdAt;
    created.action = QStringLiteral("created");
    created.itemId = id;
    created.itemTitle = out.title;
    created.detail = out.sourceNumber;
    out.history.prepend(created);
    return out;
}

QList<protocol::ArchiveItem> ArchiveService::file(const protocol::FilingInput& in)
{
    const QString volume =
        requiredText(QStringLiteral("volumeNumber"), in.volumeNumber, 40, QStringLiteral("卷号"));
    const protocol::ArchiveLocation at{
        requiredText(QStringLiteral("location.room"), in.location.room, 40, QStringLiteral("档案室")),
        requiredText(QStringLiteral("location.cabinet"), in.location.cabinet, 40, QStringLiteral("档案柜")),
        requiredText(QStringLiteral("location.shelf"), in.location.shelf, 40, QStringLiteral("架/层"))};
    if (in.itemIds.isEmpty())
        throw DomainError::invalid(QStringLiteral("itemIds"), QStringLiteral("请选择要归档的档案。"));
    if (in.itemIds.size() > kMaxItemsPerList)
        throw DomainError::invalid(QStringLiteral("itemIds"),
                                   QStringLiteral("一次最多归档 %1 件。").arg(kMaxItemsPerList));

    UnitOfWork work(m_db, m_clock, m_caller.op);
    const QDateTime& now = work.now();
    const qint64 volumeId = m_store.volume(volume, at, m_caller.op.accountId, now);
    QList<qint64> done;
    for (qint64 id : in.itemIds) {
        if (done.contains(id))
            continue;
        const auto row = m_store.loadItem(id, today());
        if (row.item.status != kUnfiled)
            throw DomainError(ErrorCode::InvalidState,
                              QStringLiteral("档案“%1”当前状态为“%2”，不能归档。")
                                  .arg(row.item.title, itemStatusZh(row.item.status)),
                              {{QStringLiteral("state"), row.item.status}, {QStringLiteral("itemId"), id}});
        // seed 003 附件1.七(二) / 附件2.八(二): kept five years from filing (per category).
        const QDate until = retentionUntil(chinaDate(now), m_store.retentionYears(row.item.sourceKind));
        m_store.file(id, volumeId, m_caller.op.accountId, now, until);
        m_store.event({id, 0, 0, QStringLiteral("filed"), m_caller.op.accountId, 0,
                       QStringLiteral("卷 %1｜%2 室 %3 柜 %4 架｜保管至 %5")
                           .arg(volume, at.room, at.cabinet, at.shelf,
                                until.isValid() ? until.toString(Qt::ISODate) : QStringLiteral("永久"))},
                      now);
        done.append(id);
    }
    QJsonArray ids;
    for (qint64 id : done)
        ids.append(id);
    work.audit(QStringLiteral("archive.file"), QStringLiteral("archive-volume:%1").arg(volumeId),
               QStringLiteral("ok"),
               detail({{QStringLiteral("volume"), volume},
                       {QStringLiteral("location"), at.toJson()},
                       {QStringLiteral("items"), ids}}));
    work.commit();
    QList<protocol::ArchiveItem> out;
    for (qint64 id : done)
        out.append(m_store.loadItem(id, today()).item);
    return out;
}

QByteArray ArchiveService::materialContent(qint64 itemId, qint64 materialId, protocol::ArchiveMaterial* info)
{
    UnitOfWork work(m_db, m_clock, m_caller.op);
    const auto row = m_store.loadItem(itemId, today());
    const QString target = QStringLiteral("archive-item:%1").arg(itemId);
    bool entitled = m_caller.roles.contains(Role::Archivist);
    if (!entitled && !row.item.loanNumber.isEmpty())
        entitled = m_store.loanBorrower(row.item.loanNumber) == m_caller.op.accountId;
    if (!entitled) {
        work.audit(QStringLiteral("archive.material_view"), target, QStringLiteral("denied"),
                   detail({{QStringLiteral("material"), materialId}}));
        work.commit();
        throw DomainError(ErrorCode::Forbidden,
                          QStringLiteral("查阅档案材料须经批准并办理借阅登记（借阅中的本人或档案管理员）。"),
                          {{QStringLiteral("reason"), QStringLiteral("NOT_ENTITLED")}});
    }
    protocol::ArchiveMaterial m;
    const auto bytes = m_store.materialContent(row, materialId, &m);
    if (!bytes)
        throw DomainError(ErrorCode::NotFound,
                          QStringLiteral("该档案没有编号为 %1 的材料。").arg(materialId));
    if (m.erasedAt.isValid())
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("档案“%1”已销毁，材料已清除。").arg(row.item.title),
                          {{QStringLiteral("state"), row.item.status},
                           {QStringLiteral("reason"), QStringLiteral("ERASED")}});
    m_store.event({itemId, 0, 0, QStringLiteral("material_viewed"), m_caller.op.accountId, 0, m.fileName},
                  work.now());
    work.audit(QStringLiteral("archive.material_view"), target, QStringLiteral("ok"),
               detail({{QStringLiteral("material"), materialId},
                       {QStringLiteral("sha256"), m.sha256},
                       {QStringLiteral("loan"), row.item.loanNumber}}));
    work.commit();
    if (info)
        *info = m;
    return *bytes;
}

QList<protocol::StaffMember> ArchiveService::staff()
{
    QList<protocol::StaffMember> out;
    for (qint64 id : AccountStore(m_db).activeIds()) {
        QSet<Role> roles;
        auto member = staffMember(m_db, id, QStringLiteral("id"), &roles);
        if (mayBorrow(roles))
            out.append(member);
    }
    return out;
}

protocol::PersonHistory ArchiveService::personHistory(qint64 accountId)
{
    protocol::PersonHistory h;
    h.person = staffMember(m_db, accountId, QStringLiteral("accountId"), nullptr);
    h.loans = m_store.loans(QStringLiteral("all"), accountId, today());
    h.events = m_store.personEvents(accountId);
    return h;
}

protocol::ArchiveReminders ArchiveService::reminders()
{
    protocol::ArchiveReminders r;
    const bool archivist = m_caller.roles.contains(Role::Archivist);
    r.overdue = m_store.overdueFor(archivist ? 0 : m_caller.op.accountId, today());
    if (m_caller.roles.contains(Role::Approver)) {
        r.pendingLoanApprovals = m_store.pendingLoanRequests();
        r.pendingDestructionApprovals = m_store.pendingDestructionApprovals();
    }
    return r;
}

QList<protocol::RetentionRule> ArchiveService::retention()
{
    return m_store.retentionRules();
}

protocol::RetentionRule ArchiveService::setRetention(const QString& sourceKind, int years)
{
    if (sourceKind != QLatin1String("walkin") && sourceKind != QLatin1String("dispute"))
        throw DomainError::invalid(
            QStringLiteral("sourceKind"),
            QStringLiteral(
                "只能设置现场查询（walkin）或异议（dispute）申请材料的保管期限；销毁清册永久保存。"));
    if (years != 0 && (years < kMinRetentionYears || years > 100))
        throw DomainError::invalid(
            QStringLiteral("years"),
            QStringLiteral("保管期限应为 %1 至 100 年，或 0 表示永久保存（不得短于规定的五年）。")
                .arg(kMinRetentionYears));
    UnitOfWork work(m_db, m_clock, m_caller.op);
    const auto before = m_store.retentionYears(sourceKind);
    m_store.setRetentionYears(sourceKind, years);
    work.audit(QStringLiteral("archive.retention_set"),
               QStringLiteral("archive-retention:%1").arg(sourceKind), QStringLiteral("ok"),
               detail({{QStringLiteral("from"),
                        before ? QJsonValue(*before) : QJsonValue(QStringLiteral("permanent"))},
                       {QStringLiteral("to"),
                        years == 0 ? QJsonValue(QStringLiteral("permanent")) : QJsonValue(years)}}));
    work.commit();
    for (const auto& rule : retention())
        if (rule.sourceKind == sourceKind)
            return rule;
    throw DomainError(ErrorCode::NotFound);
}

protocol::Report ArchiveService::document(const QString& number)
{
    const auto kind = m_store.documentKind(number.trimmed().toUpper());
    if (!kind || !ArchiveDocuments::isArchiveDocument(*kind))
        throw DomainError(ErrorCode::NotFound, QStringLiteral("档案文书 %1 不存在。").arg(number));
    return *ReportService(m_db, m_clock).byNumber(number.trimmed().toUpper());
}

} // namespace cp::server
