#include "domain/disputes/DisputeStore.h"

#include "FileNames.h"
#include "domain/DomainError.h"
#include "domain/archives/ArchiveStore.h"
#include "store/Database.h"

#include <QCryptographicHash>

namespace cp::server {

using protocol::ErrorCode;

namespace {

/// "(SELECT full_name FROM accounts WHERE id = c.accepted_by) AS accepted_by_name"

} // namespace

// --- the columns each row reader reads -------------------------------------------

const sql::Columns& DisputeStore::caseColumns()
{
    static const sql::Columns columns(QStringLiteral("c"), {QStringLiteral("id"),
                                                            QStringLiteral("number"),
                                                            QStringLiteral("subject_id"),
                                                            QStringLiteral("state"),
                                                            QStringLiteral("reason"),
                                                            QStringLiteral("applicant_name"),
                                                            QStringLiteral("applicant_id_type"),
                                                            QStringLiteral("applicant_id_number"),
                                                            QStringLiteral("applicant_phone"),
                                                            QStringLiteral("workstation"),
                                                            QStringLiteral("accepted_at"),
                                                            QStringLiteral("due_date"),
                                                            QStringLiteral("extended_due_date"),
                                                            QStringLiteral("extension_reason"),
                                                            QStringLiteral("verification_department"),
                                                            QStringLiteral("verification_note"),
                                                            QStringLiteral("verification_date"),
                                                            QStringLiteral("result_text"),
                                                            QStringLiteral("result_by"),
                                                            QStringLiteral("result_at"),
                                                            QStringLiteral("return_reason"),
                                                            QStringLiteral("approved_at"),
                                                            QStringLiteral("approval_note"),
                                                            QStringLiteral("delivered_to"),
                                                            QStringLiteral("delivered_at"),
                                                            QStringLiteral("free_reprint"),
                                                            QStringLiteral("receipt_number"),
                                                            QStringLiteral("result_report_number"),
                                                            QStringLiteral("reprint_report_number"),
                                                            QStringLiteral("accepted_by"),
                                                            QStringLiteral("verified_by")});
    return columns;
}

QString DisputeStore::caseSelect()
{
    return QStringList{caseColumns().list(), sql::accountName("c.accepted_by", "accepted_by_name"),
                       sql::accountName("c.verified_by", "verified_by_name"),
                       sql::accountName("c.result_by", "result_by_name"),
                       sql::accountName("c.approved_by", "approved_by_name")}
        .join(QStringLiteral(", "));
}

CaseRow DisputeStore::readCase(const sql::Rows& q)
{
    CaseRow row;
    auto& c = row.dispute;
    c.id = q.integer("id");
    c.number = q.text("number");
    row.subjectId = q.integer("subject_id");
    c.state = q.text("state");
    c.reason = q.text("reason");
    c.applicant.name = q.text("applicant_name");
    c.applicant.idType = q.text("applicant_id_type");
    c.applicant.idNumber = q.text("applicant_id_number");
    c.applicant.phone = q.text("applicant_phone");
    row.workstation = q.text("workstation");
    c.acceptedAt = q.time("accepted_at");
    c.dueDate = q.date("due_date");
    c.extendedDueDate = q.date("extended_due_date");
    c.extensionReason = q.text("extension_reason");
    c.verificationDepartment = q.text("verification_department");
    c.verificationNote = q.text("verification_note");
    c.verificationDate = q.date("verification_date");
    c.resultText = q.text("result_text");
    row.resultBy = q.integer("result_by");
    c.resultAt = q.time("result_at");
    c.returnReason = q.text("return_reason");
    c.approvedAt = q.time("approved_at");
    c.approvalNote = q.text("approval_note");
    c.deliveredTo = q.text("delivered_to");
    c.deliveredAt = q.time("delivered_at");
    c.freeReprint = q.text("free_reprint");
    c.receiptNumber = q.text("receipt_number");
    c.resultReportNumber = q.text("result_report_number");
    c.reprintReportNumber = q.text("reprint_report_number");
    c.acceptedByName = q.text("accepted_by_name");
    c.verifiedByName = q.text("verified_by_name");
    c.resultByName = q.text("result_by_name");
    c.approvedByName = q.text("approved_by_name");
    row.acceptedBy = q.integer("accepted_by");
    row.verifiedBy = q.integer("verified_by");
    return row;
}

const sql::Columns& DisputeStore::recordColumns()
{
    static const sql::Columns columns(
        QStringLiteral("r"),
        {QStringLiteral("id"), QStringLiteral("category_code"), QStringLiteral("title"),
         QStringLiteral("content"), QStringLiteral("provider_department"), QStringLiteral("document_number"),
         QStringLiteral("decision_date"), QStringLiteral("valid_until"), QStringLiteral("open_class"),
         QStringLiteral("status"), QStringLiteral("dispute_state"), QStringLiteral("applicant_mark_reason"),
         QStringLiteral("applicant_mark_until"), QStringLiteral("subject_id")});
    return columns;
}

QString DisputeStore::recordSelect(const QString& more)
{
    return QStringLiteral("SELECT %1, c.name_zh AS category_name%2 FROM credit_records r "
                          "JOIN credit_categories c ON c.code = r.category_code ")
        .arg(recordColumns().list(), more);
}

RecordRow DisputeStore::readRecord(const sql::Rows& q, const QDate& today)
{
    RecordRow row;
    auto& r = row.record;
    r.recordId = q.integer("id");
    r.categoryCode = q.text("category_code");
    r.categoryName = q.text("category_name");
    r.title = q.text("title");
    r.content = q.text("content");
    r.providerDepartment = q.text("provider_department");
    r.documentNumber = q.text("document_number");
    r.decisionDate = q.date("decision_date");
    r.validUntil = q.date("valid_until");
    r.openClass = q.text("open_class");
    r.status = q.text("status");
    row.disputeState = q.text("dispute_state");
    r.suspended = row.disputeState == QLatin1String("in_progress");
    const QDate markUntil = q.date("applicant_mark_until");
    if (!q.isNull("applicant_mark_reason") && markUntil.isValid() &&
        markUntil >= today) { // expires by itself
        r.applicantMarkReason = q.text("applicant_mark_reason");
        r.applicantMarkUntil = markUntil;
    }
    row.subjectId = q.integer("subject_id");
    return row;
}

const sql::Columns& DisputeStore::materialColumns()
{
    static const sql::Columns columns(
        QStringLiteral("m"), {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("file_name"),
                              QStringLiteral("mime_type"), QStringLiteral("size_bytes"),
                              QStringLiteral("sha256"), QStringLiteral("uploaded_at")});
    return columns;
}

protocol::MaterialInfo DisputeStore::readMaterial(const sql::Rows& q)
{
    protocol::MaterialInfo m;
    m.id = q.integer("id");
    m.kind = q.text("kind");
    m.mimeType = q.text("mime_type");
    // Issue 11 finding 14: names stored before the check are neutralised on the way out too.
    m.fileName = safeFileName(q.text("file_name"), m.mimeType);
    m.sizeBytes = q.integer("size_bytes");
    m.sha256 = q.text("sha256");
    m.uploadedAt = q.time("uploaded_at");
    return m;
}

// --- reading ------------------------------------------------------------------------

QString DisputeStore::nextNumber(const QString& table, const QString& prefix, const QDate& day)
{
    const QString stem = prefix + day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');
    // table is one of two literals chosen by the caller, never user input.
    return sql::nextDailyNumber(m_db, table, stem, 4);
}

std::optional<CaseRow> DisputeStore::findCase(qint64 id)
{
    auto q = sql::select(
        m_db, QStringLiteral("SELECT %1 FROM dispute_cases c WHERE c.id = ?").arg(caseSelect()), {id});
    if (!q.next())
        return std::nullopt;
    return readCase(q);
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
    sql::Rows q =
        filter == QLatin1String("all")
            ? sql::select(m_db, QStringLiteral("SELECT id FROM dispute_cases") + order)
        : filter == QLatin1String("open")
            ? sql::select(m_db,
                          QStringLiteral("SELECT id FROM dispute_cases WHERE state <> 'delivered'") + order)
            : sql::select(m_db, QStringLiteral("SELECT id FROM dispute_cases WHERE state = ?") + order,
                          {filter});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer("id"));
    return ids;
}

