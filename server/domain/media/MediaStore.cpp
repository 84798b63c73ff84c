#include "domain/media/MediaStore.h"

#include "domain/DomainError.h"
#include "store/Database.h"

namespace cp::server {

using protocol::ErrorCode;

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// The person whose account id is in idColumn and name in nameColumn; none when the id is NULL.
protocol::MediaPerson personAt(const sql::Rows& q, const char* idColumn, const char* nameColumn)
{
    protocol::MediaPerson p;
    if (q.isNull(idColumn))
        return p;
    p.id = q.integer(idColumn);
    p.name = q.text(nameColumn);
    return p;
}

/// "(SELECT full_name FROM accounts WHERE id = e.operator_id) AS operator_name"

} // namespace

// --- the columns each row reader reads -----------------------------------------------

const sql::Columns& MediaStore::levelColumns()
{
    static const sql::Columns columns(QStringLiteral("v"),
                                      {QStringLiteral("code"), QStringLiteral("name_zh"),
                                       QStringLiteral("level_rank"), QStringLiteral("two_person_carry")});
    return columns;
}

protocol::MediaLevel MediaStore::readLevel(const sql::Rows& q)
{
    return {q.text("code"), q.text("name_zh"), q.number("level_rank"), q.number("two_person_carry") == 1};
}

const sql::Columns& MediaStore::locationColumns()
{
    static const sql::Columns columns(QStringLiteral("loc"),
                                      {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                                       QStringLiteral("description"), QStringLiteral("active")});
    return columns;
}

protocol::MediaLocation MediaStore::readLocation(const sql::Rows& q)
{
    protocol::MediaLocation l;
    l.id = q.integer("id");
    l.code = q.text("code");
    l.name = q.text("name");
    l.description = q.text("description");
    l.active = q.number("active") == 1;
    l.mediaCount = q.number("media_count");
    return l;
}

const sql::Columns& MediaStore::personColumns()
{
    static const sql::Columns columns(
        QStringLiteral("a"), {QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("unit"),
                              QStringLiteral("position"), QStringLiteral("status")});
    return columns;
}

protocol::MediaPerson MediaStore::readPerson(const sql::Rows& q)
{
    return {q.integer("id"), q.text("full_name"), q.text("unit"), q.text("position")};
}

const sql::Columns& MediaStore::mediumColumns()
{
    static const sql::Columns columns(
        QStringLiteral("m"),
        {QStringLiteral("id"), QStringLiteral("serial"), QStringLiteral("type"), QStringLiteral("model"),
         QStringLiteral("capacity"), QStringLiteral("level_code"), QStringLiteral("custodian_id"),
         QStringLiteral("location_id"), QStringLiteral("state"), QStringLiteral("holder_id"),
         QStringLiteral("whereabouts"), QStringLiteral("wiped_event_id"), QStringLiteral("note"),
         QStringLiteral("registered_at"), QStringLiteral("updated_at"), QStringLiteral("due_back")});
    return columns;
}

QString MediaStore::mediumSelect()
{
    return QStringLiteral("SELECT %1, l.name_zh AS level_name, c.full_name AS custodian_name, loc.name AS "
                          "location_name, "
                          "h.full_name AS holder_name "
                          "FROM media m JOIN media_levels l ON l.code = m.level_code "
                          "JOIN accounts c ON c.id = m.custodian_id "
                          "JOIN media_locations loc ON loc.id = m.location_id LEFT JOIN accounts h ON h.id = "
                          "m.holder_id ")
        .arg(mediumColumns().list());
}

MediumRow MediaStore::readMedium(const sql::Rows& q)
{
    MediumRow row;
    auto& m = row.medium;
    m.id = q.integer("id");
    m.serial = q.text("serial");
    m.type = q.text("type");
    m.model = q.text("model");
    m.capacity = q.text("capacity");
    m.level = q.text("level_code");
    m.levelName = q.text("level_name");
    m.custodian = personAt(q, "custodian_id", "custodian_name");
    m.locationId = q.integer("location_id");
    m.locationName = q.text("location_name");
    m.state = q.text("state");
    m.holder = personAt(q, "holder_id", "holder_name");
    m.whereabouts = q.text("whereabouts");
    row.wipedEventId = q.integer("wiped_event_id");
    m.wiped = row.wipedEventId > 0;
    m.note = q.text("note");
    m.registeredAt = q.time("registered_at");
    m.updatedAt = q.time("updated_at");
    m.dueBack = q.date("due_back");
    return row;
}

