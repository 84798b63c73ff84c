#include "domain/audit/AuditStore.h"

#include "domain/Sql.h"

namespace cp::server {
namespace {

using protocol::AuditEntryView;
using protocol::AuditFilter;

const sql::Columns& entryColumns()
{
    static const sql::Columns columns(
        QStringLiteral("l"),
        {QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("account_id"),
         QStringLiteral("account_login"), QStringLiteral("cert_serial"), QStringLiteral("workstation"),
         QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("outcome"),
         QStringLiteral("detail"), QStringLiteral("prev_hash"), QStringLiteral("hash")});
    return columns;
}

// Every filter is always present and switched off by an empty value, so the
// statement text never depends on the input (prepared, bound, one shape).
const QString kWhere = QStringLiteral(
    " FROM audit_log l WHERE (? = '' OR l.at >= ?) AND (? = '' OR l.at < ?)"
    " AND (? = '' OR l.account_login = ?)"
    " AND (? = '' OR l.action = ?) AND (? = '' OR substr(l.action, 1, length(?)) = ?)"
    " AND (? = '' OR l.outcome = ?) AND (? = 0 OR l.seq <= ?)"
    " AND (? = '' OR l.target = ? OR l.target = (SELECT 'subject:' || id FROM subjects WHERE id_number = ?)"
    " OR l.detail LIKE ?)");

QString wire(const QDateTime& t)
{
    return t.isValid() ? protocol::toWireTime(t) : QString();
}

/// The action filter: "query." or "query.*" is a prefix, anything else exact.
std::pair<QString, QString> actionExactAndPrefix(const QString& action)
{
    if (action.endsWith(QLatin1Char('*')))
        return {QString(), action.chopped(1)};
    if (action.endsWith(QLatin1Char('.')))
        return {QString(), action};
    return {action, QString()};
}

sql::Rows selectFiltered(QSqlDatabase& db, const QString& statement, const AuditFilter& f, int limit,
                         qint64 offset)
{
    const auto [exact, prefix] = actionExactAndPrefix(f.action);
    const QString from = wire(f.from);
    const QString to = wire(f.to);
    const QString subject =
        f.subject.toUpper().startsWith(QLatin1String("SUBJECT:")) ? f.subject.toLower() : f.subject.toUpper();
    const QString subjectTarget =
        subject.startsWith(QLatin1String("subject:"))
            ? subject
            : (subject.isEmpty() ? QString() : QStringLiteral("subject-number:") + subject);
    const QString detailPattern = subject.isEmpty() ? QString() : QStringLiteral("%\"%1\"%").arg(subject);
    return sql::select(db, statement,
                       {from,          from,       to,         to,      f.account,     f.account,
                        exact,         exact,      prefix,     prefix,  prefix,        f.outcome,
                        f.outcome,     f.untilSeq, f.untilSeq, subject, subjectTarget, subject,
                        detailPattern, limit,      offset});
}

AuditEntryView readEntry(const sql::Rows& q)
{
    AuditEntryView e;
    e.seq = q.integer("seq");
    e.at = protocol::fromWireTime(q.text("at"));
    e.accountId = q.optionalInteger("account_id");
    e.login = q.text("account_login");
    e.certSerial = q.text("cert_serial");
    e.workstation = q.text("workstation");
    e.action = q.text("action");
    e.target = q.text("target");
    e.outcome = q.text("outcome");
    e.detail = q.text("detail");
    e.prevHash = q.text("prev_hash");
    e.hash = q.text("hash");
    return e;
}

} // namespace

QList<AuditEntryView> AuditStore::entries(const AuditFilter& f, bool newestFirst, int limit, qint64 offset)
{
    auto q = selectFiltered(m_db,
                            QStringLiteral("SELECT ") + entryColumns().list() + kWhere +
                                QStringLiteral(" ORDER BY l.seq ") +
                                (newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")) +
                                QStringLiteral(" LIMIT ? OFFSET ?"),
                            f, limit, offset);
    QList<AuditEntryView> out;
    while (q.next())
        out.append(readEntry(q));
    return out;
}

qint64 AuditStore::count(const AuditFilter& f)
{
    auto q = selectFiltered(m_db,
                            QStringLiteral("SELECT count(*) AS n FROM (SELECT l.seq") + kWhere +
                                QStringLiteral(" LIMIT ? OFFSET ?) matching"),
                            f, -1, 0);
    return q.next() ? q.integer("n") : 0;
}

qint64 AuditStore::headSeq()
{
    auto q = sql::select(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) AS head FROM audit_log"));
    return q.next() ? q.integer("head") : 0;
}

std::optional<StoredAuditEntry> AuditStore::entry(qint64 seq)
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT ") + entryColumns().list() +
                             QStringLiteral(", l.alg FROM audit_log l WHERE l.seq = ?"),
                         {seq});
    if (!q.next())
        return std::nullopt;
    return StoredAuditEntry{readEntry(q), q.text("at"), q.text("alg")};
}

QString AuditStore::hashOf(qint64 seq)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq});
    return q.next() ? q.text("hash") : QString();
}

QString AuditStore::nextExportNumber(const QString& stem)
{
    return sql::nextDailyNumber(m_db, QStringLiteral("audit_exports"), stem, 5);
}

void AuditStore::insertExport(const protocol::AuditExport& e, qint64 exportedBy, const QString& filterJson)
{
    sql::run(
        m_db,
        QStringLiteral("INSERT INTO audit_exports (number, exported_at, exported_by, filter_json, entries, "
                       "first_seq, last_seq, chain_ok, sha256, signature, head_seq, head_link, "
                       "signature_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)"),
        {e.number, sql::time(e.exportedAt), exportedBy, filterJson, e.entries, e.firstSeq, e.lastSeq,
         e.chainOk ? 1 : 0, e.sha256, e.signature, e.headSeq, e.headLink});
}

std::optional<AuditExportSeal> AuditStore::exportSeal(const QString& number)
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT sha256, signature, signature_version, head_seq, head_link "
                                        "FROM audit_exports WHERE number = ?"),
                         {number});
    if (!q.next())
        return std::nullopt;
    return AuditExportSeal{q.text("sha256"), q.text("signature"), q.number("signature_version"),
                           q.integer("head_seq"), q.text("head_link")};
}

std::optional<QString> AuditStore::setting(const QString& name)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {name});
    if (!q.next())
        return std::nullopt;
    return q.text("value");
}

} // namespace cp::server
