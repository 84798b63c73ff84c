#include "domain/archives/ArchiveStore.h"

#include "FileNames.h"
#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "domain/archives/ArchiveRules.h"

namespace cp::server {

using namespace archives;
using protocol::ErrorCode;

namespace {

// Items with their volume, filer, source number, current loan and material count.
const sql::Columns& itemColumns()
{
    static const sql::Columns columns(
        QStringLiteral("a"),
        {QStringLiteral("id"), QStringLiteral("source_kind"), QStringLiteral("source_id"),
         QStringLiteral("title"), QStringLiteral("created_at"), QStringLiteral("status"),
         QStringLiteral("filed_at"), QStringLiteral("retention_until"), QStringLiteral("destroyed_at")});
    return columns;
}

const QString& itemSelect()
{
    static const QString select =
        QStringLiteral("SELECT ") + itemColumns().list() +
        QStringLiteral(
            ", v.number AS volume_number, v.room, v.cabinet, v.shelf, fb.full_name AS filed_by_name, "
            "d.number AS destruction_number, COALESCE(w.number, c.number, dl.number, '') AS source_number, "
            "(SELECT l.number FROM archive_loan_items li JOIN archive_loans l ON l.id = li.loan_id "
            " WHERE li.item_id = a.id AND l.state = 'checked_out') AS loan_number, "
            "CASE a.source_kind WHEN 'walkin' THEN (SELECT count(*) FROM application_materials m WHERE "
            "m.application_id = a.source_id) WHEN 'dispute' THEN (SELECT count(*) FROM dispute_materials m "
            "WHERE m.case_id = a.source_id) ELSE 0 END AS material_count "
            "FROM archive_items a LEFT JOIN archive_volumes v ON v.id = a.volume_id "
            "LEFT JOIN accounts fb ON fb.id = a.filed_by "
            "LEFT JOIN archive_destructions d ON d.id = a.destruction_id "
            "LEFT JOIN walkin_applications w ON a.source_kind = 'walkin' AND w.id = a.source_id "
            "LEFT JOIN dispute_cases c ON a.source_kind = 'dispute' AND c.id = a.source_id "
            "LEFT JOIN archive_destructions dl ON a.source_kind = 'destruction' AND dl.id = a.source_id ");
    return select;
}

ItemRow itemFrom(const sql::Rows& q, const QDate& today)
{
    ItemRow r;
    auto& i = r.item;
    i.id = q.integer("id");
    i.sourceKind = q.text("source_kind");
    r.sourceId = q.integer("source_id");
    i.title = q.text("title");
    i.createdAt = q.time("created_at");
    i.status = q.text("status");
    i.volumeNumber = q.text("volume_number");
    i.location = {q.text("room"), q.text("cabinet"), q.text("shelf")};
    i.filedAt = q.time("filed_at");
    i.filedByName = q.text("filed_by_name");
    i.retentionUntil = q.date("retention_until");
    i.destroyedAt = q.time("destroyed_at");
    i.destructionNumber = q.text("destruction_number");
    i.sourceNumber = q.text("source_number");
    i.loanNumber = q.text("loan_number");
    i.materialCount = q.number("material_count");
    i.permanent = i.status == kFiled && !i.retentionUntil.isValid();
    // Past retention: the day after retention end (filing date + years) has come.
    i.retentionExpired = i.status == kFiled && i.retentionUntil.isValid() && today > i.retentionUntil;
    return r;
}

const sql::Columns& destructionColumns()
{
    static const sql::Columns columns(
        QStringLiteral("d"),
        {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("state"), QStringLiteral("reason"),
         QStringLiteral("proposed_at"), QStringLiteral("checker_id"), QStringLiteral("checked_at"),
         QStringLiteral("counted"), QStringLiteral("check_note"), QStringLiteral("decided_at"),
         QStringLiteral("decision_note"), QStringLiteral("executed_at"), QStringLiteral("place"),
         QStringLiteral("method"), QStringLiteral("performers"), QStringLiteral("problems"),
         QStringLiteral("list_number"), QStringLiteral("proposed_by"), QStringLiteral("approver_id")});
    return columns;
}

const QString& destructionSelect()
{
    static const QString select =
        QStringLiteral("SELECT ") + destructionColumns().list() +
        QStringLiteral(", pb.full_name AS proposed_by_name, ck.full_name AS checker_name, "
                       "ap.full_name AS approver_name, ex.full_name AS executed_by_name "
                       "FROM archive_destructions d JOIN accounts pb ON pb.id = d.proposed_by "
                       "JOIN accounts ck ON ck.id = d.checker_id "
                       "LEFT JOIN accounts ap ON ap.id = d.approver_id "
                       "LEFT JOIN accounts ex ON ex.id = d.executed_by ");
    return select;
}

DestructionRow destructionFrom(const sql::Rows& q)
{
    DestructionRow r;
    auto& d = r.destruction;
    d.id = q.integer("id");
    d.number = q.text("number");
    d.state = q.text("state");
    d.reason = q.text("reason");
    d.proposedByName = q.text("proposed_by_name");
    d.proposedAt = q.time("proposed_at");
    d.checkerId = q.integer("checker_id");
    d.checkerName = q.text("checker_name");
    d.checkedAt = q.time("checked_at");
    d.counted = q.number("counted");
    d.checkNote = q.text("check_note");
    d.approverName = q.text("approver_name");
    d.decidedAt = q.time("decided_at");
    d.decisionNote = q.text("decision_note");
    d.executedByName = q.text("executed_by_name");
    d.executedAt = q.time("executed_at");
    d.place = q.text("place");
    d.method = q.text("method");
    d.performers = q.text("performers");
    d.problems = q.text("problems");
    d.listNumber = q.text("list_number");
    r.proposedBy = q.integer("proposed_by");
    r.approverId = q.integer("approver_id");
    return r;
}

QVariant optionalId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The material table of a source kind; literals chosen here, never user input.
std::optional<std::pair<QString, QString>> materialTable(const QString& kind)
{
    if (kind == QLatin1String("walkin"))
        return std::pair{QStringLiteral("application_materials"), QStringLiteral("application_id")};
    if (kind == QLatin1String("dispute"))
        return std::pair{QStringLiteral("dispute_materials"), QStringLiteral("case_id")};
    return std::nullopt;
}

} // namespace

QString ArchiveStore::nextNumber(const QString& table, const QString& prefix, const QDate& day)
{
    const QString stem = prefix + day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');
    // table is one of two literals chosen by the caller, never user input.
    return sql::nextDailyNumber(m_db, table, stem, 4);
}

// --- items -----------------------------------------------------------------------------

QList<protocol::ArchiveItem> ArchiveStore::items(const QString& filter, const QDate& today)
{
    QString where;
    if (filter == QLatin1String("all"))
        where = QStringLiteral("ORDER BY a.id DESC");
    else if (filter == kFiled || filter == kDestroyed)
        where = QStringLiteral("WHERE a.status = '%1' ORDER BY a.id DESC").arg(filter);
    else if (filter == QLatin1String("expired"))
        where = QStringLiteral(
            "WHERE a.status = 'filed' AND a.retention_until IS NOT NULL AND a.retention_until < ? "
            "AND NOT EXISTS (SELECT 1 FROM archive_loan_items li JOIN archive_loans l ON l.id = li.loan_id "
            "  WHERE li.item_id = a.id AND l.state IN ('requested', 'approved', 'checked_out')) "
            "AND NOT EXISTS (SELECT 1 FROM archive_destruction_items di JOIN archive_destructions d "
            "  ON d.id = di.destruction_id WHERE di.item_id = a.id AND d.state IN ('proposed', 'checked', "
            "'approved')) "
            "ORDER BY a.retention_until, a.id");
    else // the unfiled items, oldest first: the day's materials wait for the archivist
        where = QStringLiteral("WHERE a.status = 'unfiled' ORDER BY a.created_at, a.id");
    auto q = filter == QLatin1String("expired") ? sql::select(m_db, itemSelect() + where, {sql::date(today)})
                                                : sql::select(m_db, itemSelect() + where);
    QList<protocol::ArchiveItem> out;
    while (q.next())
        out.append(itemFrom(q, today).item);
    return out;
}

std::optional<ItemRow> ArchiveStore::findItem(qint64 id, const QDate& today)
{
    auto q = sql::select(m_db, itemSelect() + QStringLiteral("WHERE a.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return itemFrom(q, today);
}

ItemRow ArchiveStore::loadItem(qint64 id, const QDate& today)
{
    auto row = findItem(id, today);
    if (!row)
        throw DomainError(
            ErrorCode::NotFound, QStringLiteral("档案 %1 不存在。").arg(id),
            {{QStringLiteral("field"), QStringLiteral("itemId")}, {QStringLiteral("itemId"), id}});
    return *row;
}

QList<protocol::ArchiveMaterial> ArchiveStore::materials(const ItemRow& row)
{
    QList<protocol::ArchiveMaterial> out;
    const auto table = materialTable(row.item.sourceKind);
    if (!table)
        return out;
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at, erased_at "
                       "FROM %1 WHERE %2 = ? ORDER BY id")
            .arg(table->first, table->second),
        {row.sourceId});
    while (q.next())
        // Issue 11 finding 14: the name's extension is the checked content type's.
        out.append({q.integer("id"), q.text("kind"), safeFileName(q.text("file_name"), q.text("mime_type")),
                    q.text("mime_type"), q.integer("size_bytes"), q.text("sha256"), q.time("uploaded_at"),
                    q.time("erased_at")});
    return out;
}

std::optional<QByteArray> ArchiveStore::materialContent(const ItemRow& row, qint64 materialId,
                                                        protocol::ArchiveMaterial* info)
{
    for (const auto& m : materials(row)) {
        if (m.id != materialId)
            continue;
        if (info)
            *info = m;
        const auto table = materialTable(row.item.sourceKind);
        auto q = sql::select(m_db, QStringLiteral("SELECT content FROM %1 WHERE id = ?").arg(table->first),
                             {materialId});
        q.next();
        return q.bytes("content");
    }
    return std::nullopt;
}

int ArchiveStore::eraseMaterials(const ItemRow& row, const QDateTime& now)
{
    const auto table = materialTable(row.item.sourceKind);
    if (!table)
        return 0;
    auto q = sql::run(
        m_db,
        QStringLiteral("UPDATE %1 SET content = NULL, erased_at = ? WHERE %2 = ? AND erased_at IS NULL")
            .arg(table->first, table->second),
        {sql::time(now), row.sourceId});
    return q.numRowsAffected();
}

std::optional<int> ArchiveStore::retentionYears(const QString& sourceKind)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT years FROM archive_retention WHERE source_kind = ?"),
                         {sourceKind});
    if (!q.next())
        return 5; // seed 003 附件1.七(二): five years unless configured otherwise
    if (q.isNull("years"))
        return std::nullopt;
    return q.number("years");
}

