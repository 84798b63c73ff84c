#include "domain/disputes/DisputeStore.h"

#include "FileNames.h"
#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "domain/archives/ArchiveStore.h"
#include "store/Database.h"

#include <QCryptographicHash>

namespace cp::server {

using protocol::ErrorCode;

namespace {

const QString kRecordSelect = QStringLiteral(
    "SELECT r.id, r.category_code, c.name_zh, r.title, r.content, r.provider_department, r.document_number, "
    "r.decision_date, r.valid_until, r.open_class, r.status, r.dispute_state, r.applicant_mark_reason, "
    "r.applicant_mark_until, r.subject_id%1 FROM credit_records r JOIN credit_categories c ON c.code = "
    "r.category_code ");

RecordRow readRecordRow(const QSqlQuery& q, const QDate& today)
{
    RecordRow row;
    auto& r = row.record;
    r.recordId = q.value(0).toLongLong();
    r.categoryCode = q.value(1).toString();
    r.categoryName = q.value(2).toString();
    r.title = q.value(3).toString();
    r.content = q.value(4).toString();
    r.providerDepartment = q.value(5).toString();
    r.documentNumber = q.value(6).toString();
    r.decisionDate = sql::date(q.value(7));
    r.validUntil = sql::date(q.value(8));
    r.openClass = q.value(9).toString();
    r.status = q.value(10).toString();
    row.disputeState = q.value(11).toString();
    r.suspended = row.disputeState == QLatin1String("in_progress");
    const QDate markUntil = sql::date(q.value(13));
    if (!q.value(12).isNull() && markUntil.isValid() && markUntil >= today) { // expires by itself
        r.applicantMarkReason = q.value(12).toString();
        r.applicantMarkUntil = markUntil;
    }
    row.subjectId = q.value(14).toLongLong();
    return row;
}

protocol::MaterialInfo readMaterial(const QSqlQuery& q)
{
    protocol::MaterialInfo m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.mimeType = q.value(3).toString();
    // Issue 11 finding 14: names stored before the check are neutralised on the way out too.
    m.fileName = safeFileName(q.value(2).toString(), m.mimeType);
    m.sizeBytes = q.value(4).toLongLong();
    m.sha256 = q.value(5).toString();
    m.uploadedAt = sql::time(q.value(6));
    return m;
}

} // namespace

QString DisputeStore::nextNumber(const QString& table, const QString& prefix, const QDate& day)
{
    const QString stem = prefix + day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');
    // table is one of two literals chosen by the caller, never user input.
    return sql::nextDailyNumber(m_db, table, stem, 4);
}

std::optional<CaseRow> DisputeStore::findCase(qint64 id)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.number, c.subject_id, c.state, c.reason, c.applicant_name, c.applicant_id_type, "
            "c.applicant_id_number, c.applicant_phone, c.workstation, c.accepted_at, c.due_date, "
            "c.extended_due_date, "
            "c.extension_reason, c.verification_department, c.verification_note, c.verification_date, "
            "c.result_text, "
            "c.result_by, c.result_at, c.return_reason, c.approved_at, c.approval_note, c.delivered_to, "
            "c.delivered_at, "
            "c.free_reprint, c.receipt_number, c.result_report_number, c.reprint_report_number, "
            "(SELECT full_name FROM accounts WHERE id = c.accepted_by), "
            "(SELECT full_name FROM accounts WHERE id = c.verified_by), "
            "(SELECT full_name FROM accounts WHERE id = c.result_by), "
            "(SELECT full_name FROM accounts WHERE id = c.approved_by), c.accepted_by, c.verified_by "
            "FROM dispute_cases c WHERE c.id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    CaseRow row;
    auto& c = row.dispute;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    row.subjectId = q.value(2).toLongLong();
    c.state = q.value(3).toString();
    c.reason = q.value(4).toString();
    c.applicant.name = q.value(5).toString();
    c.applicant.idType = q.value(6).toString();
    c.applicant.idNumber = q.value(7).toString();
    c.applicant.phone = q.value(8).toString();
    row.workstation = q.value(9).toString();
    c.acceptedAt = sql::time(q.value(10));
    c.dueDate = sql::date(q.value(11));
    c.extendedDueDate = sql::date(q.value(12));
    c.extensionReason = q.value(13).toString();
    c.verificationDepartment = q.value(14).toString();
    c.verificationNote = q.value(15).toString();
    c.verificationDate = sql::date(q.value(16));
    c.resultText = q.value(17).toString();
    row.resultBy = q.value(18).toLongLong();
    c.resultAt = sql::time(q.value(19));
    c.returnReason = q.value(20).toString();
    c.approvedAt = sql::time(q.value(21));
    c.approvalNote = q.value(22).toString();
    c.deliveredTo = q.value(23).toString();
    c.deliveredAt = sql::time(q.value(24));
    c.freeReprint = q.value(25).toString();
    c.receiptNumber = q.value(26).toString();
    c.resultReportNumber = q.value(27).toString();
    c.reprintReportNumber = q.value(28).toString();
    c.acceptedByName = q.value(29).toString();
    c.verifiedByName = q.value(30).toString();
    c.resultByName = q.value(31).toString();
    c.approvedByName = q.value(32).toString();
    row.acceptedBy = q.value(33).toLongLong();
    row.verifiedBy = q.value(34).toLongLong();
    return row;
}

