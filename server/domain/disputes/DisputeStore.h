// The SQL of dispute cases, their records, materials and the record history,
// in one place (STYLE.md). Callers hold the transaction; nothing here audits.
#pragma once

#include "DisputeProtocol.h"
#include "domain/Sql.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

/// A case as stored: the wire shape without derived fields, records, marks or materials.
struct CaseRow
{
    protocol::DisputeCase dispute;
    qint64 subjectId = 0;
    qint64 resultBy = 0;
    qint64 acceptedBy = 0;
    qint64 verifiedBy = 0;
    QString workstation;
};

struct NewCase
{
    QString number;
    qint64 subjectId = 0;
    QString reason;
    protocol::DisputeApplicant applicant;
    QString workstation;
    qint64 acceptedBy = 0;
    QDateTime acceptedAt;
    QDate dueDate;
};

/// The record a case or a window lookup shows, with the subject it belongs to.
struct RecordRow
{
    protocol::DisputedRecord record;
    qint64 subjectId = 0;
    QString disputeState;
};

class DisputeStore
{
  public:
    explicit DisputeStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// "<prefix>yyyyMMdd-NNNN", counted per day in `table` (dispute_cases or dispute_marks).
    QString nextNumber(const QString& table, const QString& prefix, const QDate& day);

    std::optional<CaseRow> findCase(qint64 id);
    CaseRow loadCase(qint64 id); // NOT_FOUND naming the id
    /// filter: "open" (not delivered), "all", or one state; earliest effective due date first.
    QList<qint64> caseIds(const QString& filter);

    QList<protocol::DisputedRecord> caseRecords(qint64 caseId, const QDate& today);
    std::optional<RecordRow> record(qint64 recordId, const QDate& today);
    /// Active records of a subject (never deleted ones), in category order.
    QList<RecordRow> subjectRecords(qint64 subjectId, const QDate& today);
    /// Number of a case on the record that is not yet delivered / already delivered.
    std::optional<QString> openCaseFor(qint64 recordId);
    std::optional<QString> answeredCaseFor(qint64 recordId);

    qint64 insertCase(const NewCase& c);
    void addCaseRecord(qint64 caseId, qint64 recordId);
    void addMaterials(qint64 caseId, std::optional<qint64> markId, const QString& stage,
                      const QList<protocol::DisputeMaterialUpload>& materials, qint64 by,
                      const QDateTime& at);
    QList<protocol::MaterialInfo> materials(qint64 caseId);
    QByteArray materialContent(qint64 caseId, qint64 materialId, protocol::MaterialInfo* info);
    /// Same-day filing of the application materials (附件2.八(二)).
    void fileArchiveItem(qint64 caseId, const QString& title, const QDateTime& at);

    void setReceipt(qint64 caseId, const QString& number);
    void recordVerification(qint64 caseId, const QString& department, const QString& note, const QDate& date,
                            qint64 by, const QDateTime& at);
    void recordResult(qint64 caseId, const protocol::DisputeResultInput& result, qint64 by,
                      const QDateTime& at);
    void recordReturn(qint64 caseId, const QString& reason);
    void recordApproval(qint64 caseId, const QString& note, const QString& reportNumber, qint64 by,
                        const QDateTime& at);
    void recordExtension(qint64 caseId, const QDate& extendedDue, const QString& reason, qint64 by);
    void recordDelivery(qint64 caseId, const QString& receivedBy, bool freeReprint, qint64 by,
                        const QDateTime& at);
    void recordReprint(qint64 caseId, const QString& reportNumber);

    /// "异议正在处理" on (in_progress) or off (none) for every record of the case.
    void setDisputeState(qint64 caseId, const QString& state, const QDateTime& at);
    /// Keeps the current version in credit_record_history, then changes the record.
    void correctRecord(qint64 recordId, qint64 caseId, const QString& title, const QString& content,
                       qint64 by, const QDateTime& at);
    void deleteRecord(qint64 recordId, qint64 caseId, qint64 by, const QDateTime& at);

  private:
    /// dispute_cases c: the columns readCase() reads, with the account names caseSelect() adds.
    static const sql::Columns& caseColumns();
    static QString caseSelect();
    static CaseRow readCase(const sql::Rows& q);
    /// credit_records r joined with credit_categories c; `more` adds columns of other joins.
    static const sql::Columns& recordColumns();
    static QString recordSelect(const QString& more = {});
    static RecordRow readRecord(const sql::Rows& q, const QDate& today);
    /// dispute_materials m, without the content.
    static const sql::Columns& materialColumns();
    static protocol::MaterialInfo readMaterial(const sql::Rows& q);
    /// The number of the first case on the record matching `stateAndOrder` (SQL text, a literal).
    std::optional<QString> caseNumberFor(qint64 recordId, const QString& stateAndOrder);

    void keepVersion(qint64 recordId, qint64 caseId, const QString& kind, qint64 by, const QDateTime& at);
    void transition(qint64 caseId, const QString& from, const QString& to);

    QSqlDatabase m_db;
};

} // namespace cp::server
