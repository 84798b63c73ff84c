#include "domain/documents/DocumentStore.h"

#include "domain/Sql.h"
#include "domain/documents/ReportService.h"

#include <QJsonDocument>

namespace cp::server {
void DocumentStore::insertReport(const protocol::Report& report, std::optional<qint64> applicationId,
                                 std::optional<qint64> subjectId, qint64 issuedBy, const QString& contentHash,
                                 const QString& kind)
{
    sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO reports (number, application_id, subject_id, issued_at, issued_by, workstation, "
            "content_json, content_hash, verification_code, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {report.number, sql::optionalId(applicationId), sql::optionalId(subjectId),
         sql::time(report.issuedAt), issuedBy, report.workstation,
         QString::fromUtf8(QJsonDocument(report.content()).toJson(QJsonDocument::Compact)), contentHash,
         report.verificationCode, kind});
}

std::optional<StoredReport> DocumentStore::report(const QString& number)
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT content_json, verification_code, handed_to, handed_at, kind, "
                                        "issued_by, content_hash FROM reports WHERE number = ?"),
                         {number});
    if (!q.next())
        return std::nullopt;
    StoredReport s;
    s.report = protocol::Report::fromJson(QJsonDocument::fromJson(q.text("content_json").toUtf8()).object());
    s.report.verificationCode = q.text("verification_code");
    s.report.handedTo = q.text("handed_to");
    s.report.handedAt = q.time("handed_at");
    s.kind = q.text("kind");
    s.issuedBy = q.integer("issued_by");
    s.contentHash = q.text("content_hash");
    return s;
}

void DocumentStore::recordHandover(const QString& number, const QString& receivedBy, const QDateTime& at,
                                   qint64 recordedBy)
{
    sql::run(
        m_db,
        QStringLiteral("UPDATE reports SET handed_to = ?, handed_at = ?, handover_by = ? WHERE number = ?"),
        {receivedBy, sql::time(at), recordedBy, number});
}

std::optional<QString> DocumentStore::setting(const QString& name)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {name});
    if (!q.next())
        return std::nullopt;
    return q.text("value");
}

void DocumentStore::insertSetting(const QString& name, const QString& value, const QDateTime& at)
{
    sql::run(m_db, QStringLiteral("INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?)"),
             {name, value, sql::time(at)});
}

std::pair<int, QDateTime> DocumentStore::lookupFailuresSince(qint64 accountId, const QDateTime& since)
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT count(*) AS failures, min(failed_at) AS oldest "
                                        "FROM report_lookup_failures WHERE account_id = ? AND failed_at > ?"),
                         {accountId, sql::time(since)});
    q.next();
    return {q.number("failures"), q.time("oldest")};
}

void DocumentStore::recordLookupFailure(qint64 accountId, const QDateTime& before, const QDateTime& at,
                                        const QString& kind)
{
    sql::run(m_db,
             QStringLiteral("DELETE FROM report_lookup_failures WHERE account_id = ? AND failed_at <= ?"),
             {accountId, sql::time(before)});
    sql::run(
        m_db,
        QStringLiteral("INSERT INTO report_lookup_failures (account_id, failed_at, kind) VALUES (?, ?, ?)"),
        {accountId, sql::time(at), kind});
}

QString DocumentStore::recordRegion(qint64 recordId)
{
    auto q =
        sql::select(m_db, QStringLiteral("SELECT region_code FROM credit_records WHERE id = ?"), {recordId});
    return q.next() ? q.text("region_code") : QString();
}

} // namespace cp::server
