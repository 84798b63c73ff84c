#include "DisputeProtocol.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace cp::protocol {
using namespace json;

// --- DisputeApplicant --------------------------------------------------------------

QJsonObject DisputeApplicant::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("idType"), idType},
                  {QStringLiteral("idNumber"), idNumber}};
    insertIfSet(o, QStringLiteral("phone"), phone);
    return o;
}

DisputeApplicant DisputeApplicant::fromJson(const QJsonObject& o)
{
    DisputeApplicant a;
    a.name = str(o, "name");
    a.idType = o.value(QStringLiteral("idType")).toString(a.idType);
    a.idNumber = str(o, "idNumber");
    a.phone = str(o, "phone");
    return a;
}

// --- DisputeMaterialUpload ---------------------------------------------------------

QJsonObject DisputeMaterialUpload::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("fileName"), fileName},
            {QStringLiteral("mimeType"), mimeType},
            {QStringLiteral("contentBase64"), QString::fromLatin1(content.toBase64())}};
}

DisputeMaterialUpload DisputeMaterialUpload::fromJson(const QJsonObject& o)
{
    DisputeMaterialUpload m;
    m.kind = str(o, "kind");
    m.fileName = str(o, "fileName");
    m.mimeType = str(o, "mimeType");
    const auto decoded = QByteArray::fromBase64Encoding(str(o, "contentBase64").toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        m.content = *decoded;
    else
        m.badEncoding = true;
    return m;
}

// --- inputs ------------------------------------------------------------------------

QJsonObject DisputeAcceptInput::toJson() const
{
    QJsonArray ids;
    for (qint64 id : recordIds)
        ids.append(id);
    return {{QStringLiteral("subjectIdNumber"), subjectIdNumber},
            {QStringLiteral("recordIds"), ids},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("applicant"), applicant.toJson()},
            {QStringLiteral("materials"), toArray(materials)}};
}

DisputeAcceptInput DisputeAcceptInput::fromJson(const QJsonObject& o)
{
    DisputeAcceptInput in;
    in.subjectIdNumber = str(o, "subjectIdNumber");
    for (const auto& v : o.value(QStringLiteral("recordIds")).toArray())
        in.recordIds.append(v.toInteger());
    in.reason = str(o, "reason");
    in.applicant = DisputeApplicant::fromJson(o.value(QStringLiteral("applicant")).toObject());
    in.materials = listAt<DisputeMaterialUpload>(o, "materials");
    return in;
}

QJsonObject DisputeOutcomeInput::toJson() const
{
    QJsonObject o{{QStringLiteral("recordId"), recordId}, {QStringLiteral("outcome"), outcome}};
    insertIfSet(o, QStringLiteral("newTitle"), newTitle);
    insertIfSet(o, QStringLiteral("newContent"), newContent);
    return o;
}

DisputeOutcomeInput DisputeOutcomeInput::fromJson(const QJsonObject& o)
{
    DisputeOutcomeInput in;
    in.recordId = integer(o, "recordId");
    in.outcome = str(o, "outcome");
    in.newTitle = str(o, "newTitle");
    in.newContent = str(o, "newContent");
    return in;
}

QJsonObject DisputeResultInput::toJson() const
{
    return {{QStringLiteral("text"), text}, {QStringLiteral("outcomes"), toArray(outcomes)}};
}

DisputeResultInput DisputeResultInput::fromJson(const QJsonObject& o)
{
    return {str(o, "text"), listAt<DisputeOutcomeInput>(o, "outcomes")};
}

QJsonObject MarkApplicationInput::toJson() const
{
    QJsonObject o{{QStringLiteral("reason"), reason},
                  {QStringLiteral("applicant"), applicant.toJson()},
                  {QStringLiteral("materials"), toArray(materials)}};
    if (recordId > 0)
        o.insert(QStringLiteral("recordId"), recordId);
    return o;
}