QList<protocol::RetentionRule> ArchiveStore::retentionRules()
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT source_kind, years, note FROM archive_retention ORDER BY source_kind"));
    QList<protocol::RetentionRule> out;
    while (q.next())
        out.append({q.text("source_kind"), q.isNull("years") ? 0 : q.number("years"), q.text("note")});
    return out;
}

void ArchiveStore::setRetentionYears(const QString& sourceKind, int years)
{
    sql::run(m_db, QStringLiteral("UPDATE archive_retention SET years = ? WHERE source_kind = ?"),
             {years == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(years), sourceKind});
}

std::optional<QString> ArchiveStore::documentKind(const QString& number)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT kind FROM reports WHERE number = ?"), {number});
    if (!q.next())
        return std::nullopt;
    return q.text("kind");
}

qint64 ArchiveStore::volume(const QString& number, const protocol::ArchiveLocation& at, qint64 actorId,
                            const QDateTime& now)
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT id, room, cabinet, shelf FROM archive_volumes WHERE number = ?"),
        {number});
    if (q.next()) {
        const protocol::ArchiveLocation stored{q.text("room"), q.text("cabinet"), q.text("shelf")};
        if (stored.room != at.room || stored.cabinet != at.cabinet || stored.shelf != at.shelf)
            throw DomainError(ErrorCode::Conflict,
                              QStringLiteral("卷 %1 存放于 %2 室 %3 柜 %4 架，与填写的位置不符。")
                                  .arg(number, stored.room, stored.cabinet, stored.shelf),
                              {{QStringLiteral("field"), QStringLiteral("location")},
                               {QStringLiteral("reason"), QStringLiteral("VOLUME_ELSEWHERE")}});
        return q.integer("id");
    }
    auto ins = sql::run(
        m_db,
        QStringLiteral("INSERT INTO archive_volumes (number, room, cabinet, shelf, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {number, at.room, at.cabinet, at.shelf, actorId, sql::time(now)});
    return ins.lastInsertId().toLongLong();
}

void ArchiveStore::file(qint64 itemId, qint64 volumeId, qint64 actorId, const QDateTime& now,
                        const QDate& retentionUntil)
{
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE archive_items SET status = 'filed', volume_id = ?, filed_by = ?, filed_at = ?, "
                 "retention_until = ? WHERE id = ?"),
             {volumeId, actorId, sql::time(now), sql::date(retentionUntil), itemId});
}