CaseRow DisputeStore::loadCase(qint64 id)
{
    auto row = findCase(id);
    if (!row)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("异议案件 %1 不存在。").arg(id));
    return *row;
}

QList<qint64> DisputeStore::caseIds(const QString& filter)
{
    const QString order = QStringLiteral(" ORDER BY COALESCE(extended_due_date, due_date), id LIMIT 500");
    QSqlQuery q =
        filter == QLatin1String("all")
            ? sql::run(m_db, QStringLiteral("SELECT id FROM dispute_cases") + order)
        : filter == QLatin1String("open")
            ? sql::run(m_db,
                       QStringLiteral("SELECT id FROM dispute_cases WHERE state <> 'delivered'") + order)
            : sql::run(m_db, QStringLiteral("SELECT id FROM dispute_cases WHERE state = ?") + order,
                       {filter});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<protocol::DisputedRecord> DisputeStore::caseRecords(qint64 caseId, const QDate& today)
{
    auto q = sql::run(m_db,
                      kRecordSelect.arg(QStringLiteral(", d.outcome, d.new_title, d.new_content")) +
                          QStringLiteral("JOIN dispute_records d ON d.record_id = r.id WHERE d.case_id = ? "
                                         "ORDER BY c.sort_order, r.decision_date DESC, r.id"),
                      {caseId});
    QList<protocol::DisputedRecord> out;
    while (q.next()) {
        auto r = readRecordRow(q, today).record;
        r.outcome = q.value(15).toString();
        r.newTitle = q.value(16).toString();
        r.newContent = q.value(17).toString();
        out.append(r);
    }
    return out;
}

std::optional<RecordRow> DisputeStore::record(qint64 recordId, const QDate& today)
{
    auto q = sql::run(m_db, kRecordSelect.arg(QString()) + QStringLiteral("WHERE r.id = ?"), {recordId});
    if (!q.next())
        return std::nullopt;
    return readRecordRow(q, today);
}

QList<RecordRow> DisputeStore::subjectRecords(qint64 subjectId, const QDate& today)
{
    auto q = sql::run(m_db,
                      kRecordSelect.arg(QString()) +
                          QStringLiteral("WHERE r.subject_id = ? AND r.status = 'active' "
                                         "ORDER BY c.sort_order, r.decision_date DESC, r.id"),
                      {subjectId});
    QList<RecordRow> out;
    while (q.next())
        out.append(readRecordRow(q, today));
    return out;
}

std::optional<QString> DisputeStore::openCaseFor(qint64 recordId)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT c.number FROM dispute_records d JOIN dispute_cases c ON c.id = d.case_id "
                       "WHERE d.record_id = ? AND c.state <> 'delivered' ORDER BY c.id"),
        {recordId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<QString> DisputeStore::answeredCaseFor(qint64 recordId)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT c.number FROM dispute_records d JOIN dispute_cases c ON c.id = d.case_id "
                       "WHERE d.record_id = ? AND c.state = 'delivered' ORDER BY c.id DESC"),
        {recordId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

qint64 DisputeStore::insertCase(const NewCase& c)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO dispute_cases (number, subject_id, state, reason, applicant_name, "
                       "applicant_id_type, applicant_id_number, applicant_phone, workstation, accepted_by, "
                       "accepted_at, due_date) VALUES (?, ?, 'accepted', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.number, c.subjectId, c.reason, c.applicant.name, c.applicant.idType, c.applicant.idNumber,
         c.applicant.phone, c.workstation, c.acceptedBy, sql::time(c.acceptedAt), sql::date(c.dueDate)});
    return q.lastInsertId().toLongLong();
}