MarkApplicationInput MarkApplicationInput::fromJson(const QJsonObject& o)
{
    MarkApplicationInput in;
    in.recordId = integer(o, "recordId");
    in.reason = str(o, "reason");
    in.applicant = DisputeApplicant::fromJson(o.value(QStringLiteral("applicant")).toObject());
    in.materials = listAt<DisputeMaterialUpload>(o, "materials");
    return in;
}

// --- DisputedRecord ----------------------------------------------------------------

QJsonObject DisputedRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("recordId"), recordId},
                  {QStringLiteral("categoryCode"), categoryCode},
                  {QStringLiteral("categoryName"), categoryName},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("content"), content},
                  {QStringLiteral("providerDepartment"), providerDepartment},
                  {QStringLiteral("documentNumber"), documentNumber},
                  {QStringLiteral("openClass"), openClass},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("suspended"), suspended}};
    insertIfSet(o, QStringLiteral("decisionDate"), decisionDate);
    insertIfSet(o, QStringLiteral("validUntil"), validUntil);
    insertIfSet(o, QStringLiteral("outcome"), outcome);
    insertIfSet(o, QStringLiteral("newTitle"), newTitle);
    insertIfSet(o, QStringLiteral("newContent"), newContent);
    insertIfSet(o, QStringLiteral("applicantMarkReason"), applicantMarkReason);
    insertIfSet(o, QStringLiteral("applicantMarkUntil"), applicantMarkUntil);
    return o;
}

DisputedRecord DisputedRecord::fromJson(const QJsonObject& o)
{
    DisputedRecord r;
    r.recordId = integer(o, "recordId");
    r.categoryCode = str(o, "categoryCode");
    r.categoryName = str(o, "categoryName");
    r.title = str(o, "title");
    r.content = str(o, "content");
    r.providerDepartment = str(o, "providerDepartment");
    r.documentNumber = str(o, "documentNumber");
    r.decisionDate = date(o, "decisionDate");
    r.validUntil = date(o, "validUntil");
    r.openClass = str(o, "openClass");
    r.status = str(o, "status");
    r.suspended = o.value(QStringLiteral("suspended")).toBool();
    r.outcome = str(o, "outcome");
    r.newTitle = str(o, "newTitle");
    r.newContent = str(o, "newContent");
    r.applicantMarkReason = str(o, "applicantMarkReason");
    r.applicantMarkUntil = date(o, "applicantMarkUntil");
    return r;
}

// --- ApplicantMark -----------------------------------------------------------------

QJsonObject ApplicantMark::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("caseId"), caseId},
                  {QStringLiteral("caseNumber"), caseNumber},
                  {QStringLiteral("recordId"), recordId},
                  {QStringLiteral("recordTitle"), recordTitle},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("stateName"), stateName},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("applicantName"), applicantName},
                  {QStringLiteral("overdue"), overdue}};
    insertIfSet(o, QStringLiteral("acceptedAt"), acceptedAt);
    insertIfSet(o, QStringLiteral("dueDate"), dueDate);
    insertIfSet(o, QStringLiteral("receiptNumber"), receiptNumber);
    insertIfSet(o, QStringLiteral("setAt"), setAt);
    insertIfSet(o, QStringLiteral("setByName"), setByName);
    insertIfSet(o, QStringLiteral("markUntil"), markUntil);
    insertIfSet(o, QStringLiteral("revocationReason"), revocationReason);
    insertIfSet(o, QStringLiteral("revocationAcceptedAt"), revocationAcceptedAt);
    insertIfSet(o, QStringLiteral("revocationDueDate"), revocationDueDate);
    insertIfSet(o, QStringLiteral("revocationReceiptNumber"), revocationReceiptNumber);
    insertIfSet(o, QStringLiteral("revokedAt"), revokedAt);
    insertIfSet(o, QStringLiteral("revokedByName"), revokedByName);
    return o;
}