qint64 ArchiveStore::createItem(const QString& sourceKind, qint64 sourceId, const QString& title,
                                const QDateTime& now)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO archive_items (source_kind, source_id, title, created_at) VALUES (?, ?, ?, ?)"),
        {sourceKind, sourceId, title, sql::time(now)});
    return q.lastInsertId().toLongLong();
}

void ArchiveStore::ensureItem(const QString& sourceKind, qint64 sourceId, const QString& title,
                              const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO archive_items (source_kind, source_id, title, created_at) SELECT ?, ?, ?, ? "
                 "WHERE NOT EXISTS (SELECT 1 FROM archive_items WHERE source_kind = ? AND source_id = ?)"),
             {sourceKind, sourceId, title, sql::time(now), sourceKind, sourceId});
}

std::optional<QString> ArchiveStore::itemStatusOf(const QString& sourceKind, qint64 sourceId)
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT status FROM archive_items WHERE source_kind = ? AND source_id = ?"),
        {sourceKind, sourceId});
    if (!q.next())
        return std::nullopt;
    return q.text("status");
}

void ArchiveStore::markDestroyed(qint64 itemId, qint64 destructionId, const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral("UPDATE archive_items SET status = 'destroyed', destruction_id = ?, destroyed_at "
                            "= ? WHERE id = ?"),
             {destructionId, sql::time(now), itemId});
}