const sql::Columns& MediaStore::eventColumns()
{
    static const sql::Columns columns(
        QStringLiteral("e"),
        {QStringLiteral("id"), QStringLiteral("medium_id"), QStringLiteral("kind"), QStringLiteral("at"),
         QStringLiteral("state_before"), QStringLiteral("state_after"), QStringLiteral("operator_id"),
         QStringLiteral("counter_signer_id"), QStringLiteral("holder_id"), QStringLiteral("second_person_id"),
         QStringLiteral("verifier_id"), QStringLiteral("witness1_id"), QStringLiteral("witness2_id"),
         QStringLiteral("request_id"), QStringLiteral("method"), QStringLiteral("tool"),
         QStringLiteral("place"), QStringLiteral("detail"), QStringLiteral("audit_seq")});
    return columns;
}

QString MediaStore::eventSelect()
{
    return QStringList{
               QStringLiteral("SELECT ") + eventColumns().list(),
               sql::accountName("e.operator_id", "operator_name"),
               sql::accountName("e.counter_signer_id", "counter_signer_name"),
               sql::accountName("e.holder_id", "holder_name"),
               sql::accountName("e.second_person_id", "second_person_name"),
               sql::accountName("e.verifier_id", "verifier_name"),
               sql::accountName("e.witness1_id", "witness1_name"),
               sql::accountName("e.witness2_id", "witness2_name"),
               QStringLiteral("(SELECT serial FROM media WHERE id = e.related_medium_id) AS related_serial")}
               .join(QStringLiteral(", ")) +
           QStringLiteral(" FROM media_events e ");
}

protocol::MediumEvent MediaStore::readEvent(const sql::Rows& q)
{
    protocol::MediumEvent e;
    e.id = q.integer("id");
    e.mediumId = q.integer("medium_id");
    e.kind = q.text("kind");
    e.at = q.time("at");
    e.stateBefore = q.text("state_before");
    e.stateAfter = q.text("state_after");
    e.operatorPerson = personAt(q, "operator_id", "operator_name");
    e.counterSigner = personAt(q, "counter_signer_id", "counter_signer_name");
    e.holder = personAt(q, "holder_id", "holder_name");
    e.secondPerson = personAt(q, "second_person_id", "second_person_name");
    e.verifier = personAt(q, "verifier_id", "verifier_name");
    e.witness1 = personAt(q, "witness1_id", "witness1_name");
    e.witness2 = personAt(q, "witness2_id", "witness2_name");
    e.requestId = q.integer("request_id");
    e.relatedSerial = q.text("related_serial");
    e.method = q.text("method");
    e.tool = q.text("tool");
    e.place = q.text("place");
    e.detail = q.text("detail");
    e.auditSeq = q.integer("audit_seq");
    return e;
}

const sql::Columns& MediaStore::requestColumns()
{
    static const sql::Columns columns(
        QStringLiteral("r"),
        {QStringLiteral("id"), QStringLiteral("medium_id"), QStringLiteral("state"),
         QStringLiteral("purpose"), QStringLiteral("destination"), QStringLiteral("carrier_id"),
         QStringLiteral("second_person_id"), QStringLiteral("expected_return"),
         QStringLiteral("requested_by"), QStringLiteral("requested_at"), QStringLiteral("decided_by"),
         QStringLiteral("decided_at"), QStringLiteral("decision_note")});
    return columns;
}

QString MediaStore::requestSelect()
{
    return QStringList{QStringLiteral("SELECT ") + requestColumns().list(),
                       QStringLiteral("m.serial, m.level_code, l.name_zh AS level_name, l.two_person_carry"),
                       sql::accountName("r.carrier_id", "carrier_name"),
                       sql::accountName("r.second_person_id", "second_person_name"),
                       sql::accountName("r.requested_by", "requested_by_name"),
                       sql::accountName("r.decided_by", "decided_by_name")}
               .join(QStringLiteral(", ")) +
           QStringLiteral(" FROM media_carry_requests r JOIN media m ON m.id = r.medium_id "
                          "JOIN media_levels l ON l.code = m.level_code ");
}