ApplicantMark ApplicantMark::fromJson(const QJsonObject& o)
{
    ApplicantMark m;
    m.id = integer(o, "id");
    m.number = str(o, "number");
    m.caseId = integer(o, "caseId");
    m.caseNumber = str(o, "caseNumber");
    m.recordId = integer(o, "recordId");
    m.recordTitle = str(o, "recordTitle");
    m.state = str(o, "state");
    m.stateName = str(o, "stateName");
    m.reason = str(o, "reason");
    m.applicantName = str(o, "applicantName");
    m.acceptedAt = time(o, "acceptedAt");
    m.dueDate = date(o, "dueDate");
    m.overdue = o.value(QStringLiteral("overdue")).toBool();
    m.receiptNumber = str(o, "receiptNumber");
    m.setAt = time(o, "setAt");
    m.setByName = str(o, "setByName");
    m.markUntil = date(o, "markUntil");
    m.revocationReason = str(o, "revocationReason");
    m.revocationAcceptedAt = time(o, "revocationAcceptedAt");
    m.revocationDueDate = date(o, "revocationDueDate");
    m.revocationReceiptNumber = str(o, "revocationReceiptNumber");
    m.revokedAt = time(o, "revokedAt");
    m.revokedByName = str(o, "revokedByName");
    return m;
}

// --- DisputeCase -------------------------------------------------------------------

QJsonObject DisputeCase::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("stateName"), stateName},
                  {QStringLiteral("subject"), subject.toJson()},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("applicant"), applicant.toJson()},
                  {QStringLiteral("overdue"), overdue},
                  {QStringLiteral("freeReprint"), freeReprint},
                  {QStringLiteral("records"), toArray(records)},
                  {QStringLiteral("marks"), toArray(marks)},
                  {QStringLiteral("materials"), toArray(materials)}};
    insertIfSet(o, QStringLiteral("acceptedAt"), acceptedAt);
    insertIfSet(o, QStringLiteral("acceptedByName"), acceptedByName);
    insertIfSet(o, QStringLiteral("dueDate"), dueDate);
    insertIfSet(o, QStringLiteral("extendedDueDate"), extendedDueDate);
    insertIfSet(o, QStringLiteral("extensionReason"), extensionReason);
    insertIfSet(o, QStringLiteral("effectiveDueDate"), effectiveDueDate);
    insertIfSet(o, QStringLiteral("verificationDepartment"), verificationDepartment);
    insertIfSet(o, QStringLiteral("verificationNote"), verificationNote);
    insertIfSet(o, QStringLiteral("verificationDate"), verificationDate);
    insertIfSet(o, QStringLiteral("verifiedByName"), verifiedByName);
    insertIfSet(o, QStringLiteral("resultText"), resultText);
    insertIfSet(o, QStringLiteral("resultByName"), resultByName);
    insertIfSet(o, QStringLiteral("resultAt"), resultAt);
    insertIfSet(o, QStringLiteral("returnReason"), returnReason);
    insertIfSet(o, QStringLiteral("approvedByName"), approvedByName);
    insertIfSet(o, QStringLiteral("approvedAt"), approvedAt);
    insertIfSet(o, QStringLiteral("approvalNote"), approvalNote);
    insertIfSet(o, QStringLiteral("deliveredTo"), deliveredTo);
    insertIfSet(o, QStringLiteral("deliveredAt"), deliveredAt);
    insertIfSet(o, QStringLiteral("markApplicationDeadline"), markApplicationDeadline);
    insertIfSet(o, QStringLiteral("receiptNumber"), receiptNumber);
    insertIfSet(o, QStringLiteral("resultReportNumber"), resultReportNumber);
    insertIfSet(o, QStringLiteral("reprintReportNumber"), reprintReportNumber);
    return o;
}