std::optional<QString> ArchiveStore::openLoanFor(qint64 itemId)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT l.number FROM archive_loan_items li JOIN archive_loans l ON l.id = li.loan_id "
                       "WHERE li.item_id = ? AND l.state IN ('requested', 'approved', 'checked_out')"),
        {itemId});
    if (q.next())
        return q.text("number");
    return std::nullopt;
}

std::optional<QString> ArchiveStore::openDestructionFor(qint64 itemId)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT d.number FROM archive_destruction_items di JOIN archive_destructions d "
                       "ON d.id = di.destruction_id WHERE di.item_id = ? "
                       "AND d.state IN ('proposed', 'checked', 'approved')"),
        {itemId});
    if (q.next())
        return q.text("number");
    return std::nullopt;
}

// --- history ---------------------------------------------------------------------------

void ArchiveStore::event(const NewEvent& e, const QDateTime& now)
{
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO archive_events (item_id, loan_id, destruction_id, action, actor_id, person_id, "
                 "at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {optionalId(e.itemId), optionalId(e.loanId), optionalId(e.destructionId), e.action, e.actorId,
              optionalId(e.personId), sql::time(now), e.detail});
}

QList<protocol::ArchiveEvent> ArchiveStore::eventsWhere(const QString& where, const QVariantList& values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT e.at, e.action, ac.full_name AS actor_name, pe.full_name AS person_name, "
                       "e.item_id, i.title AS item_title, l.number AS loan_number, "
                       "d.number AS destruction_number, e.detail "
                       "FROM archive_events e JOIN accounts ac ON ac.id = e.actor_id "
                       "LEFT JOIN accounts pe ON pe.id = e.person_id "
                       "LEFT JOIN archive_items i ON i.id = e.item_id "
                       "LEFT JOIN archive_loans l ON l.id = e.loan_id "
                       "LEFT JOIN archive_destructions d ON d.id = e.destruction_id ") +
        where);
    for (const auto& v : values)
        query.addBindValue(v);
    if (!query.exec())
        throw DomainError(ErrorCode::Internal);
    sql::Rows q(std::move(query));
    QList<protocol::ArchiveEvent> out;
    while (q.next())
        out.append({q.time("at"), q.text("action"), q.text("actor_name"), q.text("person_name"),
                    q.integer("item_id"), q.text("item_title"), q.text("loan_number"),
                    q.text("destruction_number"), q.text("detail")});
    return out;
}