protocol::CarryRequest MediaStore::readRequest(const sql::Rows& q)
{
    protocol::CarryRequest r;
    r.id = q.integer("id");
    r.mediumId = q.integer("medium_id");
    r.serial = q.text("serial");
    r.level = q.text("level_code");
    r.levelName = q.text("level_name");
    r.twoPersonRequired = q.number("two_person_carry") == 1;
    r.state = q.text("state");
    r.purpose = q.text("purpose");
    r.destination = q.text("destination");
    r.carrier = personAt(q, "carrier_id", "carrier_name");
    r.secondPerson = personAt(q, "second_person_id", "second_person_name");
    r.expectedReturn = q.date("expected_return");
    r.requestedBy = personAt(q, "requested_by", "requested_by_name");
    r.requestedAt = q.time("requested_at");
    r.decidedBy = personAt(q, "decided_by", "decided_by_name");
    r.decidedAt = q.time("decided_at");
    r.decisionNote = q.text("decision_note");
    return r;
}

// --- levels and locations -----------------------------------------------------------

QList<protocol::MediaLevel> MediaStore::levels()
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT %1 FROM media_levels v ORDER BY v.level_rank").arg(levelColumns().list()));
    QList<protocol::MediaLevel> out;
    while (q.next())
        out.append(readLevel(q));
    return out;
}

std::optional<protocol::MediaLevel> MediaStore::level(const QString& code)
{
    for (const auto& l : levels())
        if (l.code == code)
            return l;
    return std::nullopt;
}

QList<protocol::MediaLocation> MediaStore::locations()
{
    auto q =
        sql::select(m_db, QStringLiteral("SELECT %1, (SELECT count(*) FROM media WHERE location_id = loc.id "
                                         "AND state <> 'destroyed') AS media_count "
                                         "FROM media_locations loc ORDER BY loc.code")
                              .arg(locationColumns().list()));
    QList<protocol::MediaLocation> out;
    while (q.next())
        out.append(readLocation(q));
    for (auto& l : out) {
        auto lv = sql::select(
            m_db,
            QStringLiteral("SELECT ll.level_code FROM media_location_levels ll JOIN media_levels v ON "
                           "v.code = ll.level_code WHERE ll.location_id = ? ORDER BY v.level_rank"),
            {l.id});
        while (lv.next())
            l.levels << lv.text("level_code");
    }
    return out;
}

std::optional<protocol::MediaLocation> MediaStore::location(qint64 id)
{
    for (const auto& l : locations())
        if (l.id == id)
            return l;
    return std::nullopt;
}

bool MediaStore::locationCodeTaken(const QString& code, qint64 exceptId)
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT count(*) AS n FROM media_locations WHERE code = ? AND id <> ?"),
        {code, exceptId});
    q.next();
    return q.number("n") > 0;
}

qint64 MediaStore::insertLocation(const protocol::MediaLocation& l, const QDateTime& at)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO media_locations (code, name, description, active, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {l.code, l.name, l.description, l.active ? 1 : 0, sql::time(at)});
    const qint64 id = q.lastInsertId().toLongLong();
    for (const QString& level : l.levels)
        sql::run(m_db,
                 QStringLiteral("INSERT INTO media_location_levels (location_id, level_code) VALUES (?, ?)"),
                 {id, level});
    return id;
}

void MediaStore::updateLocation(const protocol::MediaLocation& l)
{
    sql::run(m_db,
             QStringLiteral("UPDATE media_locations SET name = ?, description = ?, active = ? WHERE id = ?"),
             {l.name, l.description, l.active ? 1 : 0, l.id});
    sql::run(m_db, QStringLiteral("DELETE FROM media_location_levels WHERE location_id = ?"), {l.id});
    for (const QString& level : l.levels)
        sql::run(m_db,
                 QStringLiteral("INSERT INTO media_location_levels (location_id, level_code) VALUES (?, ?)"),
                 {l.id, level});
}

QStringList MediaStore::mediaOutsideLevels(qint64 locationId, const QStringList& levels)
{
    auto q =
        sql::select(m_db,
                    QStringLiteral("SELECT serial, level_code FROM media WHERE location_id = ? AND state <> "
                                   "'destroyed' ORDER BY serial"),
                    {locationId});
    QStringList out;
    while (q.next())
        if (!levels.contains(q.text("level_code")))
            out << q.text("serial");
    return out;
}