DisputeCase DisputeCase::fromJson(const QJsonObject& o)
{
    DisputeCase c;
    c.id = integer(o, "id");
    c.number = str(o, "number");
    c.state = str(o, "state");
    c.stateName = str(o, "stateName");
    c.subject = SubjectSummary::fromJson(o.value(QStringLiteral("subject")).toObject());
    c.reason = str(o, "reason");
    c.applicant = DisputeApplicant::fromJson(o.value(QStringLiteral("applicant")).toObject());
    c.acceptedAt = time(o, "acceptedAt");
    c.acceptedByName = str(o, "acceptedByName");
    c.dueDate = date(o, "dueDate");
    c.extendedDueDate = date(o, "extendedDueDate");
    c.extensionReason = str(o, "extensionReason");
    c.effectiveDueDate = date(o, "effectiveDueDate");
    c.overdue = o.value(QStringLiteral("overdue")).toBool();
    c.verificationDepartment = str(o, "verificationDepartment");
    c.verificationNote = str(o, "verificationNote");
    c.verificationDate = date(o, "verificationDate");
    c.verifiedByName = str(o, "verifiedByName");
    c.resultText = str(o, "resultText");
    c.resultByName = str(o, "resultByName");
    c.resultAt = time(o, "resultAt");
    c.returnReason = str(o, "returnReason");
    c.approvedByName = str(o, "approvedByName");
    c.approvedAt = time(o, "approvedAt");
    c.approvalNote = str(o, "approvalNote");
    c.deliveredTo = str(o, "deliveredTo");
    c.deliveredAt = time(o, "deliveredAt");
    c.markApplicationDeadline = date(o, "markApplicationDeadline");
    c.freeReprint = str(o, "freeReprint");
    c.receiptNumber = str(o, "receiptNumber");
    c.resultReportNumber = str(o, "resultReportNumber");
    c.reprintReportNumber = str(o, "reprintReportNumber");
    c.records = listAt<DisputedRecord>(o, "records");
    c.marks = listAt<ApplicantMark>(o, "marks");
    c.materials = listAt<MaterialInfo>(o, "materials");
    return c;
}

// --- steps -------------------------------------------------------------------------

QJsonObject DisputeStep::toJson() const
{
    QJsonObject o{{QStringLiteral("case"), dispute.toJson()}};
    if (document)
        o.insert(QStringLiteral("document"), document->toJson());
    return o;
}

DisputeStep DisputeStep::fromJson(const QJsonObject& o)
{
    DisputeStep s;
    s.dispute = DisputeCase::fromJson(o.value(QStringLiteral("case")).toObject());
    const auto doc = o.value(QStringLiteral("document"));
    if (doc.isObject())
        s.document = Report::fromJson(doc.toObject());
    return s;
}

QJsonObject MarkStep::toJson() const
{
    QJsonObject o{{QStringLiteral("mark"), mark.toJson()}};
    if (document)
        o.insert(QStringLiteral("document"), document->toJson());
    return o;
}

MarkStep MarkStep::fromJson(const QJsonObject& o)
{
    MarkStep s;
    s.mark = ApplicantMark::fromJson(o.value(QStringLiteral("mark")).toObject());
    const auto doc = o.value(QStringLiteral("document"));
    if (doc.isObject())
        s.document = Report::fromJson(doc.toObject());
    return s;
}

// --- DisputableRecords -------------------------------------------------------------

QJsonObject DisputableRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("record"), record.toJson()}, {QStringLiteral("disputable"), disputable}};
    insertIfSet(o, QStringLiteral("blockedReason"), blockedReason);
    insertIfSet(o, QStringLiteral("blockingCase"), blockingCase);
    if (contentWithheld)
        o.insert(QStringLiteral("contentWithheld"), true);
    return o;
}

DisputableRecord DisputableRecord::fromJson(const QJsonObject& o)
{
    DisputableRecord r;
    r.record = DisputedRecord::fromJson(o.value(QStringLiteral("record")).toObject());
    r.disputable = o.value(QStringLiteral("disputable")).toBool();
    r.blockedReason = str(o, "blockedReason");
    r.blockingCase = str(o, "blockingCase");
    r.contentWithheld = o.value(QStringLiteral("contentWithheld")).toBool();
    return r;
}

QJsonObject DisputableRecords::toJson() const
{
    return {{QStringLiteral("subject"), subject.toJson()}, {QStringLiteral("records"), toArray(records)}};
}

DisputableRecords DisputableRecords::fromJson(const QJsonObject& o)
{
    DisputableRecords r;
    r.subject = SubjectSummary::fromJson(o.value(QStringLiteral("subject")).toObject());
    r.records = listAt<DisputableRecord>(o, "records");
    return r;
}

} // namespace cp::protocol
