#include "MediaProtocol.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace cp::protocol {
using namespace json;

namespace {

void insertPerson(QJsonObject& o, const QString& key, const MediaPerson& p)
{
    if (p.isSet())
        o.insert(key, p.toJson());
}
MediaPerson person(const QJsonObject& o, const char* key)
{
    return MediaPerson::fromJson(o.value(QLatin1String(key)).toObject());
}
void insertId(QJsonObject& o, const QString& key, qint64 id)
{
    if (id > 0)
        o.insert(key, id);
}

} // namespace

QJsonObject MediaPerson::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    if (!position.isEmpty())
        o.insert(QStringLiteral("position"), position);
    return o;
}

MediaPerson MediaPerson::fromJson(const QJsonObject& o)
{
    return {integer(o, "id"), str(o, "name"), str(o, "unit"), str(o, "position")};
}

QJsonObject MediaLevel::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("rank"), rank},
            {QStringLiteral("twoPersonCarry"), twoPersonCarry}};
}

MediaLevel MediaLevel::fromJson(const QJsonObject& o)
{
    return {str(o, "code"), str(o, "name"), o.value(QStringLiteral("rank")).toInt(),
            o.value(QStringLiteral("twoPersonCarry")).toBool()};
}

QJsonObject MediaLocation::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("active"), active},
            {QStringLiteral("levels"), QJsonArray::fromStringList(levels)},
            {QStringLiteral("mediaCount"), mediaCount}};
}

MediaLocation MediaLocation::fromJson(const QJsonObject& o)
{
    MediaLocation l;
    l.id = integer(o, "id");
    l.code = str(o, "code");
    l.name = str(o, "name");
    l.description = str(o, "description");
    l.active = o.value(QStringLiteral("active")).toBool(true);
    for (const auto& v : o.value(QStringLiteral("levels")).toArray())
        l.levels << v.toString();
    l.mediaCount = o.value(QStringLiteral("mediaCount")).toInt();
    return l;
}

QJsonObject Medium::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("serial"), serial},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("model"), model},
                  {QStringLiteral("capacity"), capacity},
                  {QStringLiteral("level"), level},
                  {QStringLiteral("levelName"), levelName},
                  {QStringLiteral("custodian"), custodian.toJson()},
                  {QStringLiteral("locationId"), locationId},
                  {QStringLiteral("locationName"), locationName},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("whereabouts"), whereabouts},
                  {QStringLiteral("wiped"), wiped},
                  {QStringLiteral("note"), note}};
    insertPerson(o, QStringLiteral("holder"), holder);
    if (dueBack.isValid())
        o.insert(QStringLiteral("dueBack"), toWireDate(dueBack));
    o.insert(QStringLiteral("overdue"), overdue);
    insertIfSet(o, QStringLiteral("registeredAt"), registeredAt);
    insertIfSet(o, QStringLiteral("updatedAt"), updatedAt);
    return o;
}

Medium Medium::fromJson(const QJsonObject& o)
{
    Medium m;
    m.id = integer(o, "id");
    m.serial = str(o, "serial");
    m.type = str(o, "type");
    m.model = str(o, "model");
    m.capacity = str(o, "capacity");
    m.level = str(o, "level");
    m.levelName = str(o, "levelName");
    m.custodian = person(o, "custodian");
    m.locationId = integer(o, "locationId");
    m.locationName = str(o, "locationName");
    m.state = str(o, "state");
    m.holder = person(o, "holder");
    m.whereabouts = str(o, "whereabouts");
    m.wiped = o.value(QStringLiteral("wiped")).toBool();
    m.dueBack = fromWireDate(str(o, "dueBack"));
    m.overdue = o.value(QStringLiteral("overdue")).toBool();
    m.note = str(o, "note");
    m.registeredAt = time(o, "registeredAt");
    m.updatedAt = time(o, "updatedAt");
    return m;
}