// --- people ----------------------------------------------------------------------

std::optional<MediaAccount> MediaStore::account(qint64 id)
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT %1 FROM accounts a WHERE a.id = ?").arg(personColumns().list()), {id});
    if (!q.next())
        return std::nullopt;
    return MediaAccount{readPerson(q), q.text("status")};
}

QList<protocol::MediaPerson> MediaStore::activePeople()
{
    auto q = sql::select(m_db, QStringLiteral("SELECT %1 FROM accounts a WHERE a.status = 'active' "
                                              "ORDER BY a.full_name, a.id")
                                   .arg(personColumns().list()));
    QList<protocol::MediaPerson> out;
    while (q.next())
        out.append(readPerson(q));
    return out;
}

// --- media -----------------------------------------------------------------------

std::optional<MediumRow> MediaStore::findMedium(qint64 id)
{
    auto q = sql::select(m_db, mediumSelect() + QStringLiteral("WHERE m.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readMedium(q);
}

std::optional<qint64> MediaStore::mediumIdBySerial(const QString& serial)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT id FROM media WHERE serial = ?"), {serial});
    if (!q.next())
        return std::nullopt;
    return q.integer("id");
}

QList<protocol::Medium> MediaStore::media(const MediaFilter& f)
{
    // Every condition is bound; an unused one is switched off by its own flag.
    auto q = sql::select(
        m_db,
        mediumSelect() +
            QStringLiteral("WHERE (? = 'all' OR (? = '' AND m.state <> 'destroyed') OR m.state = ?) "
                           "AND (? = '' OR m.level_code = ?) AND (? = 0 OR m.custodian_id = ?) "
                           "AND (? = 0 OR m.location_id = ?) ORDER BY m.serial"),
        {f.state, f.state, f.state, f.level, f.level, f.custodianId, f.custodianId, f.locationId,
         f.locationId});
    QList<protocol::Medium> out;
    while (q.next())
        out.append(readMedium(q).medium);
    return out;
}

qint64 MediaStore::insertMedium(const protocol::MediumInput& in, qint64 by, const QDateTime& at)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO media (serial, type, model, capacity, level_code, custodian_id, "
                                "location_id, state, note, registered_by, registered_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, 'in_store', ?, ?, ?, ?)"),
                 {in.serial, in.type, in.model, in.capacity, in.level, in.custodianId, in.locationId, in.note,
                  by, sql::time(at), sql::time(at)});
    return q.lastInsertId().toLongLong();
}

void MediaStore::updateMedium(qint64 id, const protocol::MediumInput& in, const QDateTime& at)
{
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE media SET type = ?, model = ?, capacity = ?, level_code = ?, custodian_id = ?, "
                 "location_id = ?, note = ?, updated_at = ? WHERE id = ?"),
             {in.type, in.model, in.capacity, in.level, in.custodianId, in.locationId, in.note, sql::time(at),
              id});
}

void MediaStore::transition(qint64 id, const QString& from, const QString& to, qint64 holderId,
                            const QString& whereabouts, const QDateTime& at)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("UPDATE media SET state = ?, holder_id = ?, whereabouts = ?, updated_at = ? "
                                "WHERE id = ? AND state = ?"),
                 {to, idOrNull(holderId), whereabouts, sql::time(at), id, from});
    if (q.numRowsAffected() != 1)
        throw DomainError(ErrorCode::Conflict, QStringLiteral("介质状态已被他人改变，请刷新后重试。"),
                          {{QStringLiteral("reason"), QStringLiteral("STATE_CHANGED")}});
}

void MediaStore::setDueBack(qint64 id, const QDate& dueBack)
{
    sql::run(m_db, QStringLiteral("UPDATE media SET due_back = ? WHERE id = ?"), {sql::date(dueBack), id});
}

void MediaStore::setWipedEvent(qint64 id, qint64 eventId)
{
    sql::run(m_db, QStringLiteral("UPDATE media SET wiped_event_id = ? WHERE id = ?"),
             {idOrNull(eventId), id});
}

// --- chain of custody -------------------------------------------------------------

