#include "DisputeProtocol.h"

#include "JsonCodec.h"

namespace cp::protocol {
using json::Codec;
using json::Presence;

namespace {

const Codec<DisputeApplicant>& applicantCodec()
{
    static const auto c =
        Codec<DisputeApplicant>()
            .field("name", &DisputeApplicant::name)
            .field("idType", &DisputeApplicant::idType, Presence::Always, json::Read::OrDefault)
            .field("idNumber", &DisputeApplicant::idNumber)
            .field("phone", &DisputeApplicant::phone, Presence::IfSet);
    return c;
}

/// All but the content, which goes as contentBase64 (see below).
const Codec<DisputeMaterialUpload>& uploadCodec()
{
    static const auto c = Codec<DisputeMaterialUpload>()
                              .field("kind", &DisputeMaterialUpload::kind)
                              .field("fileName", &DisputeMaterialUpload::fileName)
                              .field("mimeType", &DisputeMaterialUpload::mimeType);
    return c;
}

const Codec<DisputeAcceptInput>& acceptCodec()
{
    static const auto c = Codec<DisputeAcceptInput>()
                              .field("subjectIdNumber", &DisputeAcceptInput::subjectIdNumber)
                              .field("recordIds", &DisputeAcceptInput::recordIds)
                              .field("reason", &DisputeAcceptInput::reason)
                              .field("applicant", &DisputeAcceptInput::applicant)
                              .field("materials", &DisputeAcceptInput::materials);
    return c;
}

const Codec<DisputeOutcomeInput>& outcomeCodec()
{
    static const auto c = Codec<DisputeOutcomeInput>()
                              .field("recordId", &DisputeOutcomeInput::recordId)
                              .field("outcome", &DisputeOutcomeInput::outcome)
                              .field("newTitle", &DisputeOutcomeInput::newTitle, Presence::IfSet)
                              .field("newContent", &DisputeOutcomeInput::newContent, Presence::IfSet);
    return c;
}

const Codec<DisputeResultInput>& resultCodec()
{
    static const auto c = Codec<DisputeResultInput>()
                              .field("text", &DisputeResultInput::text)
                              .field("outcomes", &DisputeResultInput::outcomes);
    return c;
}

const Codec<MarkApplicationInput>& markApplicationCodec()
{
    static const auto c = Codec<MarkApplicationInput>()
                              .field("recordId", &MarkApplicationInput::recordId, Presence::IfPositive)
                              .field("reason", &MarkApplicationInput::reason)
                              .field("applicant", &MarkApplicationInput::applicant)
                              .field("materials", &MarkApplicationInput::materials);
    return c;
}

const Codec<DisputedRecord>& disputedRecordCodec()
{
    using R = DisputedRecord;
    static const auto c = Codec<R>()
                              .field("recordId", &R::recordId)
                              .with(json::creditRecordFields<R>)
                              .field("status", &R::status)
                              .field("suspended", &R::suspended)
                              .field("outcome", &R::outcome, Presence::IfSet)
                              .field("newTitle", &R::newTitle, Presence::IfSet)
                              .field("newContent", &R::newContent, Presence::IfSet);
    return c;
}

// 申请人存疑
const Codec<ApplicantMark>& markCodec()
{
    using M = ApplicantMark;
    static const auto c = Codec<M>()
                              .field("id", &M::id)
                              .field("number", &M::number)
                              .field("caseId", &M::caseId)
                              .field("caseNumber", &M::caseNumber)
                              .field("recordId", &M::recordId)
                              .field("recordTitle", &M::recordTitle)
                              .field("state", &M::state)
                              .field("stateName", &M::stateName)
                              .field("reason", &M::reason)
                              .field("applicantName", &M::applicantName)
                              .field("acceptedAt", &M::acceptedAt, Presence::IfSet)
                              .field("dueDate", &M::dueDate, Presence::IfSet)
                              .field("overdue", &M::overdue)
                              .field("receiptNumber", &M::receiptNumber, Presence::IfSet)
                              .field("setAt", &M::setAt, Presence::IfSet)
                              .field("setByName", &M::setByName, Presence::IfSet)
                              .field("markUntil", &M::markUntil, Presence::IfSet)
                              .field("revocationReason", &M::revocationReason, Presence::IfSet)
                              .field("revocationAcceptedAt", &M::revocationAcceptedAt, Presence::IfSet)
                              .field("revocationDueDate", &M::revocationDueDate, Presence::IfSet)
                              .field("revocationReceiptNumber", &M::revocationReceiptNumber, Presence::IfSet)
                              .field("revokedAt", &M::revokedAt, Presence::IfSet)
                              .field("revokedByName", &M::revokedByName, Presence::IfSet);
    return c;
}

const Codec<DisputeCase>& caseCodec()
{
    using C = DisputeCase;
    static const auto c = Codec<C>()
                              .field("id", &C::id)
                              .field("number", &C::number)
                              .field("state", &C::state)
                              .field("stateName", &C::stateName)
                              .field("subject", &C::subject)
                              .field("reason", &C::reason)
                              .field("applicant", &C::applicant)
                              .field("acceptedAt", &C::acceptedAt, Presence::IfSet)
                              .field("acceptedByName", &C::acceptedByName, Presence::IfSet)
                              .field("dueDate", &C::dueDate, Presence::IfSet)
                              .field("extendedDueDate", &C::extendedDueDate, Presence::IfSet)
                              .field("extensionReason", &C::extensionReason, Presence::IfSet)
                              .field("effectiveDueDate", &C::effectiveDueDate, Presence::IfSet)
                              .field("overdue", &C::overdue)
                              .field("verificationDepartment", &C::verificationDepartment, Presence::IfSet)
                              .field("verificationNote", &C::verificationNote, Presence::IfSet)
                              .field("verificationDate", &C::verificationDate, Presence::IfSet)
                              .field("verifiedByName", &C::verifiedByName, Presence::IfSet)
                              .field("resultText", &C::resultText, Presence::IfSet)
                              .field("resultByName", &C::resultByName, Presence::IfSet)
                              .field("resultAt", &C::resultAt, Presence::IfSet)
                              .field("returnReason", &C::returnReason, Presence::IfSet)
                              .field("approvedByName", &C::approvedByName, Presence::IfSet)
                              .field("approvedAt", &C::approvedAt, Presence::IfSet)
                              .field("approvalNote", &C::approvalNote, Presence::IfSet)
                              .field("deliveredTo", &C::deliveredTo, Presence::IfSet)
                              .field("deliveredAt", &C::deliveredAt, Presence::IfSet)
                              .field("markApplicationDeadline", &C::markApplicationDeadline, Presence::IfSet)
                              .field("freeReprint", &C::freeReprint)
                              .field("receiptNumber", &C::receiptNumber, Presence::IfSet)
                              .field("resultReportNumber", &C::resultReportNumber, Presence::IfSet)
                              .field("reprintReportNumber", &C::reprintReportNumber, Presence::IfSet)
                              .field("records", &C::records)
                              .field("marks", &C::marks)
                              .field("materials", &C::materials);
    return c;
}

const Codec<DisputeStep>& disputeStepCodec()
{
    static const auto c = Codec<DisputeStep>()
                              .field("case", &DisputeStep::dispute)
                              .field("document", &DisputeStep::document, Presence::IfSet);
    return c;
}

const Codec<MarkStep>& markStepCodec()
{
    static const auto c = Codec<MarkStep>()
                              .field("mark", &MarkStep::mark)
                              .field("document", &MarkStep::document, Presence::IfSet);
    return c;
}

const Codec<DisputableRecord>& disputableCodec()
{
    using R = DisputableRecord;
    static const auto c =
        Codec<R>()
            .field("record", &R::record)
            .field("disputable", &R::disputable)
            .field("contentWithheld", &R::contentWithheld, Presence::IfSet) // only when true
            .field("blockedReason", &R::blockedReason, Presence::IfSet)
            .field("blockingCase", &R::blockingCase, Presence::IfSet);
    return c;
}

const Codec<DisputableRecords>& disputablesCodec()
{
    static const auto c = Codec<DisputableRecords>()
                              .field("subject", &DisputableRecords::subject)
                              .field("records", &DisputableRecords::records);
    return c;
}

} // namespace

QJsonObject DisputeApplicant::toJson() const
{
    return applicantCodec().write(*this);
}
DisputeApplicant DisputeApplicant::fromJson(const QJsonObject& o)
{
    return applicantCodec().read(o);
}

QJsonObject DisputeMaterialUpload::toJson() const
{
    QJsonObject o = uploadCodec().write(*this);
    o.insert(QStringLiteral("contentBase64"), QString::fromLatin1(content.toBase64()));
    return o;
}
DisputeMaterialUpload DisputeMaterialUpload::fromJson(const QJsonObject& o)
{
    DisputeMaterialUpload m = uploadCodec().read(o);
    const auto decoded = QByteArray::fromBase64Encoding(
        json::str(o, QStringLiteral("contentBase64")).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        m.content = *decoded;
    else
        m.badEncoding = true;
    return m;
}

QJsonObject DisputeAcceptInput::toJson() const
{
    return acceptCodec().write(*this);
}
DisputeAcceptInput DisputeAcceptInput::fromJson(const QJsonObject& o)
{
    return acceptCodec().read(o);
}

QJsonObject DisputeOutcomeInput::toJson() const
{
    return outcomeCodec().write(*this);
}
DisputeOutcomeInput DisputeOutcomeInput::fromJson(const QJsonObject& o)
{
    return outcomeCodec().read(o);
}

QJsonObject DisputeResultInput::toJson() const
{
    return resultCodec().write(*this);
}
DisputeResultInput DisputeResultInput::fromJson(const QJsonObject& o)
{
    return resultCodec().read(o);
}

QJsonObject MarkApplicationInput::toJson() const
{
    return markApplicationCodec().write(*this);
}
MarkApplicationInput MarkApplicationInput::fromJson(const QJsonObject& o)
{
    return markApplicationCodec().read(o);
}

QJsonObject DisputedRecord::toJson() const
{
    return disputedRecordCodec().write(*this);
}
DisputedRecord DisputedRecord::fromJson(const QJsonObject& o)
{
    return disputedRecordCodec().read(o);
}

QJsonObject ApplicantMark::toJson() const
{
    return markCodec().write(*this);
}
ApplicantMark ApplicantMark::fromJson(const QJsonObject& o)
{
    return markCodec().read(o);
}

QJsonObject DisputeCase::toJson() const
{
    return caseCodec().write(*this);
}
DisputeCase DisputeCase::fromJson(const QJsonObject& o)
{
    return caseCodec().read(o);
}

QJsonObject DisputeStep::toJson() const
{
    return disputeStepCodec().write(*this);
}
DisputeStep DisputeStep::fromJson(const QJsonObject& o)
{
    return disputeStepCodec().read(o);
}

QJsonObject MarkStep::toJson() const
{
    return markStepCodec().write(*this);
}
MarkStep MarkStep::fromJson(const QJsonObject& o)
{
    return markStepCodec().read(o);
}

QJsonObject DisputableRecord::toJson() const
{
    return disputableCodec().write(*this);
}
DisputableRecord DisputableRecord::fromJson(const QJsonObject& o)
{
    return disputableCodec().read(o);
}

QJsonObject DisputableRecords::toJson() const
{
    return disputablesCodec().write(*this);
}
DisputableRecords DisputableRecords::fromJson(const QJsonObject& o)
{
    return disputablesCodec().read(o);
}

} // namespace cp::protocol
