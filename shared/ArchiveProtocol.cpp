#include "ArchiveProtocol.h"

#include "JsonCodec.h"

namespace cp::protocol {
using json::Codec;
using json::Presence;

namespace {

const Codec<ArchiveLocation>& locationCodec()
{
    using S = ArchiveLocation;
    static const auto c =
        Codec<S>().field("room", &S::room).field("cabinet", &S::cabinet).field("shelf", &S::shelf);
    return c;
}

const Codec<ArchiveMaterial>& materialCodec()
{
    using S = ArchiveMaterial;
    static const auto c =
        Codec<S>().with(json::storedFileFields<S>).field("erasedAt", &S::erasedAt, Presence::IfSet);
    return c;
}

const Codec<ArchiveEvent>& eventCodec()
{
    using S = ArchiveEvent;
    static const auto c = Codec<S>()
                              .field("at", &S::at, Presence::IfSet)
                              .field("action", &S::action)
                              .field("actorName", &S::actorName)
                              .field("personName", &S::personName, Presence::IfSet)
                              .field("itemId", &S::itemId, Presence::IfSet)
                              .field("itemTitle", &S::itemTitle, Presence::IfSet)
                              .field("loanNumber", &S::loanNumber, Presence::IfSet)
                              .field("destructionNumber", &S::destructionNumber, Presence::IfSet)
                              .field("detail", &S::detail, Presence::IfSet);
    return c;
}

const Codec<ArchiveItem>& itemCodec()
{
    using S = ArchiveItem;
    static const auto c =
        Codec<S>()
            .field("id", &S::id)
            .field("sourceKind", &S::sourceKind)
            .field("sourceNumber", &S::sourceNumber)
            .field("title", &S::title)
            .field("createdAt", &S::createdAt, Presence::IfSet)
            .field("status", &S::status)
            .field("volumeNumber", &S::volumeNumber, Presence::IfSet)
            .field("location", &S::location,
                   [](const S& i) { return !i.volumeNumber.isEmpty(); } /* filed items only */)
            .field("filedAt", &S::filedAt, Presence::IfSet)
            .field("filedByName", &S::filedByName, Presence::IfSet)
            .field("retentionUntil", &S::retentionUntil, Presence::IfSet)
            .field("permanent", &S::permanent)
            .field("retentionExpired", &S::retentionExpired)
            .field("loanNumber", &S::loanNumber, Presence::IfSet)
            .field("destructionNumber", &S::destructionNumber, Presence::IfSet)
            .field("destroyedAt", &S::destroyedAt, Presence::IfSet)
            .field("materialCount", &S::materialCount)
            .field("materials", &S::materials, Presence::IfSet)
            .field("history", &S::history, Presence::IfSet);
    return c;
}

const Codec<FilingInput>& filingCodec()
{
    using S = FilingInput;
    static const auto c = Codec<S>()
                              .field("itemIds", &S::itemIds)
                              .field("volumeNumber", &S::volumeNumber, Presence::Always, json::Read::Trimmed)
                              .field("location", &S::location);
    return c;
}

const Codec<LoanItem>& loanItemCodec()
{
    using S = LoanItem;
    static const auto c = Codec<S>()
                              .field("itemId", &S::itemId)
                              .field("title", &S::title, Presence::IfSet)
                              .field("volumeNumber", &S::volumeNumber, Presence::IfSet)
                              .field("condition", &S::condition, Presence::IfSet)
                              .field("conditionNote", &S::conditionNote, Presence::IfSet);
    return c;
}

const Codec<ArchiveLoan>& loanCodec()
{
    using S = ArchiveLoan;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("number", &S::number)
                              .field("borrowerId", &S::borrowerId)
                              .field("borrowerName", &S::borrowerName)
                              .field("mode", &S::mode)
                              .field("purpose", &S::purpose)
                              .field("requestedReturn", &S::requestedReturn, Presence::IfSet)
                              .field("state", &S::state)
                              .field("requestedByName", &S::requestedByName, Presence::IfSet)
                              .field("requestedAt", &S::requestedAt, Presence::IfSet)
                              .field("approverId", &S::approverId, Presence::IfSet)
                              .field("approverName", &S::approverName, Presence::IfSet)
                              .field("decidedAt", &S::decidedAt, Presence::IfSet)
                              .field("decisionNote", &S::decisionNote, Presence::IfSet)
                              .field("checkedOutByName", &S::checkedOutByName, Presence::IfSet)
                              .field("checkedOutAt", &S::checkedOutAt, Presence::IfSet)
                              .field("dueDate", &S::dueDate, Presence::IfSet)
                              .field("renewals", &S::renewals)
                              .field("returnedByName", &S::returnedByName, Presence::IfSet)
                              .field("returnedAt", &S::returnedAt, Presence::IfSet)
                              .field("returnNote", &S::returnNote, Presence::IfSet)
                              .field("slipNumber", &S::slipNumber, Presence::IfSet)
                              .field("overdueDays", &S::overdueDays)
                              .field("items", &S::items);
    return c;
}

const Codec<LoanRequestInput>& loanRequestCodec()
{
    using S = LoanRequestInput;
    static const auto c = Codec<S>()
                              .field("itemIds", &S::itemIds)
                              .field("borrowerId", &S::borrowerId)
                              .field("purpose", &S::purpose, Presence::Always, json::Read::Trimmed)
                              .field("mode", &S::mode)
                              .field("requestedReturn", &S::requestedReturn, Presence::IfSet);
    return c;
}

const Codec<LoanReturnInput>& loanReturnCodec()
{
    using S = LoanReturnInput;
    static const auto c =
        Codec<S>().field("items", &S::items).field("note", &S::note, Presence::IfSet, json::Read::Trimmed);
    return c;
}

const Codec<LoanStep>& loanStepCodec()
{
    using S = LoanStep;
    static const auto c = Codec<S>().field("loan", &S::loan).field("document", &S::document, Presence::IfSet);
    return c;
}

const Codec<Destruction>& destructionCodec()
{
    using S = Destruction;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("number", &S::number)
                              .field("state", &S::state)
                              .field("reason", &S::reason)
                              .field("proposedByName", &S::proposedByName, Presence::IfSet)
                              .field("proposedAt", &S::proposedAt, Presence::IfSet)
                              .field("checkerId", &S::checkerId)
                              .field("checkerName", &S::checkerName)
                              .field("checkedAt", &S::checkedAt, Presence::IfSet)
                              .field("counted", &S::counted)
                              .field("checkNote", &S::checkNote, Presence::IfSet)
                              .field("approverName", &S::approverName, Presence::IfSet)
                              .field("decidedAt", &S::decidedAt, Presence::IfSet)
                              .field("decisionNote", &S::decisionNote, Presence::IfSet)
                              .field("executedByName", &S::executedByName, Presence::IfSet)
                              .field("executedAt", &S::executedAt, Presence::IfSet)
                              .field("place", &S::place, Presence::IfSet)
                              .field("method", &S::method, Presence::IfSet)
                              .field("performers", &S::performers, Presence::IfSet)
                              .field("problems", &S::problems, Presence::IfSet)
                              .field("listNumber", &S::listNumber, Presence::IfSet)
                              .field("items", &S::items);
    return c;
}

const Codec<DestructionProposalInput>& proposalCodec()
{
    using S = DestructionProposalInput;
    static const auto c = Codec<S>()
                              .field("itemIds", &S::itemIds)
                              .field("checkerId", &S::checkerId)
                              .field("reason", &S::reason, Presence::Always, json::Read::Trimmed);
    return c;
}

const Codec<DestructionExecutionInput>& executionCodec()
{
    using S = DestructionExecutionInput;
    static const auto c = Codec<S>()
                              .field("place", &S::place, Presence::Always, json::Read::Trimmed)
                              .field("method", &S::method, Presence::Always, json::Read::Trimmed)
                              .field("performers", &S::performers, Presence::Always, json::Read::Trimmed)
                              .field("problems", &S::problems, Presence::Always, json::Read::Trimmed);
    return c;
}

const Codec<DestructionStep>& destructionStepCodec()
{
    using S = DestructionStep;
    static const auto c =
        Codec<S>().field("destruction", &S::destruction).field("document", &S::document, Presence::IfSet);
    return c;
}

const Codec<StaffMember>& staffCodec()
{
    using S = StaffMember;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("login", &S::login)
                              .field("fullName", &S::fullName)
                              .field("unit", &S::unit)
                              .field("roles", &S::roles);
    return c;
}

const Codec<PersonHistory>& historyCodec()
{
    using S = PersonHistory;
    static const auto c =
        Codec<S>().field("person", &S::person).field("loans", &S::loans).field("events", &S::events);
    return c;
}

const Codec<ArchiveReminders>& remindersCodec()
{
    using S = ArchiveReminders;
    static const auto c = Codec<S>()
                              .field("overdue", &S::overdue)
                              .field("pendingLoanApprovals", &S::pendingLoanApprovals)
                              .field("pendingDestructionApprovals", &S::pendingDestructionApprovals);
    return c;
}

const Codec<RetentionRule>& retentionCodec()
{
    using S = RetentionRule;
    static const auto c =
        Codec<S>().field("sourceKind", &S::sourceKind).field("years", &S::years).field("note", &S::note);
    return c;
}

} // namespace

QJsonObject ArchiveLocation::toJson() const
{
    return locationCodec().write(*this);
}
ArchiveLocation ArchiveLocation::fromJson(const QJsonObject& o)
{
    return locationCodec().read(o);
}

QJsonObject ArchiveMaterial::toJson() const
{
    return materialCodec().write(*this);
}
ArchiveMaterial ArchiveMaterial::fromJson(const QJsonObject& o)
{
    return materialCodec().read(o);
}

QJsonObject ArchiveEvent::toJson() const
{
    return eventCodec().write(*this);
}
ArchiveEvent ArchiveEvent::fromJson(const QJsonObject& o)
{
    return eventCodec().read(o);
}

QJsonObject ArchiveItem::toJson() const
{
    return itemCodec().write(*this);
}
ArchiveItem ArchiveItem::fromJson(const QJsonObject& o)
{
    return itemCodec().read(o);
}

QJsonObject FilingInput::toJson() const
{
    return filingCodec().write(*this);
}
FilingInput FilingInput::fromJson(const QJsonObject& o)
{
    return filingCodec().read(o);
}

QJsonObject LoanItem::toJson() const
{
    return loanItemCodec().write(*this);
}
LoanItem LoanItem::fromJson(const QJsonObject& o)
{
    return loanItemCodec().read(o);
}

QJsonObject ArchiveLoan::toJson() const
{
    return loanCodec().write(*this);
}
ArchiveLoan ArchiveLoan::fromJson(const QJsonObject& o)
{
    return loanCodec().read(o);
}

QJsonObject LoanRequestInput::toJson() const
{
    return loanRequestCodec().write(*this);
}
LoanRequestInput LoanRequestInput::fromJson(const QJsonObject& o)
{
    return loanRequestCodec().read(o);
}

QJsonObject LoanReturnInput::toJson() const
{
    return loanReturnCodec().write(*this);
}
LoanReturnInput LoanReturnInput::fromJson(const QJsonObject& o)
{
    return loanReturnCodec().read(o);
}

QJsonObject LoanStep::toJson() const
{
    return loanStepCodec().write(*this);
}
LoanStep LoanStep::fromJson(const QJsonObject& o)
{
    return loanStepCodec().read(o);
}

QJsonObject Destruction::toJson() const
{
    return destructionCodec().write(*this);
}
Destruction Destruction::fromJson(const QJsonObject& o)
{
    return destructionCodec().read(o);
}

QJsonObject DestructionProposalInput::toJson() const
{
    return proposalCodec().write(*this);
}
DestructionProposalInput DestructionProposalInput::fromJson(const QJsonObject& o)
{
    return proposalCodec().read(o);
}

QJsonObject DestructionExecutionInput::toJson() const
{
    return executionCodec().write(*this);
}
DestructionExecutionInput DestructionExecutionInput::fromJson(const QJsonObject& o)
{
    return executionCodec().read(o);
}

QJsonObject DestructionStep::toJson() const
{
    return destructionStepCodec().write(*this);
}
DestructionStep DestructionStep::fromJson(const QJsonObject& o)
{
    return destructionStepCodec().read(o);
}

QJsonObject StaffMember::toJson() const
{
    return staffCodec().write(*this);
}
StaffMember StaffMember::fromJson(const QJsonObject& o)
{
    return staffCodec().read(o);
}

QJsonObject PersonHistory::toJson() const
{
    return historyCodec().write(*this);
}
PersonHistory PersonHistory::fromJson(const QJsonObject& o)
{
    return historyCodec().read(o);
}

QJsonObject ArchiveReminders::toJson() const
{
    return remindersCodec().write(*this);
}
ArchiveReminders ArchiveReminders::fromJson(const QJsonObject& o)
{
    return remindersCodec().read(o);
}

QJsonObject RetentionRule::toJson() const
{
    return retentionCodec().write(*this);
}
RetentionRule RetentionRule::fromJson(const QJsonObject& o)
{
    return retentionCodec().read(o);
}

} // namespace cp::protocol
