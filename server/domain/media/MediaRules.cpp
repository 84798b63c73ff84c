#include "domain/media/MediaRules.h"

#include <QHash>

namespace cp::server::media {

using protocol::ErrorCode;

namespace {

struct KindRow
{
    Action action;
    QString kind;
};
const QList<KindRow> kKinds{
    {Action::Issue, QStringLiteral("issue")},
    {Action::Return, QStringLiteral("return")},
    {Action::Replace, QStringLiteral("replace")},
    {Action::Wipe, QStringLiteral("wipe")},
    {Action::Repair, QStringLiteral("repair")},
    {Action::RepairReturn, QStringLiteral("repair_return")},
    {Action::Destroy, QStringLiteral("destroy")},
    {Action::CarryOut, QStringLiteral("carry_out")},
    {Action::CarryBack, QStringLiteral("carry_back")},
};

} // namespace

QStringList allStates()
{
    return {kInStore, kIssued, kCarriedOut, kInRepair, kRetired, kDestroyed};
}

QStringList eventKinds()
{
    QStringList out;
    for (const auto& k : kKinds)
        out << k.kind;
    return out;
}

std::optional<Action> actionForKind(const QString& kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return k.action;
    return std::nullopt;
}

QString kindOf(Action action)
{
    for (const auto& k : kKinds)
        if (k.action == action)
            return k.kind;
    if (action == Action::Edit)
        return QStringLiteral("edit");
    return QStringLiteral("carry_out_request");
}

bool isThirdPartyHandover(const QString& kind)
{
    static const QStringList words{QStringLiteral("lend"),     QStringLiteral("loan"),
                                   QStringLiteral("sell"),     QStringLiteral("sale"),
                                   QStringLiteral("transfer"), QStringLiteral("give"),
                                   QStringLiteral("gift"),     QStringLiteral("donate"),
                                   QStringLiteral("handover"), QStringLiteral("third_party")};
    return words.contains(kind.trimmed().toLower());
}

bool allowed(Action action, const QString& state)
{
    switch (action) {
    case Action::Edit:
    case Action::Issue:
    case Action::Repair:
    case Action::RequestCarryOut:
    case Action::CarryOut:
        return state == kInStore;
    case Action::Return:
        return state == kIssued;
    case Action::Replace:
        return state == kInStore || state == kIssued;
    case Action::Wipe:
    case Action::Destroy:
        return state == kInStore || state == kRetired;
    case Action::RepairReturn:
        return state == kInRepair;
    case Action::CarryBack:
        return state == kCarriedOut;
    }
    return false;
}

QString stateAfter(Action action, const QString& state)
{
    switch (action) {
    case Action::Issue:
        return kIssued;
    case Action::Return:
    case Action::RepairReturn:
    case Action::CarryBack:
        return kInStore;
    case Action::Replace:
        return kRetired;
    case Action::Repair:
        return kInRepair;
    case Action::Destroy:
        return kDestroyed;
    case Action::CarryOut:
        return kCarriedOut;
    case Action::Edit:
    case Action::Wipe:
    case Action::RequestCarryOut:
        return state;
    }
    return state;
}

bool needsWipe(Action action)
{
    // seed 004 §11, seed 000 §25: 送修和销毁的介质须确保存储内容的清除和不可恢复.
    return action == Action::Repair || action == Action::Destroy;
}

bool endsWipe(Action action)
{
    return action == Action::Issue || action == Action::CarryOut || action == Action::RepairReturn;
}

QString stateZh(const QString& state)
{
    static const QHash<QString, QString> names{{kInStore, QStringLiteral("在库")},
                                               {kIssued, QStringLiteral("已发放使用")},
                                               {kCarriedOut, QStringLiteral("携带外出")},
                                               {kInRepair, QStringLiteral("送修中")},
                                               {kRetired, QStringLiteral("已更换停用，待销毁")},
                                               {kDestroyed, QStringLiteral("已销毁")}};
    return names.value(state, state);
}

QString actionZh(Action action)
{
    switch (action) {
    case Action::Edit:
        return QStringLiteral("变更登记信息");
    case Action::Issue:
        return QStringLiteral("发放");
    case Action::Return:
        return QStringLiteral("登记归还");
    case Action::Replace:
        return QStringLiteral("更换");
    case Action::Wipe:
        return QStringLiteral("登记数据清除");
    case Action::Repair:
        return QStringLiteral("送修");
    case Action::RepairReturn:
        return QStringLiteral("登记修复返还");
    case Action::Destroy:
        return QStringLiteral("销毁");
    case Action::RequestCarryOut:
        return QStringLiteral("申请携带外出");
    case Action::CarryOut:
        return QStringLiteral("登记携带外出");
    case Action::CarryBack:
        return QStringLiteral("登记外出返还");
    }
    return {};
}

DomainError wrongState(const QString& serial, const QString& state, Action action)
{
    return DomainError(
        ErrorCode::InvalidState,
        QStringLiteral("介质 %1 当前状态为“%2”，不能%3。").arg(serial, stateZh(state), actionZh(action)),
        {{QStringLiteral("state"), state}});
}

QStringList mediumTypes()
{
    // seed 004 §10: 硬盘、软盘、U 盘、磁盘及缩微胶片; discs and tapes as SPEC §7 lists them.
    return {QStringLiteral("hard_disk"),    QStringLiteral("floppy_disk"), QStringLiteral("usb_drive"),
            QStringLiteral("optical_disc"), QStringLiteral("tape"),        QStringLiteral("microfilm")};
}

QString typeZh(const QString& type)
{
    static const QHash<QString, QString> names{{QStringLiteral("hard_disk"), QStringLiteral("硬盘")},
                                               {QStringLiteral("floppy_disk"), QStringLiteral("软盘")},
                                               {QStringLiteral("usb_drive"), QStringLiteral("U 盘")},
                                               {QStringLiteral("optical_disc"), QStringLiteral("光盘")},
                                               {QStringLiteral("tape"), QStringLiteral("磁带")},
                                               {QStringLiteral("microfilm"), QStringLiteral("缩微胶片")}};
    return names.value(type, type);
}

QStringList wipeMethods()
{
    return {QStringLiteral("overwrite"), QStringLiteral("secure_erase"), QStringLiteral("crypto_erase"),
            QStringLiteral("degauss")};
}

QStringList destroyMethods()
{
    return {QStringLiteral("shred"), QStringLiteral("degauss_crush"), QStringLiteral("incinerate"),
            QStringLiteral("melt")};
}

} // namespace cp::server::media