qint64 MediaStore::insertEvent(const NewMediumEvent& e)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral(
                     "INSERT INTO media_events (medium_id, kind, at, state_before, state_after, operator_id, "
                     "counter_signer_id, holder_id, second_person_id, verifier_id, witness1_id, witness2_id, "
                     "request_id, related_medium_id, method, tool, place, detail, workstation, audit_seq) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {e.mediumId,
                  e.kind,
                  sql::time(e.at),
                  e.stateBefore,
                  e.stateAfter,
                  e.operatorId,
                  idOrNull(e.counterSignerId),
                  idOrNull(e.holderId),
                  idOrNull(e.secondPersonId),
                  idOrNull(e.verifierId),
                  idOrNull(e.witness1Id),
                  idOrNull(e.witness2Id),
                  idOrNull(e.requestId),
                  idOrNull(e.relatedMediumId),
                  e.method,
                  e.tool,
                  e.place,
                  e.detail,
                  e.workstation,
                  e.auditSeq});
    return q.lastInsertId().toLongLong();
}

QList<protocol::MediumEvent> MediaStore::events(qint64 mediumId)
{
    auto q =
        sql::select(m_db, eventSelect() + QStringLiteral("WHERE e.medium_id = ? ORDER BY e.id"), {mediumId});
    QList<protocol::MediumEvent> out;
    while (q.next())
        out.append(readEvent(q));
    return out;
}

protocol::MediumEvent MediaStore::event(qint64 eventId)
{
    auto q = sql::select(m_db, eventSelect() + QStringLiteral("WHERE e.id = ?"), {eventId});
    if (!q.next())
        throw DomainError(ErrorCode::NotFound);
    return readEvent(q);
}

// --- carry-out applications --------------------------------------------------------

qint64 MediaStore::insertCarryRequest(qint64 mediumId, const protocol::CarryRequestInput& in, qint64 by,
                                      const QDateTime& at)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO media_carry_requests (medium_id, state, purpose, destination, "
                                "carrier_id, second_person_id, expected_return, requested_by, requested_at) "
                                "VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?)"),
                 {mediumId, in.purpose, in.destination, in.carrierId, idOrNull(in.secondPersonId),
                  sql::date(in.expectedReturn), by, sql::time(at)});
    return q.lastInsertId().toLongLong();
}

std::optional<protocol::CarryRequest> MediaStore::carryRequest(qint64 id)
{
    auto q = sql::select(m_db, requestSelect() + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readRequest(q);
}

QList<protocol::CarryRequest> MediaStore::carryRequests(const QString& state, qint64 mediumId)
{
    auto q = sql::select(m_db,
                         requestSelect() +
                             QStringLiteral("WHERE (? = 'all' OR r.state = ?) AND (? = 0 OR r.medium_id = ?) "
                                            "ORDER BY r.id DESC"),
                         {state, state, mediumId, mediumId});
    QList<protocol::CarryRequest> out;
    while (q.next())
        out.append(readRequest(q));
    return out;
}

std::optional<qint64> MediaStore::openCarryRequest(qint64 mediumId)
{
    auto q =
        sql::select(m_db,
                    QStringLiteral("SELECT id FROM media_carry_requests WHERE medium_id = ? AND state IN "
                                   "('pending', 'approved') ORDER BY id DESC"),
                    {mediumId});
    if (!q.next())
        return std::nullopt;
    return q.integer("id");
}

void MediaStore::decideCarryRequest(qint64 id, const QString& to, qint64 by, const QDateTime& at,
                                    const QString& note)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("UPDATE media_carry_requests SET state = ?, decided_by = ?, decided_at = ?, "
                                "decision_note = ? WHERE id = ? AND state = 'pending'"),
                 {to, by, sql::time(at), note, id});
    if (q.numRowsAffected() != 1)
        throw DomainError(ErrorCode::Conflict, QStringLiteral("该申请已被他人处理，请刷新后重试。"),
                          {{QStringLiteral("reason"), QStringLiteral("STATE_CHANGED")}});
}

void MediaStore::markCarryRequestUsed(qint64 id)
{
    sql::run(
        m_db,
        QStringLiteral("UPDATE media_carry_requests SET state = 'used' WHERE id = ? AND state = 'approved'"),
        {id});
}

} // namespace cp::server
