// The storage-media rules that need no database: the state machine of a
// medium, the fields each event needs, and the Chinese names.
// SPEC §7; seed 004 §10–14 (the original wins), seed 000 §25, 003 附件3.五(四).
#pragma once

#include "domain/DomainError.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace cp::server::media {

// Medium states.
inline const QString kInStore = QStringLiteral("in_store");       // 在库
inline const QString kIssued = QStringLiteral("issued");          // 已发放使用
inline const QString kCarriedOut = QStringLiteral("carried_out"); // 携带外出
inline const QString kInRepair = QStringLiteral("in_repair");     // 送修中
inline const QString kRetired = QStringLiteral("retired");        // 已更换停用，待销毁
inline const QString kDestroyed = QStringLiteral("destroyed");    // 已销毁
QStringList allStates();

/// What can happen to a medium. There is deliberately no lend, sell or give-away
/// (seed 004 §12 "不得出借、出售或转予第三方").
enum class Action {
    Edit,            // 登记变更 (type, capacity, level, custodian, location)
    Issue,           // 发放
    Return,          // 归还
    Replace,         // 更换
    Wipe,            // 数据清除
    Repair,          // 送修 (after a wipe, seed 004 §11)
    RepairReturn,    // 修复返还
    Destroy,         // 销毁 (after a wipe, two witnesses)
    RequestCarryOut, // 申请携带外出
    CarryOut,        // 携带外出 (approved, seed 004 §13)
    CarryBack,       // 外出返还
};

/// The event kinds of POST /api/v1/media/{id}/events, in the order the client offers them.
QStringList eventKinds();
std::optional<Action> actionForKind(const QString& kind);
QString kindOf(Action action);
/// True for words that ask to hand a medium to someone outside (lend, sell, transfer …).
bool isThirdPartyHandover(const QString& kind);

bool allowed(Action action, const QString& state);
/// The state after the action (the same state for Edit, Wipe, RequestCarryOut).
QString stateAfter(Action action, const QString& state);
/// Whether the action needs a wipe record standing since the medium's last use.
bool needsWipe(Action action);
/// Whether the action puts the medium back into use, so an earlier wipe no longer proves it empty.
bool endsWipe(Action action);

QString stateZh(const QString& state);
QString actionZh(Action action);

/// INVALID_STATE naming the medium's current state and the refused action.
DomainError wrongState(const QString& serial, const QString& state, Action action);

// Vocabularies.
QStringList mediumTypes();
QString typeZh(const QString& type);
QStringList wipeMethods();
QStringList destroyMethods();

} // namespace cp::server::media
