#include "domain/media/MediaStore.h"

#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "store/Database.h"

namespace cp::server {

using protocol::ErrorCode;

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

protocol::MediaPerson personAt(const QSqlQuery& q, int idColumn, int nameColumn)
{
    protocol::MediaPerson p;
    if (q.value(idColumn).isNull())
        return p;
    p.id = q.value(idColumn).toLongLong();
    p.name = q.value(nameColumn).toString();
    return p;
}

QString nameOf(const char* column)
{
    return QStringLiteral("(SELECT full_name FROM accounts WHERE id = %1)").arg(QLatin1String(column));
}

const QString kMediumSelect = QStringLiteral(
    "SELECT m.id, m.serial, m.type, m.model, m.capacity, m.level_code, l.name_zh, m.custodian_id, "
    "c.full_name, "
    "m.location_id, loc.name, m.state, m.holder_id, h.full_name, m.whereabouts, m.wiped_event_id, m.note, "
    "m.registered_at, m.updated_at, m.due_back "
    "FROM media m JOIN media_levels l ON l.code = m.level_code JOIN accounts c ON c.id = m.custodian_id "
    "JOIN media_locations loc ON loc.id = m.location_id LEFT JOIN accounts h ON h.id = m.holder_id ");

MediumRow readMedium(const QSqlQuery& q)
{
    MediumRow row;
    auto& m = row.medium;
    m.id = q.value(0).toLongLong();
    m.serial = q.value(1).toString();
    m.type = q.value(2).toString();
    m.model = q.value(3).toString();
    m.capacity = q.value(4).toString();
    m.level = q.value(5).toString();
    m.levelName = q.value(6).toString();
    m.custodian = personAt(q, 7, 8);
    m.locationId = q.value(9).toLongLong();
    m.locationName = q.value(10).toString();
    m.state = q.value(11).toString();
    m.holder = personAt(q, 12, 13);
    m.whereabouts = q.value(14).toString();
    row.wipedEventId = q.value(15).toLongLong();
    m.wiped = row.wipedEventId > 0;
    m.note = q.value(16).toString();
    m.registeredAt = sql::time(q.value(17));
    m.updatedAt = sql::time(q.value(18));
    m.dueBack = sql::date(q.value(19));
    return row;
}

const QString kEventSelect =
    QStringLiteral(
        "SELECT e.id, e.medium_id, e.kind, e.at, e.state_before, e.state_after, e.operator_id, %1, "
        "e.counter_signer_id, %2, e.holder_id, %3, e.second_person_id, %4, e.verifier_id, %5, "
        "e.witness1_id, %6, e.witness2_id, %7, e.request_id, "
        "(SELECT serial FROM media WHERE id = e.related_medium_id), e.method, e.tool, e.place, e.detail, "
        "e.audit_seq FROM media_events e ")
        .arg(nameOf("e.operator_id"), nameOf("e.counter_signer_id"), nameOf("e.holder_id"),
             nameOf("e.second_person_id"), nameOf("e.verifier_id"), nameOf("e.witness1_id"),
             nameOf("e.witness2_id"));

protocol::MediumEvent readEvent(const QSqlQuery& q)
{
    protocol::MediumEvent e;
    e.id = q.value(0).toLongLong();
    e.mediumId = q.value(1).toLongLong();
    e.kind = q.value(2).toString();
    e.at = sql::time(q.value(3));
    e.stateBefore = q.value(4).toString();
    e.stateAfter = q.value(5).toString();
    e.operatorPerson = personAt(q, 6, 7);
    e.counterSigner = personAt(q, 8, 9);
    e.holder = personAt(q, 10, 11);
    e.secondPerson = personAt(q, 12, 13);
    e.verifier = personAt(q, 14, 15);
    e.witness1 = personAt(q, 16, 17);
    e.witness2 = personAt(q, 18, 19);
    e.requestId = q.value(20).toLongLong();
    e.relatedSerial = q.value(21).toString();
    e.method = q.value(22).toString();
    e.tool = q.value(23).toString();
    e.place = q.value(24).toString();
    e.detail = q.value(25).toString();
    e.auditSeq = q.value(26).toLongLong();
    return e;
}

const QString kRequestSelect =
    QStringLiteral(
        "SELECT r.id, r.medium_id, m.serial, m.level_code, l.name_zh, l.two_person_carry, r.state, "
        "r.purpose, r.destination, r.carrier_id, %1, r.second_person_id, %2, r.expected_return, "
        "r.requested_by, %3, r.requested_at, r.decided_by, %4, r.decided_at, r.decision_note "
        "FROM media_carry_requests r JOIN media m ON m.id = r.medium_id "
        "JOIN media_levels l ON l.code = m.level_code ")
        .arg(nameOf("r.carrier_id"), nameOf("r.second_person_id"), nameOf("r.requested_by"),
             nameOf("r.decided_by"));

protocol::CarryRequest readRequest(const QSqlQuery& q)
{
    protocol::CarryRequest r;
    r.id = q.value(0).toLongLong();
    r.mediumId = q.value(1).toLongLong();
    r.serial = q.value(2).toString();
    r.level = q.value(3).toString();
    r.levelName = q.value(4).toString();
    r.twoPersonRequired = q.value(5).toInt() == 1;
    r.state = q.value(6).toString();
    r.purpose = q.value(7).toString();
    r.destination = q.value(8).toString();
    r.carrier = personAt(q, 9, 10);
    r.secondPerson = personAt(q, 11, 12);
    r.expectedReturn = sql::date(q.value(13));
    r.requestedBy = personAt(q, 14, 15);
    r.requestedAt = sql::time(q.value(16));
    r.decidedBy = personAt(q, 17, 18);
    r.decidedAt = sql::time(q.value(19));
    r.decisionNote = q.value(20).toString();
    return r;
}

} // namespace