QJsonObject MediumInput::toJson() const
{
    return {{QStringLiteral("serial"), serial},         {QStringLiteral("type"), type},
            {QStringLiteral("model"), model},           {QStringLiteral("capacity"), capacity},
            {QStringLiteral("level"), level},           {QStringLiteral("custodianId"), custodianId},
            {QStringLiteral("locationId"), locationId}, {QStringLiteral("note"), note}};
}

MediumInput MediumInput::fromJson(const QJsonObject& o)
{
    MediumInput in;
    in.serial = str(o, "serial");
    in.type = str(o, "type");
    in.model = str(o, "model");
    in.capacity = str(o, "capacity");
    in.level = str(o, "level");
    in.custodianId = integer(o, "custodianId");
    in.locationId = integer(o, "locationId");
    in.note = str(o, "note");
    return in;
}

QJsonObject MediumEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("mediumId"), mediumId},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("stateBefore"), stateBefore},
                  {QStringLiteral("stateAfter"), stateAfter},
                  {QStringLiteral("operator"), operatorPerson.toJson()},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("tool"), tool},
                  {QStringLiteral("place"), place},
                  {QStringLiteral("detail"), detail},
                  {QStringLiteral("auditSeq"), auditSeq}};
    insertIfSet(o, QStringLiteral("at"), at);
    insertPerson(o, QStringLiteral("counterSigner"), counterSigner);
    insertPerson(o, QStringLiteral("holder"), holder);
    insertPerson(o, QStringLiteral("secondPerson"), secondPerson);
    insertPerson(o, QStringLiteral("verifier"), verifier);
    insertPerson(o, QStringLiteral("witness1"), witness1);
    insertPerson(o, QStringLiteral("witness2"), witness2);
    insertId(o, QStringLiteral("requestId"), requestId);
    if (!relatedSerial.isEmpty())
        o.insert(QStringLiteral("relatedSerial"), relatedSerial);
    return o;
}

MediumEvent MediumEvent::fromJson(const QJsonObject& o)
{
    MediumEvent e;
    e.id = integer(o, "id");
    e.mediumId = integer(o, "mediumId");
    e.kind = str(o, "kind");
    e.at = time(o, "at");
    e.stateBefore = str(o, "stateBefore");
    e.stateAfter = str(o, "stateAfter");
    e.operatorPerson = person(o, "operator");
    e.counterSigner = person(o, "counterSigner");
    e.holder = person(o, "holder");
    e.secondPerson = person(o, "secondPerson");
    e.verifier = person(o, "verifier");
    e.witness1 = person(o, "witness1");
    e.witness2 = person(o, "witness2");
    e.requestId = integer(o, "requestId");
    e.relatedSerial = str(o, "relatedSerial");
    e.method = str(o, "method");
    e.tool = str(o, "tool");
    e.place = str(o, "place");
    e.detail = str(o, "detail");
    e.auditSeq = integer(o, "auditSeq");
    return e;
}

QJsonObject MediumEventInput::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind}};
    insertId(o, QStringLiteral("counterSignerId"), counterSignerId);
    insertId(o, QStringLiteral("holderId"), holderId);
    insertId(o, QStringLiteral("verifierId"), verifierId);
    insertId(o, QStringLiteral("witness1Id"), witness1Id);
    insertId(o, QStringLiteral("witness2Id"), witness2Id);
    insertId(o, QStringLiteral("requestId"), requestId);
    insertId(o, QStringLiteral("replacementId"), replacementId);
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("method"), method}, std::pair{QStringLiteral("tool"), tool},
          std::pair{QStringLiteral("place"), place}, std::pair{QStringLiteral("note"), note}})
        if (!value.isEmpty())
            o.insert(key, value);
    return o;
}

MediumEventInput MediumEventInput::fromJson(const QJsonObject& o)
{
    MediumEventInput in;
    in.kind = str(o, "kind");
    in.counterSignerId = integer(o, "counterSignerId");
    in.holderId = integer(o, "holderId");
    in.verifierId = integer(o, "verifierId");
    in.witness1Id = integer(o, "witness1Id");
    in.witness2Id = integer(o, "witness2Id");
    in.requestId = integer(o, "requestId");
    in.replacementId = integer(o, "replacementId");
    in.method = str(o, "method");
    in.tool = str(o, "tool");
    in.place = str(o, "place");
    in.note = str(o, "note");
    return in;
}