void DisputeStore::addCaseRecord(qint64 caseId, qint64 recordId)
{
    sql::run(m_db, QStringLiteral("INSERT INTO dispute_records (case_id, record_id) VALUES (?, ?)"),
             {caseId, recordId});
}

void DisputeStore::addMaterials(qint64 caseId, std::optional<qint64> markId, const QString& stage,
                                const QList<protocol::DisputeMaterialUpload>& materials, qint64 by,
                                const QDateTime& at)
{
    for (const auto& m : materials) {
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(m.content, QCryptographicHash::Sha256).toHex());
        sql::run(m_db,
                 QStringLiteral(
                     "INSERT INTO dispute_materials (case_id, mark_id, stage, kind, file_name, mime_type, "
                     "size_bytes, sha256, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?)"),
                 {caseId, markId ? QVariant(*markId) : QVariant(QMetaType(QMetaType::LongLong)), stage,
                  m.kind, safeFileName(m.fileName, m.mimeType), m.mimeType, qint64(m.content.size()), sha,
                  m.content, by, sql::time(at)});
    }
}

QList<protocol::MaterialInfo> DisputeStore::materials(qint64 caseId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at "
                                     "FROM dispute_materials WHERE case_id = ? ORDER BY id"),
                      {caseId});
    QList<protocol::MaterialInfo> out;
    while (q.next())
        out.append(readMaterial(q));
    return out;
}

QByteArray DisputeStore::materialContent(qint64 caseId, qint64 materialId, protocol::MaterialInfo* info)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at, content "
                       "FROM dispute_materials WHERE id = ? AND case_id = ?"),
        {materialId, caseId});
    if (!q.next())
        throw DomainError(ErrorCode::NotFound, QStringLiteral("材料不存在。"));
    *info = readMaterial(q);
    return q.value(7).toByteArray();
}

void DisputeStore::fileArchiveItem(qint64 caseId, const QString& title, const QDateTime& at)
{
    ArchiveStore(m_db).ensureItem(QStringLiteral("dispute"), caseId, title, at);
}

void DisputeStore::transition(qint64 caseId, const QString& from, const QString& to)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE dispute_cases SET state = ? WHERE id = ? AND state = ?"),
                      {to, caseId, from});
    if (q.numRowsAffected() != 1)
        throw DomainError(ErrorCode::Conflict, QStringLiteral("异议案件状态已被他人更改，请刷新后重试。"));
}

void DisputeStore::setReceipt(qint64 caseId, const QString& number)
{
    sql::run(m_db, QStringLiteral("UPDATE dispute_cases SET receipt_number = ? WHERE id = ?"),
             {number, caseId});
}

void DisputeStore::recordVerification(qint64 caseId, const QString& department, const QString& note,
                                      const QDate& date, qint64 by, const QDateTime& at)
{
    transition(caseId, QStringLiteral("accepted"), QStringLiteral("verified"));
    sql::run(m_db,
             QStringLiteral("UPDATE dispute_cases SET verification_department = ?, verification_note = ?, "
                            "verification_date = ?, verified_by = ?, verified_at = ? WHERE id = ?"),
             {department, note, sql::date(date), by, sql::time(at), caseId});
}

void DisputeStore::recordResult(qint64 caseId, const protocol::DisputeResultInput& result, qint64 by,
                                const QDateTime& at)
{
    transition(caseId, QStringLiteral("verified"), QStringLiteral("result_submitted"));
    sql::run(
        m_db,
        QStringLiteral("UPDATE dispute_cases SET result_text = ?, result_by = ?, result_at = ? WHERE id = ?"),
        {result.text, by, sql::time(at), caseId});
    for (const auto& o : result.outcomes)
        sql::run(
            m_db,
            QStringLiteral("UPDATE dispute_records SET outcome = ?, new_title = ?, new_content = ? "
                           "WHERE case_id = ? AND record_id = ?"),
            {o.outcome, sql::nullableText(o.newTitle), sql::nullableText(o.newContent), caseId, o.recordId});
}