// --- levels and locations -----------------------------------------------------------

QList<protocol::MediaLevel> MediaStore::levels()
{
    auto q =
        sql::run(m_db, QStringLiteral("SELECT code, name_zh, level_rank, two_person_carry FROM media_levels "
                                      "ORDER BY level_rank"));
    QList<protocol::MediaLevel> out;
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() == 1});
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
    auto q = sql::run(
        m_db, QStringLiteral("SELECT id, code, name, description, active, (SELECT count(*) FROM media "
                             "WHERE location_id = media_locations.id AND state <> 'destroyed') "
                             "FROM media_locations ORDER BY code"));
    QList<protocol::MediaLocation> out;
    while (q.next()) {
        protocol::MediaLocation l;
        l.id = q.value(0).toLongLong();
        l.code = q.value(1).toString();
        l.name = q.value(2).toString();
        l.description = q.value(3).toString();
        l.active = q.value(4).toInt() == 1;
        l.mediaCount = q.value(5).toInt();
        out.append(l);
    }
    for (auto& l : out) {
        auto lv = sql::run(
            m_db,
            QStringLiteral("SELECT ll.level_code FROM media_location_levels ll JOIN media_levels v ON "
                           "v.code = ll.level_code WHERE ll.location_id = ? ORDER BY v.level_rank"),
            {l.id});
        while (lv.next())
            l.levels << lv.value(0).toString();
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
    auto q = sql::run(m_db, QStringLiteral("SELECT count(*) FROM media_locations WHERE code = ? AND id <> ?"),
                      {code, exceptId});
    q.next();
    return q.value(0).toInt() > 0;
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
        sql::run(m_db,
                 QStringLiteral("SELECT serial, level_code FROM media WHERE location_id = ? AND state <> "
                                "'destroyed' ORDER BY serial"),
                 {locationId});
    QStringList out;
    while (q.next())
        if (!levels.contains(q.value(1).toString()))
            out << q.value(0).toString();
    return out;
}

// --- people ----------------------------------------------------------------------

std::optional<MediaAccount> MediaStore::account(qint64 id)
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT id, full_name, unit, position, status FROM accounts WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    return MediaAccount{
        {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()},
        q.value(4).toString()};
}

QList<protocol::MediaPerson> MediaStore::activePeople()
{
    auto q =
        sql::run(m_db, QStringLiteral("SELECT id, full_name, unit, position FROM accounts WHERE status = "
                                      "'active' ORDER BY full_name, id"));
    QList<protocol::MediaPerson> out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

// --- media -----------------------------------------------------------------------

std::optional<MediumRow> MediaStore::findMedium(qint64 id)
{
    auto q = sql::run(m_db, kMediumSelect + QStringLiteral("WHERE m.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readMedium(q);
}

std::optional<qint64> MediaStore::mediumIdBySerial(const QString& serial)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT id FROM media WHERE serial = ?"), {serial});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<protocol::Medium> MediaStore::media(const MediaFilter& f)
{
    // Every condition is bound; an unused one is switched off by its own flag.
    auto q =
        sql::run(m_db,
                 kMediumSelect +
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
    auto q = sql::run(m_db, kEventSelect + QStringLiteral("WHERE e.medium_id = ? ORDER BY e.id"), {mediumId});
    QList<protocol::MediumEvent> out;
    while (q.next())
        out.append(readEvent(q));
    return out;
}

protocol::MediumEvent MediaStore::event(qint64 eventId)
{
    auto q = sql::run(m_db, kEventSelect + QStringLiteral("WHERE e.id = ?"), {eventId});
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
    auto q = sql::run(m_db, kRequestSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readRequest(q);
}

QList<protocol::CarryRequest> MediaStore::carryRequests(const QString& state, qint64 mediumId)
{
    auto q = sql::run(m_db,
                      kRequestSelect +
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
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id FROM media_carry_requests WHERE medium_id = ? AND state IN "
                                     "('pending', 'approved') ORDER BY id DESC"),
                      {mediumId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
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