QList<protocol::DisputedRecord> DisputeStore::caseRecords(qint64 caseId, const QDate& today)
{
    auto q =
        sql::select(m_db,
                    recordSelect(QStringLiteral(", d.outcome, d.new_title, d.new_content")) +
                        QStringLiteral("JOIN dispute_records d ON d.record_id = r.id WHERE d.case_id = ? "
                                       "ORDER BY c.sort_order, r.decision_date DESC, r.id"),
                    {caseId});
    QList<protocol::DisputedRecord> out;
    while (q.next()) {
        auto r = readRecord(q, today).record;
        r.outcome = q.text("outcome");
        r.newTitle = q.text("new_title");
        r.newContent = q.text("new_content");
        out.append(r);
    }
    return out;
}

std::optional<RecordRow> DisputeStore::record(qint64 recordId, const QDate& today)
{
    auto q = sql::select(m_db, recordSelect() + QStringLiteral("WHERE r.id = ?"), {recordId});
    if (!q.next())
        return std::nullopt;
    return readRecord(q, today);
}

QList<RecordRow> DisputeStore::subjectRecords(qint64 subjectId, const QDate& today)
{
    auto q = sql::select(m_db,
                         recordSelect() + QStringLiteral("WHERE r.subject_id = ? AND r.status = 'active' "
                                                         "ORDER BY c.sort_order, r.decision_date DESC, r.id"),
                         {subjectId});
    QList<RecordRow> out;
    while (q.next())
        out.append(readRecord(q, today));
    return out;
}

std::optional<QString> DisputeStore::caseNumberFor(qint64 recordId, const QString& stateAndOrder)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT c.number FROM dispute_records d JOIN dispute_cases c ON c.id = d.case_id "
                       "WHERE d.record_id = ? AND ") +
            stateAndOrder,
        {recordId});
    if (!q.next())
        return std::nullopt;
    return q.text("number");
}

std::optional<QString> DisputeStore::openCaseFor(qint64 recordId)
{
    return caseNumberFor(recordId, QStringLiteral("c.state <> 'delivered' ORDER BY c.id"));
}

std::optional<QString> DisputeStore::answeredCaseFor(qint64 recordId)
{
    return caseNumberFor(recordId, QStringLiteral("c.state = 'delivered' ORDER BY c.id DESC"));
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
    auto q =
        sql::select(m_db,
                    QStringLiteral("SELECT %1 FROM dispute_materials m WHERE m.case_id = ? ORDER BY m.id")
                        .arg(materialColumns().list()),
                    {caseId});
    QList<protocol::MaterialInfo> out;
    while (q.next())
        out.append(readMaterial(q));
    return out;
}

QByteArray DisputeStore::materialContent(qint64 caseId, qint64 materialId, protocol::MaterialInfo* info)
{
    auto q = sql::select(
        m_db,
        QStringLiteral("SELECT %1, m.content FROM dispute_materials m WHERE m.id = ? AND m.case_id = ?")
            .arg(materialColumns().list()),
        {materialId, caseId});
    if (!q.next())
        throw DomainError(ErrorCode::NotFound, QStringLiteral("材料不存在。"));
    *info = readMaterial(q);
    return q.bytes("content");
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
