// "Not the same person" at every approval step (attack review, issue 11 finding 10):
// whoever asked for a matter, registered it, counted it or holds it does not also
// approve it, and whoever approved does not also carry it out. The check is on the
// person (the account id), never on the mix of roles an account happens to hold, so
// it holds whatever role combinations the separation-of-duties rule allows.
//   seed 004 附件2 §14–15: 逐级审批 — 提出申请 → 相关负责人审批 (two people);
//   seed 004 §29: lending approved by the leader, registered by the archive staff;
//   seed 004 §30: 专人清点、核对 — the list is checked by someone other than its author;
//   seed 004 §13: carrying media out approved by the unit leader;
//   seed 003 附件1.五(六), 附件2.三, 五: deadline extensions and results approved.
// The refusal is SAME_PERSON (403) with details.conflict naming the earlier part; the
// router writes every such refusal to the audit chain (access.same_person).
#pragma once

#include "domain/DomainError.h"

#include <initializer_list>

namespace cp::server {

/// Someone who already took part in the matter. accountId 0 = that part has not happened yet.
struct EarlierPart
{
    qint64 accountId = 0;
    QString code;   // details.conflict, e.g. "requester"
    QString nameZh; // e.g. "借阅登记人"
};

/// SAME_PERSON unless `actorId` differs from every earlier part. stepZh completes
/// "您是本事项的<part>，不能再<step>", e.g. "审批该借阅".
inline void requireAnotherPerson(qint64 actorId, const QString& stepZh,
                                 std::initializer_list<EarlierPart> earlier)
{
    for (const EarlierPart& part : earlier)
        if (part.accountId != 0 && part.accountId == actorId)
            throw DomainError(protocol::ErrorCode::SamePerson,
                              QStringLiteral("职责分离：您是本事项的%1，不能再%2，须由另一人办理。")
                                  .arg(part.nameZh, stepZh),
                              QJsonObject{{QStringLiteral("conflict"), part.code}});
}

} // namespace cp::server
