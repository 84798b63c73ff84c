#include "domain/backup/BackupStore.h"

#include "domain/Sql.h"

namespace cp::server {
namespace {

using protocol::BackupInfo;

const sql::Columns& columns()
{
    static const sql::Columns c(
        QStringLiteral("b"),
        {QStringLiteral("id"), QStringLiteral("file_name"), QStringLiteral("kind"), QStringLiteral("status"),
         QStringLiteral("started_at"), QStringLiteral("finished_at"), QStringLiteral("size_bytes"),
         QStringLiteral("sha256"), QStringLiteral("audit_head_seq"), QStringLiteral("requested_by"),
         QStringLiteral("verified_at"), QStringLiteral("verify_result"), QStringLiteral("verify_detail"),
         QStringLiteral("error")});
    return c;
}

BackupInfo readInfo(const sql::Rows& q)
{
    BackupInfo b;
    b.id = q.integer("id");
    b.fileName = q.text("file_name");
    b.kind = q.text("kind");
    b.status = q.text("status");
    b.startedAt = q.time("started_at");
    b.finishedAt = q.time("finished_at");
    b.sizeBytes = q.integer("size_bytes");
    b.sha256 = q.text("sha256");
    b.auditHeadSeq = q.integer("audit_head_seq");
    b.requestedBy = q.text("requested_by");
    b.verifiedAt = q.time("verified_at");
    b.verifyResult = q.text("verify_result");
    b.verifyDetail = q.text("verify_detail");
    b.error = q.text("error");
    return b;
}

std::optional<QDateTime> latestTime(sql::Rows q)
{
    if (!q.next() || q.isNull("latest"))
        return std::nullopt;
    return q.time("latest");
}

} // namespace

std::optional<BackupInfo> BackupStore::info(qint64 id)
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT ") + columns().list() + QStringLiteral(" FROM backups b WHERE b.id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    return readInfo(q);
}

QList<BackupInfo> BackupStore::latest(int limit)
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT ") + columns().list() +
                             QStringLiteral(" FROM backups b ORDER BY b.started_at DESC, b.id DESC LIMIT ?"),
                         {limit});
    QList<BackupInfo> out;
    while (q.next())
        out.append(readInfo(q));
    return out;
}

bool BackupStore::nameTaken(const QString& fileName)
{
    return sql::run(m_db, QStringLiteral("SELECT 1 FROM backups WHERE file_name = ?"), {fileName}).next();
}

qint64 BackupStore::insertMade(const BackupInfo& b, const QString& headLink, const QString& headMac)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral(
                     "INSERT INTO backups (file_name, kind, status, started_at, finished_at, size_bytes, "
                     "sha256, audit_head_seq, requested_by, verified_at, verify_result, verify_detail, "
                     "audit_head_link, audit_head_mac) VALUES (?, ?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {b.fileName, b.kind, sql::time(b.startedAt), sql::time(b.finishedAt), b.sizeBytes, b.sha256,
                  b.auditHeadSeq, b.requestedBy, sql::time(b.verifiedAt), b.verifyResult, b.verifyDetail,
                  headLink, headMac});
    return q.lastInsertId().toLongLong();
}

qint64 BackupStore::insertFailed(const QString& fileName, const QString& kind, const QDateTime& startedAt,
                                 const QDateTime& finishedAt, const QString& requestedBy,
                                 const QString& error)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO backups (file_name, kind, status, started_at, finished_at, "
                                     "requested_by, error) VALUES (?, ?, 'failed', ?, ?, ?, ?)"),
                      {fileName, kind, sql::time(startedAt), sql::time(finishedAt), requestedBy, error});
    return q.lastInsertId().toLongLong();
}

QList<std::pair<qint64, QString>> BackupStore::beyondRetention(int keep)
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT id, file_name FROM backups WHERE status = 'ok' "
                                        "ORDER BY started_at DESC, id DESC LIMIT -1 OFFSET ?"),
                         {keep});
    QList<std::pair<qint64, QString>> out;
    while (q.next())
        out.append({q.integer("id"), q.text("file_name")});
    return out;
}

void BackupStore::markPruned(qint64 id)
{
    sql::run(m_db, QStringLiteral("UPDATE backups SET status = 'pruned' WHERE id = ?"), {id});
}

void BackupStore::recordVerification(qint64 id, const QDateTime& at, const QString& result,
                                     const QString& detail)
{
    sql::run(m_db,
             QStringLiteral(
                 "UPDATE backups SET verified_at = ?, verify_result = ?, verify_detail = ? WHERE id = ?"),
             {sql::time(at), result, detail, id});
}

std::optional<QDateTime> BackupStore::lastMadeAt()
{
    return latestTime(sql::select(
        m_db,
        QStringLiteral("SELECT MAX(started_at) AS latest FROM backups WHERE status IN ('ok', 'pruned')")));
}

std::optional<QDateTime> BackupStore::lastScheduledFailureAt()
{
    return latestTime(sql::select(
        m_db,
        QStringLiteral(
            "SELECT MAX(started_at) AS latest FROM backups WHERE status = 'failed' AND kind = 'scheduled'")));
}

} // namespace cp::server
