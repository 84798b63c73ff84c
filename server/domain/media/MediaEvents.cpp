// MediaService: the events of a medium's life and carrying it out of the
// premises (seed 004 §11–13). See MediaService.h.
#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/SeparationOfDuties.h"
#include "domain/UnitOfWork.h"
#include "domain/media/MediaService.h"

#include <QJsonArray>

namespace cp::server {

using namespace media;
using protocol::ErrorCode;

namespace {

QString bounded(const QString& field, const QString& value, int maxLength, const QString& label,
                bool required)
{
    const QString v = value.trimmed();
    if (required && v.isEmpty())
        throw DomainError::invalid(field, QStringLiteral("请填写%1。").arg(label));
    if (v.size() > maxLength)
        throw DomainError::invalid(field, QStringLiteral("%1不能超过 %2 个字符。").arg(label).arg(maxLength));
    return v;
}

QString target(qint64 id)
{
    return QStringLiteral("medium:%1").arg(id);
}

DomainError refusedWith(ErrorCode code, const QString& message, const QString& reason,
                        const QString& state = {})
{
    QJsonObject details{{QStringLiteral("reason"), reason}};
    if (!state.isEmpty())
        details.insert(QStringLiteral("state"), state);
    return DomainError(code, message, details);
}

} // namespace

protocol::MediumStep MediaService::record(qint64 id, const protocol::MediumEventInput& in)
{
    const QString kind = in.kind.trimmed();
    // The audit action names only known words, never arbitrary input.
    const bool known = actionForKind(kind) || isThirdPartyHandover(kind);
    const QString action = QStringLiteral("media.") + (known ? kind.toLower() : QStringLiteral("event"));
    try {
        // seed 004 §12: 不得出借、出售或转予第三方 — there is no such event, and asking is refused and
        // logged.
        if (isThirdPartyHandover(kind))
            throw refusedWith(
                ErrorCode::Forbidden,
                QStringLiteral("存储介质不得出借、出售或转予第三方（第十二条），本系统不办理此类登记。"),
                QStringLiteral("THIRD_PARTY_HANDOVER_FORBIDDEN"));
        const auto act = actionForKind(kind);
        if (!act)
            throw DomainError::invalid(QStringLiteral("kind"), QStringLiteral("请选择要登记的事项。"));
        UnitOfWork work(m_db, m_clock, m_op);
        const MediumRow row = load(id);
        if (!allowed(*act, row.medium.state))
            throw wrongState(row.medium.serial, row.medium.state, *act);
        auto step = apply(work, row, *act, in);
        work.commit();
        step.medium = load(id).medium;
        return step;
    } catch (const DomainError& e) {
        if (e.code() != ErrorCode::NotFound) {
            // The refusal stays on record, in its own unit: the step's work was rolled back.
            UnitOfWork refusal(m_db, m_clock, m_op);
            refusal.audit(action, target(id), QStringLiteral("refused"), refusalDetail(e));
            refusal.commit();
        }
        throw;
    }
}

protocol::MediumStep MediaService::apply(UnitOfWork& work, const MediumRow& row, Action act,
                                         const protocol::MediumEventInput& in)
{
    const auto& m = row.medium;
    const QDateTime now = work.now();
    NewMediumEvent e;
    e.mediumId = m.id;
    e.kind = kindOf(act);
    e.at = now;
    e.stateBefore = m.state;
    e.stateAfter = stateAfter(act, m.state);
    e.operatorId = m_op.accountId;
    e.workstation = m_op.workstation;
    // seed 004 §11 履行登记签字手续: the operator and a counter-signer who is someone else.
    const MediaAccount counter =
        person(QStringLiteral("counterSignerId"), in.counterSignerId, QStringLiteral("会签人"), true);
    e.counterSignerId = counter.person.id;
    e.detail = bounded(QStringLiteral("note"), in.note, 500, QStringLiteral("备注"), false);

    // seed 004 §11, seed 000 §25: before repair or destruction the contents are wiped beyond recovery.
    if (needsWipe(act) && row.wipedEventId == 0)
        throw refusedWith(
            ErrorCode::InvalidState,
            QStringLiteral("介质 %1 尚无数据清除记录，不能%2。请先登记数据清除（方法、工具、核验人）。")
                .arg(m.serial, actionZh(act)),
            QStringLiteral("WIPE_REQUIRED"), m.state);

    QJsonObject detail{{QStringLiteral("serial"), m.serial},
                       {QStringLiteral("level"), m.level},
                       {QStringLiteral("stateBefore"), e.stateBefore},
                       {QStringLiteral("stateAfter"), e.stateAfter},
                       {QStringLiteral("counterSigner"), counter.person.name}};
    qint64 holderAfter = 0;
    QString whereabouts;
    qint64 carryRequest = 0;
    std::optional<MediumRow> replacement;

    switch (act) {
    case Action::Issue: {
        const MediaAccount holder =
            person(QStringLiteral("holderId"), in.holderId, QStringLiteral("领用人"), false);
        e.holderId = holderAfter = holder.person.id;
        detail.insert(QStringLiteral("holder"), holder.person.name);
        break;
    }
    case Action::Replace: {
        if (in.replacementId <= 0 || in.replacementId == m.id)
            throw DomainError::invalid(QStringLiteral("replacementId"),
                                       QStringLiteral("请选择替换用的介质。"));
        replacement = m_store.findMedium(in.replacementId);
        if (!replacement)
            throw DomainError::invalid(QStringLiteral("replacementId"),
                                       QStringLiteral("替换用的介质不存在。"));
        if (replacement->medium.state != kInStore)
            throw DomainError::invalid(
                QStringLiteral("replacementId"),
                QStringLiteral("替换用的介质 %1 须在库（当前：%2）。")
                    .arg(replacement->medium.serial, stateZh(replacement->medium.state)));
        const auto oldLevel = m_store.level(m.level);
        const auto newLevel = m_store.level(replacement->medium.level);
        if (!oldLevel || !newLevel || newLevel->rank < oldLevel->rank)
            throw DomainError::invalid(
                QStringLiteral("replacementId"),
                QStringLiteral("替换用的介质密级不得低于原介质（%1级）。").arg(m.levelName));
        e.relatedMediumId = replacement->medium.id;
        detail.insert(QStringLiteral("replacement"), replacement->medium.serial);
        break;
    }
    case Action::Wipe: {
        if (!wipeMethods().contains(in.method))
            throw DomainError::invalid(QStringLiteral("method"), QStringLiteral("请选择数据清除方法。"));
        e.method = in.method;
        e.tool = bounded(QStringLiteral("tool"), in.tool, 100, QStringLiteral("清除工具"), true);
        const MediaAccount verifier =
            person(QStringLiteral("verifierId"), in.verifierId, QStringLiteral("核验人"), true);
        e.verifierId = verifier.person.id;
        detail.insert(QStringLiteral("method"), e.method);
        detail.insert(QStringLiteral("tool"), e.tool);
        detail.insert(QStringLiteral("verifier"), verifier.person.name);
        break;
    }
    case Action::Repair:
        e.place = whereabouts =
            bounded(QStringLiteral("place"), in.place, 100, QStringLiteral("维修单位"), true);
        detail.insert(QStringLiteral("repairer"), e.place);
        break;
    case Action::Destroy: {
        if (!destroyMethods().contains(in.method))
            throw DomainError::invalid(QStringLiteral("method"), QStringLiteral("请选择销毁方式。"));
        e.method = in.method;
        e.place = bounded(QStringLiteral("place"), in.place, 100, QStringLiteral("销毁地点"), true);
        const MediaAccount w1 =
            person(QStringLiteral("witness1Id"), in.witness1Id, QStringLiteral("监销人"), true);
        const MediaAccount w2 =
            person(QStringLiteral("witness2Id"), in.witness2Id, QStringLiteral("第二监销人"), true);
        if (w1.person.id == w2.person.id)
            throw DomainError(ErrorCode::ValidationFailed, QStringLiteral("两名监销人须为不同的人。"),
                              {{QStringLiteral("field"), QStringLiteral("witness2Id")},
                               {QStringLiteral("reason"), QStringLiteral("SAME_WITNESS")}});
        e.witness1Id = w1.person.id;
        e.witness2Id = w2.person.id;
        detail.insert(QStringLiteral("method"), e.method);
        detail.insert(QStringLiteral("place"), e.place);
        detail.insert(QStringLiteral("witnesses"), QJsonArray{w1.person.name, w2.person.name});
        break;
    }
    case Action::CarryOut: {
        // seed 004 §13: 须经单位领导批准，必要时实行双人外出制.
        const auto open = m_store.openCarryRequest(m.id);
        const auto request = open ? m_store.carryRequest(*open) : std::nullopt;
        if (!request || request->state != QLatin1String("approved") ||
            (in.requestId > 0 && in.requestId != request->id))
            throw refusedWith(
                ErrorCode::InvalidState,
                request
                    ? QStringLiteral("介质 %1 的携带外出申请尚未经领导批准，不能携带外出。").arg(m.serial)
                    : QStringLiteral("介质 %1 没有经领导批准的携带外出申请，不能携带外出。").arg(m.serial),
                QStringLiteral("APPROVAL_REQUIRED"), m.state);
        const auto level = m_store.level(m.level);
        if (level && level->twoPersonCarry && !request->secondPerson.isSet())
            throw refusedWith(ErrorCode::InvalidState,
                              QStringLiteral("%1级介质须双人携带外出，该申请未指定第二人。").arg(m.levelName),
                              QStringLiteral("SECOND_PERSON_REQUIRED"), m.state);
        // The carriers must still be active accounts.
        person(QStringLiteral("carrierId"), request->carrier.id, QStringLiteral("携带人"), false);
        if (request->secondPerson.isSet())
            person(QStringLiteral("secondPersonId"), request->secondPerson.id, QStringLiteral("第二携带人"),
                   false);
        e.requestId = carryRequest = request->id;
        e.holderId = holderAfter = request->carrier.id;
        e.secondPersonId = request->secondPerson.id;
        e.place = whereabouts = request->destination;
        detail.insert(QStringLiteral("request"), request->id);
        detail.insert(QStringLiteral("approvedBy"), request->decidedBy.name);
        detail.insert(QStringLiteral("carrier"), request->carrier.name);
        detail.insert(QStringLiteral("secondPerson"), request->secondPerson.name);
        detail.insert(QStringLiteral("destination"), request->destination);
        break;
    }
    case Action::Return:
    case Action::RepairReturn:
    case Action::CarryBack:
    case Action::Edit:
    case Action::RequestCarryOut:
        break;
    }

    m_store.transition(m.id, m.state, e.stateAfter, holderAfter, whereabouts, now);
    if (carryRequest)
        m_store.markCarryRequestUsed(carryRequest);
    if (act == Action::CarryOut)
        m_store.setDueBack(m.id, m_store.carryRequest(carryRequest)->expectedReturn);
    else if (act == Action::CarryBack)
        m_store.setDueBack(m.id, QDate());
    e.auditSeq =
        work.audit(QStringLiteral("media.") + e.kind, target(m.id), QStringLiteral("ok"), detailOf(detail));
    const qint64 eventId = m_store.insertEvent(e);
    if (act == Action::Wipe)
        m_store.setWipedEvent(m.id, eventId);
    else if (endsWipe(act))
        m_store.setWipedEvent(m.id, 0);

    if (replacement && m.state == kIssued) {
        // The holder keeps working: the replacement is issued to them in the same signed step.
        NewMediumEvent r = e;
        r.mediumId = replacement->medium.id;
        r.kind = kindOf(Action::Issue);
        r.stateBefore = kInStore;
        r.stateAfter = kIssued;
        r.holderId = m.holder.id;
        r.relatedMediumId = m.id;
        r.detail = QStringLiteral("替换介质 %1").arg(m.serial);
        m_store.transition(r.mediumId, kInStore, kIssued, m.holder.id, {}, now);
        m_store.setWipedEvent(r.mediumId, 0);
        r.auditSeq = work.audit(QStringLiteral("media.issue"), target(r.mediumId), QStringLiteral("ok"),
                                detailOf({{QStringLiteral("serial"), replacement->medium.serial},
                                          {QStringLiteral("holder"), m.holder.name},
                                          {QStringLiteral("replaces"), m.serial},
                                          {QStringLiteral("counterSigner"), counter.person.name}}));
        m_store.insertEvent(r);
    }
    return {m, m_store.event(eventId)};
}

// --- carrying out ------------------------------------------------------------------

protocol::CarryRequest MediaService::requestCarryOut(qint64 id, const protocol::CarryRequestInput& in)
{
    try {
        UnitOfWork work(m_db, m_clock, m_op);
        const MediumRow row = load(id);
        const auto& m = row.medium;
        if (!allowed(Action::RequestCarryOut, m.state))
            throw wrongState(m.serial, m.state, Action::RequestCarryOut);
        if (const auto open = m_store.openCarryRequest(id))
            throw refusedWith(
                ErrorCode::Conflict,
                QStringLiteral("介质 %1 已有待审批或已批准未使用的携带外出申请。").arg(m.serial),
                QStringLiteral("REQUEST_OPEN"));
        protocol::CarryRequestInput c;
        c.purpose = bounded(QStringLiteral("purpose"), in.purpose, 200, QStringLiteral("外出事由"), true);
        c.destination =
            bounded(QStringLiteral("destination"), in.destination, 100, QStringLiteral("前往地点"), true);
        c.carrierId =
            person(QStringLiteral("carrierId"), in.carrierId, QStringLiteral("携带人"), false).person.id;
        const auto level = m_store.level(m.level);
        if (in.secondPersonId > 0) {
            c.secondPersonId = person(QStringLiteral("secondPersonId"), in.secondPersonId,
                                      QStringLiteral("第二携带人"), false)
                                   .person.id;
            if (c.secondPersonId == c.carrierId)
                throw DomainError(ErrorCode::ValidationFailed,
                                  QStringLiteral("第二携带人须为携带人以外的另一人。"),
                                  {{QStringLiteral("field"), QStringLiteral("secondPersonId")},
                                   {QStringLiteral("reason"), QStringLiteral("SAME_PERSON")}});
        } else if (level && level->twoPersonCarry) {
            // seed 004 §13 必要时实行双人外出制: required for the levels so configured.
            throw DomainError(ErrorCode::ValidationFailed,
                              QStringLiteral("%1级介质须双人携带外出，请指定第二携带人。").arg(m.levelName),
                              {{QStringLiteral("field"), QStringLiteral("secondPersonId")},
                               {QStringLiteral("reason"), QStringLiteral("SECOND_PERSON_REQUIRED")}});
        }
        const QDate today = chinaDate(work.now());
        if (!in.expectedReturn.isValid() || in.expectedReturn < today)
            throw DomainError::invalid(QStringLiteral("expectedReturn"),
                                       QStringLiteral("预计返还日期须为今天或以后的日期。"));
        c.expectedReturn = in.expectedReturn;
        const qint64 requestId = m_store.insertCarryRequest(id, c, m_op.accountId, work.now());
        work.audit(QStringLiteral("media.carry_out_request"), target(id), QStringLiteral("ok"),
                   detailOf({{QStringLiteral("serial"), m.serial},
                             {QStringLiteral("request"), requestId},
                             {QStringLiteral("purpose"), c.purpose},
                             {QStringLiteral("destination"), c.destination},
                             {QStringLiteral("expectedReturn"), c.expectedReturn.toString(Qt::ISODate)}}));
        work.commit();
        return *m_store.carryRequest(requestId);
    } catch (const DomainError& e) {
        if (e.code() != ErrorCode::NotFound) {
            // The refusal stays on record, in its own unit: the step's work was rolled back.
            UnitOfWork refusal(m_db, m_clock, m_op);
            refusal.audit(QStringLiteral("media.carry_out_request"), target(id), QStringLiteral("refused"),
                          refusalDetail(e));
            refusal.commit();
        }
        throw;
    }
}

QList<protocol::CarryRequest> MediaService::carryRequests(const QString& state)
{
    const QString s = state.isEmpty() ? QStringLiteral("pending") : state;
    static const QStringList known{QStringLiteral("pending"), QStringLiteral("approved"),
                                   QStringLiteral("rejected"), QStringLiteral("used"), QStringLiteral("all")};
    if (!known.contains(s))
        throw DomainError::invalid(QStringLiteral("state"), QStringLiteral("申请状态筛选条件无效。"));
    return m_store.carryRequests(s, 0);
}

protocol::CarryRequest MediaService::approveCarryOut(qint64 requestId, const QString& note)
{
    return decide(requestId, true, note);
}

protocol::CarryRequest MediaService::rejectCarryOut(qint64 requestId, const QString& reason)
{
    return decide(requestId, false, reason);
}

protocol::CarryRequest MediaService::decide(qint64 requestId, bool approve, const QString& note)
{
    const QString action =
        approve ? QStringLiteral("media.carry_out_approval") : QStringLiteral("media.carry_out_rejection");
    const QString where = QStringLiteral("media-carry-request:%1").arg(requestId);
    try {
        UnitOfWork work(m_db, m_clock, m_op);
        const auto request = m_store.carryRequest(requestId);
        if (!request)
            throw DomainError(ErrorCode::NotFound, QStringLiteral("携带外出申请 %1 不存在。").arg(requestId));
        if (request->state != QLatin1String("pending"))
            throw refusedWith(ErrorCode::InvalidState,
                              QStringLiteral("该携带外出申请已处理，不能再%1。")
                                  .arg(approve ? QStringLiteral("批准") : QStringLiteral("驳回")),
                              QStringLiteral("ALREADY_DECIDED"), request->state);
        // seed 004 §13 "经单位领导批准": nobody decides on an application they made or carry.
        requireAnotherPerson(
            m_op.accountId,
            approve ? QStringLiteral("批准该携带外出申请") : QStringLiteral("驳回该携带外出申请"),
            {{request->requestedBy.id, QStringLiteral("requester"), QStringLiteral("携带外出申请人")},
             {request->carrier.id, QStringLiteral("carrier"), QStringLiteral("携带人")},
             {request->secondPerson.id, QStringLiteral("second_person"), QStringLiteral("第二携带人")}});
        const QString text =
            bounded(approve ? QStringLiteral("note") : QStringLiteral("reason"), note, 500,
                    approve ? QStringLiteral("审批意见") : QStringLiteral("驳回理由"), !approve);
        if (approve) {
            const MediumRow row = load(request->mediumId);
            if (!allowed(Action::CarryOut, row.medium.state))
                throw wrongState(row.medium.serial, row.medium.state, Action::CarryOut);
        }
        m_store.decideCarryRequest(requestId,
                                   approve ? QStringLiteral("approved") : QStringLiteral("rejected"),
                                   m_op.accountId, work.now(), text);
        work.audit(action, target(request->mediumId), QStringLiteral("ok"),
                   detailOf({{QStringLiteral("serial"), request->serial},
                             {QStringLiteral("request"), requestId},
                             {QStringLiteral("note"), text}}));
        work.commit();
        return *m_store.carryRequest(requestId);
    } catch (const DomainError& e) {
        if (e.code() != ErrorCode::NotFound) {
            // The refusal stays on record, in its own unit: the step's work was rolled back.
            UnitOfWork refusal(m_db, m_clock, m_op);
            refusal.audit(action, where, QStringLiteral("refused"), refusalDetail(e));
            refusal.commit();
        }
        throw;
    }
}

} // namespace cp::server