QList<protocol::ArchiveEvent> ArchiveStore::itemHistory(qint64 itemId)
{
    return eventsWhere(QStringLiteral("WHERE e.item_id = ? ORDER BY e.id"), {itemId});
}

QList<protocol::ArchiveEvent> ArchiveStore::personEvents(qint64 accountId)
{
    return eventsWhere(QStringLiteral("WHERE e.actor_id = ? OR e.person_id = ? ORDER BY e.id DESC LIMIT 500"),
                       {accountId, accountId});
}

// --- destructions ----------------------------------------------------------------------

std::optional<DestructionRow> ArchiveStore::findDestruction(qint64 id, const QDate& today)
{
    auto q = sql::select(m_db, destructionSelect() + QStringLiteral("WHERE d.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    DestructionRow r = destructionFrom(q);
    auto items =
        sql::select(m_db,
                    itemSelect() + QStringLiteral("JOIN archive_destruction_items di ON di.item_id = a.id "
                                                  "WHERE di.destruction_id = ? ORDER BY a.id"),
                    {id});
    while (items.next())
        r.destruction.items.append(itemFrom(items, today).item);
    return r;
}

DestructionRow ArchiveStore::loadDestruction(qint64 id, const QDate& today)
{
    auto row = findDestruction(id, today);
    if (!row)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("销毁清册 %1 不存在。").arg(id));
    return *row;
}

QList<protocol::Destruction> ArchiveStore::destructions(const QString& filter, const QDate& today)
{
    QString where;
    if (filter == QLatin1String("all"))
        where = QStringLiteral("ORDER BY d.id DESC");
    else if (filter.isEmpty() || filter == QLatin1String("open"))
        where = QStringLiteral("WHERE d.state IN ('proposed', 'checked', 'approved') ORDER BY d.id");
    else
        where = QStringLiteral("WHERE d.state = ? ORDER BY d.id");
    auto q = where.contains(QLatin1Char('?')) ? sql::select(m_db, destructionSelect() + where, {filter})
                                              : sql::select(m_db, destructionSelect() + where);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer("id"));
    QList<protocol::Destruction> out;
    for (qint64 id : ids)
        out.append(loadDestruction(id, today).destruction);
    return out;
}

int ArchiveStore::pendingDestructionApprovals()
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT count(*) AS n FROM archive_destructions WHERE state = 'checked'"));
    q.next();
    return q.number("n");
}

bool ArchiveStore::checkpointWal()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return false;
    sql::Rows q(std::move(query));
    if (!q.next())
        return false;
    return q.number("busy") == 0;
}

qint64 ArchiveStore::insertDestruction(const protocol::DestructionProposalInput& in, const QString& number,
                                       qint64 by, const QDateTime& now)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO archive_destructions (number, state, reason, proposed_by, proposed_at, "
                       "checker_id) VALUES (?, 'proposed', ?, ?, ?, ?)"),
        {number, in.reason, by, sql::time(now), in.checkerId});
    const qint64 id = q.lastInsertId().toLongLong();
    for (qint64 item : in.itemIds)
        sql::run(
            m_db,
            QStringLiteral("INSERT INTO archive_destruction_items (destruction_id, item_id) VALUES (?, ?)"),
            {id, item});
    return id;
}

void ArchiveStore::checkDestruction(qint64 id, int counted, const QString& note, const QDateTime& now)
{
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE archive_destructions SET state = 'checked', counted = ?, check_note = ?, checked_at = ? "
            "WHERE id = ?"),
        {counted, note, sql::time(now), id});
}

void ArchiveStore::decideDestruction(qint64 id, const QString& state, qint64 approverId, const QString& note,
                                     const QDateTime& now)
{
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE archive_destructions SET state = ?, approver_id = ?, decided_at = ?, decision_note = ? "
            "WHERE id = ?"),
        {state, approverId, sql::time(now), note, id});
}

void ArchiveStore::executeDestruction(qint64 id, qint64 by, const protocol::DestructionExecutionInput& in,
                                      const QDateTime& now, const QString& listNumber)
{
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE archive_destructions SET state = 'destroyed', executed_by = ?, executed_at = ?, "
                 "place = ?, method = ?, performers = ?, problems = ?, list_number = ? WHERE id = ?"),
             {by, sql::time(now), in.place, in.method, in.performers, in.problems, listNumber, id});
}

} // namespace cp::server
