#include "MediaProtocol.h"

#include "JsonCodec.h"

namespace cp::protocol {
using json::Codec;
using json::Presence;

namespace {

// People (MediaPerson) other than the custodian and the operator are written only when set.

const Codec<MediaPerson>& personCodec()
{
    using S = MediaPerson;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("name", &S::name)
                              .field("unit", &S::unit, Presence::IfSet)
                              .field("position", &S::position, Presence::IfSet);
    return c;
}

const Codec<MediaLevel>& levelCodec()
{
    using S = MediaLevel;
    static const auto c = Codec<S>()
                              .field("code", &S::code)
                              .field("name", &S::name)
                              .field("rank", &S::rank)
                              .field("twoPersonCarry", &S::twoPersonCarry);
    return c;
}

const Codec<MediaLocation>& locationCodec()
{
    using S = MediaLocation;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("code", &S::code)
                              .field("name", &S::name)
                              .field("description", &S::description)
                              .field("active", &S::active, Presence::Always, json::Read::OrDefault)
                              .field("levels", &S::levels)
                              .field("mediaCount", &S::mediaCount);
    return c;
}

const Codec<Medium>& mediumCodec()
{
    using S = Medium;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("serial", &S::serial)
                              .field("type", &S::type)
                              .field("model", &S::model)
                              .field("capacity", &S::capacity)
                              .field("level", &S::level)
                              .field("levelName", &S::levelName)
                              .field("custodian", &S::custodian)
                              .field("locationId", &S::locationId)
                              .field("locationName", &S::locationName)
                              .field("state", &S::state)
                              .field("holder", &S::holder, Presence::IfSet)
                              .field("whereabouts", &S::whereabouts)
                              .field("wiped", &S::wiped)
                              .field("dueBack", &S::dueBack, Presence::IfSet)
                              .field("overdue", &S::overdue)
                              .field("note", &S::note)
                              .field("registeredAt", &S::registeredAt, Presence::IfSet)
                              .field("updatedAt", &S::updatedAt, Presence::IfSet);
    return c;
}

const Codec<MediumInput>& mediumInputCodec()
{
    using S = MediumInput;
    static const auto c = Codec<S>()
                              .field("serial", &S::serial)
                              .field("type", &S::type)
                              .field("model", &S::model)
                              .field("capacity", &S::capacity)
                              .field("level", &S::level)
                              .field("custodianId", &S::custodianId)
                              .field("locationId", &S::locationId)
                              .field("note", &S::note);
    return c;
}

const Codec<MediumEvent>& eventCodec()
{
    using S = MediumEvent;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("mediumId", &S::mediumId)
                              .field("kind", &S::kind)
                              .field("at", &S::at, Presence::IfSet)
                              .field("stateBefore", &S::stateBefore)
                              .field("stateAfter", &S::stateAfter)
                              .field("operator", &S::operatorPerson)
                              .field("counterSigner", &S::counterSigner, Presence::IfSet)
                              .field("holder", &S::holder, Presence::IfSet)
                              .field("secondPerson", &S::secondPerson, Presence::IfSet)
                              .field("verifier", &S::verifier, Presence::IfSet)
                              .field("witness1", &S::witness1, Presence::IfSet)
                              .field("witness2", &S::witness2, Presence::IfSet)
                              .field("requestId", &S::requestId, Presence::IfPositive)
                              .field("relatedSerial", &S::relatedSerial, Presence::IfSet)
                              .field("method", &S::method)
                              .field("tool", &S::tool)
                              .field("place", &S::place)
                              .field("detail", &S::detail)
                              .field("auditSeq", &S::auditSeq);
    return c;
}

const Codec<MediumEventInput>& eventInputCodec()
{
    using S = MediumEventInput;
    static const auto c = Codec<S>()
                              .field("kind", &S::kind)
                              .field("counterSignerId", &S::counterSignerId, Presence::IfPositive)
                              .field("holderId", &S::holderId, Presence::IfPositive)
                              .field("verifierId", &S::verifierId, Presence::IfPositive)
                              .field("witness1Id", &S::witness1Id, Presence::IfPositive)
                              .field("witness2Id", &S::witness2Id, Presence::IfPositive)
                              .field("requestId", &S::requestId, Presence::IfPositive)
                              .field("replacementId", &S::replacementId, Presence::IfPositive)
                              .field("method", &S::method, Presence::IfSet)
                              .field("tool", &S::tool, Presence::IfSet)
                              .field("place", &S::place, Presence::IfSet)
                              .field("note", &S::note, Presence::IfSet);
    return c;
}

const Codec<CarryRequest>& carryCodec()
{
    using S = CarryRequest;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("mediumId", &S::mediumId)
                              .field("serial", &S::serial)
                              .field("level", &S::level)
                              .field("levelName", &S::levelName)
                              .field("twoPersonRequired", &S::twoPersonRequired)
                              .field("state", &S::state)
                              .field("purpose", &S::purpose)
                              .field("destination", &S::destination)
                              .field("carrier", &S::carrier)
                              .field("secondPerson", &S::secondPerson, Presence::IfSet)
                              .field("expectedReturn", &S::expectedReturn)
                              .field("requestedBy", &S::requestedBy)
                              .field("requestedAt", &S::requestedAt, Presence::IfSet)
                              .field("decidedBy", &S::decidedBy, Presence::IfSet)
                              .field("decidedAt", &S::decidedAt, Presence::IfSet)
                              .field("decisionNote", &S::decisionNote);
    return c;
}

const Codec<CarryRequestInput>& carryInputCodec()
{
    using S = CarryRequestInput;
    static const auto c = Codec<S>()
                              .field("purpose", &S::purpose)
                              .field("destination", &S::destination)
                              .field("carrierId", &S::carrierId)
                              .field("secondPersonId", &S::secondPersonId, Presence::IfPositive)
                              .field("expectedReturn", &S::expectedReturn);
    return c;
}

const Codec<MediumDetail>& detailCodec()
{
    using S = MediumDetail;
    static const auto c = Codec<S>()
                              .field("medium", &S::medium)
                              .field("events", &S::events)
                              .field("carryRequests", &S::carryRequests);
    return c;
}

const Codec<MediumStep>& stepCodec()
{
    using S = MediumStep;
    static const auto c = Codec<S>().field("medium", &S::medium).field("event", &S::event);
    return c;
}

} // namespace

QJsonObject MediaPerson::toJson() const
{
    return personCodec().write(*this);
}
MediaPerson MediaPerson::fromJson(const QJsonObject& o)
{
    return personCodec().read(o);
}

QJsonObject MediaLevel::toJson() const
{
    return levelCodec().write(*this);
}
MediaLevel MediaLevel::fromJson(const QJsonObject& o)
{
    return levelCodec().read(o);
}

QJsonObject MediaLocation::toJson() const
{
    return locationCodec().write(*this);
}
MediaLocation MediaLocation::fromJson(const QJsonObject& o)
{
    return locationCodec().read(o);
}

QJsonObject Medium::toJson() const
{
    return mediumCodec().write(*this);
}
Medium Medium::fromJson(const QJsonObject& o)
{
    return mediumCodec().read(o);
}

QJsonObject MediumInput::toJson() const
{
    return mediumInputCodec().write(*this);
}
MediumInput MediumInput::fromJson(const QJsonObject& o)
{
    return mediumInputCodec().read(o);
}

QJsonObject MediumEvent::toJson() const
{
    return eventCodec().write(*this);
}
MediumEvent MediumEvent::fromJson(const QJsonObject& o)
{
    return eventCodec().read(o);
}

QJsonObject MediumEventInput::toJson() const
{
    return eventInputCodec().write(*this);
}
MediumEventInput MediumEventInput::fromJson(const QJsonObject& o)
{
    return eventInputCodec().read(o);
}

QJsonObject CarryRequest::toJson() const
{
    return carryCodec().write(*this);
}
CarryRequest CarryRequest::fromJson(const QJsonObject& o)
{
    return carryCodec().read(o);
}

QJsonObject CarryRequestInput::toJson() const
{
    return carryInputCodec().write(*this);
}
CarryRequestInput CarryRequestInput::fromJson(const QJsonObject& o)
{
    return carryInputCodec().read(o);
}

QJsonObject MediumDetail::toJson() const
{
    return detailCodec().write(*this);
}
MediumDetail MediumDetail::fromJson(const QJsonObject& o)
{
    return detailCodec().read(o);
}

QJsonObject MediumStep::toJson() const
{
    return stepCodec().write(*this);
}
MediumStep MediumStep::fromJson(const QJsonObject& o)
{
    return stepCodec().read(o);
}

} // namespace cp::protocol