void DisputeStore::recordReturn(qint64 caseId, const QString& reason)
{
    transition(caseId, QStringLiteral("result_submitted"), QStringLiteral("verified"));
    sql::run(m_db, QStringLiteral("UPDATE dispute_cases SET return_reason = ? WHERE id = ?"),
             {reason, caseId});
}

void DisputeStore::recordApproval(qint64 caseId, const QString& note, const QString& reportNumber, qint64 by,
                                  const QDateTime& at)
{
    transition(caseId, QStringLiteral("result_submitted"), QStringLiteral("approved"));
    sql::run(m_db,
             QStringLiteral("UPDATE dispute_cases SET approved_by = ?, approved_at = ?, approval_note = ?, "
                            "result_report_number = ? WHERE id = ?"),
             {by, sql::time(at), sql::nullableText(note), reportNumber, caseId});
}

void DisputeStore::recordExtension(qint64 caseId, const QDate& extendedDue, const QString& reason, qint64 by)
{
    sql::run(m_db,
             QStringLiteral("UPDATE dispute_cases SET extended_due_date = ?, extension_reason = ?, "
                            "extension_approved_by = ? WHERE id = ? AND extended_due_date IS NULL"),
             {sql::date(extendedDue), reason, by, caseId});
}

void DisputeStore::recordDelivery(qint64 caseId, const QString& receivedBy, bool freeReprint, qint64 by,
                                  const QDateTime& at)
{
    transition(caseId, QStringLiteral("approved"), QStringLiteral("delivered"));
    sql::run(m_db,
             QStringLiteral("UPDATE dispute_cases SET delivered_to = ?, delivered_by = ?, delivered_at = ?, "
                            "free_reprint = ? WHERE id = ?"),
             {receivedBy, by, sql::time(at),
              freeReprint ? QStringLiteral("available") : QStringLiteral("none"), caseId});
}

void DisputeStore::recordReprint(qint64 caseId, const QString& reportNumber)
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("UPDATE dispute_cases SET free_reprint = 'used', reprint_report_number = ? "
                                "WHERE id = ? AND free_reprint = 'available'"),
                 {reportNumber, caseId});
    if (q.numRowsAffected() != 1)
        throw DomainError(ErrorCode::Conflict, QStringLiteral("免费打印已被使用。"));
}

void DisputeStore::setDisputeState(qint64 caseId, const QString& state, const QDateTime& at)
{
    sql::run(m_db,
             QStringLiteral("UPDATE credit_records SET dispute_state = ?, updated_at = ? "
                            "WHERE id IN (SELECT record_id FROM dispute_records WHERE case_id = ?)"),
             {state, sql::time(at), caseId});
}

void DisputeStore::keepVersion(qint64 recordId, qint64 caseId, const QString& kind, qint64 by,
                               const QDateTime& at)
{
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO credit_record_history (record_id, case_id, change_kind, title, content, "
                 "provider_department, document_number, decision_date, valid_until, open_class, status, "
                 "changed_by, changed_at) "
                 "SELECT id, ?, ?, title, content, provider_department, document_number, decision_date, "
                 "valid_until, open_class, status, ?, ? FROM credit_records WHERE id = ?"),
             {caseId, kind, by, sql::time(at), recordId});
}

void DisputeStore::correctRecord(qint64 recordId, qint64 caseId, const QString& title, const QString& content,
                                 qint64 by, const QDateTime& at)
{
    keepVersion(recordId, caseId, QStringLiteral("corrected"), by, at);
    sql::run(m_db,
             QStringLiteral("UPDATE credit_records SET title = ?, content = ?, updated_at = ? WHERE id = ?"),
             {title, content, sql::time(at), recordId});
}

void DisputeStore::deleteRecord(qint64 recordId, qint64 caseId, qint64 by, const QDateTime& at)
{
    keepVersion(recordId, caseId, QStringLiteral("deleted"), by, at);
    sql::run(m_db,
             QStringLiteral("UPDATE credit_records SET status = 'deleted', updated_at = ? WHERE id = ?"),
             {sql::time(at), recordId});
}

} // namespace cp::server