QJsonObject CarryRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("mediumId"), mediumId},
                  {QStringLiteral("serial"), serial},
                  {QStringLiteral("level"), level},
                  {QStringLiteral("levelName"), levelName},
                  {QStringLiteral("twoPersonRequired"), twoPersonRequired},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("destination"), destination},
                  {QStringLiteral("carrier"), carrier.toJson()},
                  {QStringLiteral("expectedReturn"), toWireDate(expectedReturn)},
                  {QStringLiteral("requestedBy"), requestedBy.toJson()},
                  {QStringLiteral("decisionNote"), decisionNote}};
    insertPerson(o, QStringLiteral("secondPerson"), secondPerson);
    insertIfSet(o, QStringLiteral("requestedAt"), requestedAt);
    insertPerson(o, QStringLiteral("decidedBy"), decidedBy);
    insertIfSet(o, QStringLiteral("decidedAt"), decidedAt);
    return o;
}

CarryRequest CarryRequest::fromJson(const QJsonObject& o)
{
    CarryRequest r;
    r.id = integer(o, "id");
    r.mediumId = integer(o, "mediumId");
    r.serial = str(o, "serial");
    r.level = str(o, "level");
    r.levelName = str(o, "levelName");
    r.twoPersonRequired = o.value(QStringLiteral("twoPersonRequired")).toBool();
    r.state = str(o, "state");
    r.purpose = str(o, "purpose");
    r.destination = str(o, "destination");
    r.carrier = person(o, "carrier");
    r.secondPerson = person(o, "secondPerson");
    r.expectedReturn = fromWireDate(str(o, "expectedReturn"));
    r.requestedBy = person(o, "requestedBy");
    r.requestedAt = time(o, "requestedAt");
    r.decidedBy = person(o, "decidedBy");
    r.decidedAt = time(o, "decidedAt");
    r.decisionNote = str(o, "decisionNote");
    return r;
}

QJsonObject CarryRequestInput::toJson() const
{
    QJsonObject o{{QStringLiteral("purpose"), purpose},
                  {QStringLiteral("destination"), destination},
                  {QStringLiteral("carrierId"), carrierId},
                  {QStringLiteral("expectedReturn"), toWireDate(expectedReturn)}};
    insertId(o, QStringLiteral("secondPersonId"), secondPersonId);
    return o;
}

CarryRequestInput CarryRequestInput::fromJson(const QJsonObject& o)
{
    CarryRequestInput in;
    in.purpose = str(o, "purpose");
    in.destination = str(o, "destination");
    in.carrierId = integer(o, "carrierId");
    in.secondPersonId = integer(o, "secondPersonId");
    in.expectedReturn = fromWireDate(str(o, "expectedReturn"));
    return in;
}

QJsonObject MediumDetail::toJson() const
{
    return {{QStringLiteral("medium"), medium.toJson()},
            {QStringLiteral("events"), toArray(events)},
            {QStringLiteral("carryRequests"), toArray(carryRequests)}};
}

MediumDetail MediumDetail::fromJson(const QJsonObject& o)
{
    return {Medium::fromJson(o.value(QStringLiteral("medium")).toObject()), listAt<MediumEvent>(o, "events"),
            listAt<CarryRequest>(o, "carryRequests")};
}

QJsonObject MediumStep::toJson() const
{
    return {{QStringLiteral("medium"), medium.toJson()}, {QStringLiteral("event"), event.toJson()}};
}

MediumStep MediumStep::fromJson(const QJsonObject& o)
{
    return {Medium::fromJson(o.value(QStringLiteral("medium")).toObject()),
            MediumEvent::fromJson(o.value(QStringLiteral("event")).toObject())};
}

} // namespace cp::protocol
