#include "domain/disputes/DisputeRules.h"

#include "domain/Uploads.h"

#include <QJsonArray>
#include <QSet>

namespace cp::server::disputes {
namespace {

using protocol::ErrorCode;

[[noreturn]] void bad(const QString& field, const QString& message)
{
    throw DomainError::invalid(field, message);
}

} // namespace

bool stepAllowed(CaseStep step, const QString& state)
{
    switch (step) {
    case CaseStep::Verify:
        return state == kAccepted;
    case CaseStep::SubmitResult:
        return state == kVerified;
    case CaseStep::Approve:
    case CaseStep::Return:
        return state == kResultSubmitted;
    case CaseStep::Extend: // any time before the case is closed (附件2.三)
        return state != kDelivered;
    case CaseStep::Deliver:
        return state == kApproved;
    case CaseStep::Reprint:
    case CaseStep::ApplyMark:
        return state == kDelivered;
    }
    return false;
}

QString stepZh(CaseStep step)
{
    switch (step) {
    case CaseStep::Verify:
        return QStringLiteral("登记核查情况");
    case CaseStep::SubmitResult:
        return QStringLiteral("提交处理结果");
    case CaseStep::Approve:
        return QStringLiteral("核准结果报告");
    case CaseStep::Return:
        return QStringLiteral("退回结果报告");
    case CaseStep::Extend:
        return QStringLiteral("延长办理期限");
    case CaseStep::Deliver:
        return QStringLiteral("登记送达");
    case CaseStep::Reprint:
        return QStringLiteral("免费打印信用信息");
    case CaseStep::ApplyMark:
        return QStringLiteral("受理异议标注申请");
    }
    return {};
}

QString caseStateZh(const QString& state)
{
    if (state == kAccepted)
        return QStringLiteral("已受理，待核查");
    if (state == kVerified)
        return QStringLiteral("已核查，待出具处理结果");
    if (state == kResultSubmitted)
        return QStringLiteral("处理结果待核准");
    if (state == kApproved)
        return QStringLiteral("已核准，待送达申请人");
    if (state == kDelivered)
        return QStringLiteral("已送达，办结");
    return state;
}

QString markStateZh(const QString& state)
{
    if (state == kMarkAccepted)
        return QStringLiteral("已受理，待标注");
    if (state == kMarkSet)
        return QStringLiteral("已标注“申请人存疑”");
    if (state == kMarkExpired)
        return QStringLiteral("标注已到期");
    if (state == kMarkRevocationAccepted)
        return QStringLiteral("撤销申请已受理，待撤销");
    if (state == kMarkRevoked)
        return QStringLiteral("标注已撤销");
    return state;
}

QString outcomeZh(const QString& outcome)
{
    if (outcome == QLatin1String("corrected"))
        return QStringLiteral("更正");
    if (outcome == QLatin1String("deleted"))
        return QStringLiteral("删除");
    if (outcome == QLatin1String("upheld"))
        return QStringLiteral("维持");
    return outcome;
}

DomainError wrongState(const QString& caseNumber, const QString& state, CaseStep step)
{
    return DomainError(ErrorCode::InvalidState,
                       QStringLiteral("异议案件 %1 当前状态为“%2”，不能%3。")
                           .arg(caseNumber, caseStateZh(state), stepZh(step)),
                       {{QStringLiteral("state"), state}});
}

QDate markApplicationDeadline(const WorkingDayCalendar& cal, const QDate& delivered)
{
    return cal.addWorkingDays(delivered, kMarkApplicationWorkingDays);
}

QDate markSetDueDate(const WorkingDayCalendar& cal, const QDate& accepted)
{
    return cal.addWorkingDays(accepted, kMarkSetWorkingDays);
}

QDate revocationDueDate(const WorkingDayCalendar& cal, const QDate& accepted)
{
    return cal.addWorkingDays(accepted, kRevocationWorkingDays);
}

QStringList requiredMaterials(const QString& stage, const QString& subjectKind)
{
    return protocol::requiredDisputeMaterials(stage, subjectKind);
}

QString materialKindZh(const QString& kind)
{
    if (kind == QLatin1String("id_copy"))
        return QStringLiteral("身份证复印件");
    if (kind == QLatin1String("org_code_copy"))
        return QStringLiteral("加盖公章的组织机构代码证复印件");
    if (kind == QLatin1String("agency_letter"))
        return QStringLiteral("加盖公章的授权代理书");
    if (kind == QLatin1String("application_form"))
        return QStringLiteral("申请表");
    if (kind == QLatin1String("evidence"))
        return QStringLiteral("异议申请相关证据");
    return kind;
}

protocol::DisputeApplicant checkedApplicant(const protocol::DisputeApplicant& in,
                                            const protocol::SubjectSummary& subject)
{
    protocol::DisputeApplicant a;
    a.name = requiredText(QStringLiteral("applicant.name"), in.name, 64, QStringLiteral("申请人姓名"));
    a.idType = in.idType;
    if (!isIdType(a.idType))
        bad(QStringLiteral("applicant.idType"), QStringLiteral("请选择申请人证件类型。"));
    a.idNumber = checkedIdNumber(QStringLiteral("applicant.idNumber"), a.idType, in.idNumber,
                                 QStringLiteral("申请人身份证号码"), QStringLiteral("申请人证件号码"));
    a.phone = checkedPhone(QStringLiteral("applicant.phone"), in.phone);

    // 附件2.四(一): a natural person brings their own ID card; no one applies for them.
    if (subject.kind == QLatin1String("natural")) {
        if (a.idType != QLatin1String("citizen_id") || a.idNumber != subject.idNumber)
            bad(QStringLiteral("applicant.idNumber"),
                QStringLiteral("自然人须本人提出申请：申请人身份证号码须与信息主体一致。"));
        if (a.name != subject.name.trimmed())
            bad(QStringLiteral("applicant.name"), QStringLiteral("申请人姓名与信息主体的姓名不一致。"));
    }
    return a;
}

void checkMaterials(const QList<protocol::DisputeMaterialUpload>& materials, const QString& stage,
                    const QString& subjectKind)
{
    if (materials.size() > kMaxMaterials)
        bad(QStringLiteral("materials"), QStringLiteral("一次最多提交 %1 份材料。").arg(kMaxMaterials));
    qint64 total = 0;
    QSet<QString> present;
    for (int i = 0; i < materials.size(); ++i) {
        const auto& m = materials[i];
        const QString at = QStringLiteral("materials[%1].").arg(i);
        if (!protocol::disputeMaterialKinds().contains(m.kind))
            bad(at + QStringLiteral("kind"), QStringLiteral("第 %1 份材料的类型无效。").arg(i + 1));
        if (m.badEncoding)
            bad(at + QStringLiteral("contentBase64"),
                QStringLiteral("第 %1 份材料的文件内容编码无效。").arg(i + 1));
        try {
            // The same file checks as every upload (domain/Uploads.h); the kind was checked above.
            checkUploadedFile(m.fileName, m.mimeType, m.content, kMaxMaterialBytes);
        } catch (const DomainError& e) {
            if (e.code() == ErrorCode::ValidationFailed) {
                QJsonObject details = e.details();
                details.insert(QStringLiteral("field"),
                               at + details.value(QStringLiteral("field")).toString());
                throw DomainError(ErrorCode::ValidationFailed,
                                  QStringLiteral("第 %1 份材料：%2").arg(i + 1).arg(e.messageZh()), details);
            }
            throw DomainError(e.code(), QStringLiteral("材料“%1”：%2").arg(m.fileName, e.messageZh()),
                              {{QStringLiteral("index"), i}, {QStringLiteral("fileName"), m.fileName}});
        }
        total += m.content.size();
        present.insert(m.kind);
    }
    if (total > kMaxMaterialsTotalBytes)
        throw DomainError(ErrorCode::MaterialRejected,
                          QStringLiteral("材料合计超过 %1 MB 的上限。").arg(kMaxMaterialsTotalBytes >> 20));
    QStringList missing;
    QStringList names;
    for (const QString& kind : requiredMaterials(stage, subjectKind)) {
        if (!present.contains(kind)) {
            missing << kind;
            names << materialKindZh(kind);
        }
    }
    if (!missing.isEmpty())
        throw DomainError(
            ErrorCode::MaterialsIncomplete,
            QStringLiteral("材料不齐全，不予受理。缺少：%1。").arg(names.join(QStringLiteral("、"))),
            {{QStringLiteral("missing"), QJsonArray::fromStringList(missing)}});
}

} // namespace cp::server::disputes
