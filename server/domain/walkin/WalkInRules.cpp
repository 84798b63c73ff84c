#include "domain/walkin/WalkInRules.h"

#include "WalkInProtocol.h"

namespace cp::server::walkin {

std::optional<LetterProblem> checkLetter(const Letter& letter, const ApplicationFacts& app,
                                         const QDate& today)
{
    // seed 003 附件1.五(二): notarized for a natural-person subject, sealed for a legal person.
    const QString needed =
        app.subjectKind == QLatin1String("natural") ? QStringLiteral("notarized") : QStringLiteral("sealed");
    if (letter.certification != needed)
        return LetterProblem{QStringLiteral("LETTER_NOT_CERTIFIED"),
                             needed == QLatin1String("notarized")
                                 ? QStringLiteral("查询自然人信息的授权委托书须经公证。")
                                 : QStringLiteral("查询法人信息的授权委托书须加盖被查询单位公章。")};
    if (letter.authorizedName.trimmed() != app.applicantName.trimmed() ||
        letter.authorizedIdType != app.applicantIdType ||
        letter.authorizedIdNumber.compare(app.applicantIdNumber, Qt::CaseInsensitive) != 0)
        return LetterProblem{QStringLiteral("LETTER_OTHER_PARTY"),
                             QStringLiteral("授权委托书的被授权人不是本次申请人，不能代为查询。")};
    if (today < letter.validFrom)
        return LetterProblem{QStringLiteral("LETTER_NOT_YET_VALID"),
                             QStringLiteral("授权委托书自 %1 起生效，今日尚未生效。")
                                 .arg(letter.validFrom.toString(QStringLiteral("yyyy年M月d日")))};
    if (today > letter.validUntil)
        return LetterProblem{QStringLiteral("LETTER_EXPIRED"),
                             QStringLiteral("授权委托书已于 %1 到期。")
                                 .arg(letter.validUntil.toString(QStringLiteral("yyyy年M月d日")))};
    for (const QString& c : app.requestedClasses)
        if (!letter.classes.contains(c))
            return LetterProblem{QStringLiteral("LETTER_NOT_COVERED"),
                                 QStringLiteral("授权委托书未授权查询 %1 类信息。").arg(c)};
    return std::nullopt;
}

QSet<QString> entitledClasses(const ApplicationFacts& app, const std::optional<Letter>& letter)
{
    const QSet<QString> walkInClasses{QStringLiteral("A"), QStringLiteral("B")};
    if (app.kind == QLatin1String("self"))
        return walkInClasses;
    if (!letter)
        return {QStringLiteral("A")};
    return letter->classes & walkInClasses;
}

QStringList requiredMaterials(const ApplicationFacts& app)
{
    return protocol::requiredWalkInMaterials(app.kind, app.subjectKind);
}

QList<RefusalReason> refusalReasons()
{
    // seed 003 附件1.五(四)
    return {
        {QStringLiteral("MATERIALS_INCOMPLETE"), QStringLiteral("材料不齐全或不符合要求"),
         QStringLiteral("您提交的申请材料不齐全或不符合要求，本次不予受理。请按告知补齐材料后重新申请。")},
        {QStringLiteral("OUT_OF_SCOPE"), QStringLiteral("超出授权查询范围"),
         QStringLiteral("您申请查询的信息超出了授权范围，按规定不能提供。")},
        {QStringLiteral("SUBJECT_UNKNOWN"), QStringLiteral("查无此主体"),
         QStringLiteral("经查询，公共信用信息库中不存在该主体的信息。")},
        {QStringLiteral("UNCLEAR_REQUEST"), QStringLiteral("申请内容不明确"),
         QStringLiteral("您的申请内容不明确，请更正或补充后重新提交。")},
    };
}

std::optional<RefusalReason> refusalReason(const QString& code)
{
    for (const auto& r : refusalReasons())
        if (r.code == code)
            return r;
    return std::nullopt;
}

QString materialKindZh(const QString& kind)
{
    if (kind == QLatin1String("id_copy"))
        return QStringLiteral("身份证件复印件");
    if (kind == QLatin1String("org_code_copy"))
        return QStringLiteral("组织机构代码证（统一社会信用代码证）复印件");
    if (kind == QLatin1String("agency_letter"))
        return QStringLiteral("加盖公章的授权代理书");
    if (kind == QLatin1String("authorization_letter"))
        return QStringLiteral("授权委托书");
    return QStringLiteral("其他材料");
}

} // namespace cp::server::walkin
