#include "domain/walkin/WalkInInput.h"

#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/InputChecks.h"
#include "domain/Sql.h"
#include "domain/Uploads.h"

namespace cp::server::walkin {
namespace {

[[noreturn]] void bad(const QString& field, const QString& message)
{
    throw DomainError::invalid(field, message);
}

QStringList classesOf(const QString& field, const QStringList& raw)
{
    QStringList out;
    for (const QString& c : raw) {
        const QString v = c.trimmed().toUpper();
        if (v == QLatin1String("C"))
            bad(field, QStringLiteral("C 类（政府内部应用）信息不向社会提供查询。"));
        if (v != QLatin1String("A") && v != QLatin1String("B"))
            bad(field, QStringLiteral("信息类别只能是 A 或 B。"));
        if (!out.contains(v))
            out.append(v);
    }
    if (out.isEmpty())
        bad(field, QStringLiteral("请选择要查询的信息类别。"));
    out.sort();
    return out;
}

} // namespace

protocol::WalkInApplicationInput validated(const protocol::WalkInApplicationInput& raw, QSqlDatabase& db)
{
    protocol::WalkInApplicationInput in = raw;
    if (in.kind != QLatin1String("self") && in.kind != QLatin1String("other"))
        bad(QStringLiteral("kind"), QStringLiteral("请选择本人查询或查询他人（凭授权委托书）。"));
    if (in.subjectKind != QLatin1String("natural") && in.subjectKind != QLatin1String("legal"))
        bad(QStringLiteral("subjectKind"), QStringLiteral("请选择被查询主体是自然人还是法人及其他组织。"));

    in.subjectIdNumber = normaliseIdNumber(raw.subjectIdNumber);
    if (in.subjectKind == QLatin1String("natural")) {
        const IdCheck c = checkCitizenId(in.subjectIdNumber);
        if (c != IdCheck::Ok)
            bad(QStringLiteral("subjectIdNumber"),
                QStringLiteral("被查询人身份证号码无效：") + idCheckZh(c, IdKind::CitizenId));
    } else {
        const IdCheck c = checkCreditCode(in.subjectIdNumber);
        if (c != IdCheck::Ok)
            bad(QStringLiteral("subjectIdNumber"),
                QStringLiteral("统一社会信用代码无效：") + idCheckZh(c, IdKind::CreditCode));
    }
    in.applicantName =
        requiredText(QStringLiteral("applicantName"), raw.applicantName, 64, QStringLiteral("申请人姓名"));
    if (!isIdType(in.applicantIdType))
        bad(QStringLiteral("applicantIdType"), QStringLiteral("请选择申请人证件类型。"));
    in.applicantIdNumber =
        checkedIdNumber(QStringLiteral("applicantIdNumber"), in.applicantIdType, raw.applicantIdNumber,
                        QStringLiteral("申请人证件号码"), QStringLiteral("申请人证件号码"));
    in.applicantPhone = checkedPhone(QStringLiteral("applicantPhone"), raw.applicantPhone);
    in.purpose = requiredText(QStringLiteral("purpose"), raw.purpose, 200, QStringLiteral("查询用途"));
    in.requestedClasses = classesOf(QStringLiteral("requestedClasses"), raw.requestedClasses);

    // A natural person's self-query is made by that person with their own ID card.
    if (in.kind == QLatin1String("self") && in.subjectKind == QLatin1String("natural") &&
        (in.applicantIdType != QLatin1String("citizen_id") || in.applicantIdNumber != in.subjectIdNumber))
        bad(QStringLiteral("applicantIdNumber"),
            QStringLiteral(
                "本人查询时申请人身份证号码须与被查询人一致；代他人查询请选择“查询他人”并登记授权委托书。"));

    if (in.kind == QLatin1String("self")) {
        if (raw.letter)
            bad(QStringLiteral("letter"), QStringLiteral("本人查询不需要授权委托书。"));
        return in;
    }
    if (!raw.letter)
        bad(QStringLiteral("letter"), QStringLiteral("查询他人信用信息须登记被查询人出具的授权委托书。"));
    auto l = *raw.letter;
    l.authorizedName = requiredText(QStringLiteral("letter.authorizedName"), l.authorizedName, 64,
                                    QStringLiteral("被授权人姓名"));
    if (!isIdType(l.authorizedIdType))
        bad(QStringLiteral("letter.authorizedIdType"), QStringLiteral("请选择被授权人证件类型。"));
    l.authorizedIdNumber =
        checkedIdNumber(QStringLiteral("letter.authorizedIdNumber"), l.authorizedIdType, l.authorizedIdNumber,
                        QStringLiteral("被授权人证件号码"), QStringLiteral("被授权人证件号码"));
    l.matters = requiredText(QStringLiteral("letter.matters"), l.matters, 500, QStringLiteral("授权事项"));
    if (!l.validFrom.isValid() || !l.validUntil.isValid())
        bad(QStringLiteral("letter.validUntil"), QStringLiteral("请填写授权委托书的有效期。"));
    if (l.validUntil < l.validFrom)
        bad(QStringLiteral("letter.validUntil"), QStringLiteral("授权委托书的截止日期早于起始日期。"));
    l.classes = classesOf(QStringLiteral("letter.classes"), l.classes);
    for (const QString& c : l.categories)
        if (!sql::run(db, QStringLiteral("SELECT 1 FROM credit_categories WHERE code = ?"), {c}).next())
            bad(QStringLiteral("letter.categories"), QStringLiteral("未知的信息类目：%1。").arg(c));
    l.purpose =
        requiredText(QStringLiteral("letter.purpose"), l.purpose, 200, QStringLiteral("授权查询用途"));
    if (l.certification != QLatin1String("notarized") && l.certification != QLatin1String("sealed"))
        bad(QStringLiteral("letter.certification"), QStringLiteral("请选择授权委托书经公证或加盖公章。"));
    l.certificationDetail = requiredText(QStringLiteral("letter.certificationDetail"), l.certificationDetail,
                                         200, QStringLiteral("公证或盖章信息"));
    in.letter = l;
    return in;
}

void checkMaterial(const QString& kind, const QString& fileName, const QString& mimeType,
                   const QByteArray& content, qint64 maxBytes)
{
    static const QStringList kinds{QStringLiteral("id_copy"), QStringLiteral("org_code_copy"),
                                   QStringLiteral("agency_letter"), QStringLiteral("authorization_letter"),
                                   QStringLiteral("other")};
    if (!kinds.contains(kind))
        bad(QStringLiteral("kind"), QStringLiteral("请选择材料类型。"));
    checkUploadedFile(fileName, mimeType, content, maxBytes);
}

} // namespace cp::server::walkin
