// Credit subjects and their credit records: the one place their SQL lives.
// Walk-in, department, disputes and (next) intake read and write them here.
#pragma once

#include "Protocol.h"
#include "WalkInProtocol.h"
#include "domain/Sql.h"

#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace cp::server {

/// A credit subject as written: legal representative only for a legal person.
struct NewSubject
{
    QString kind; // "natural" | "legal"
    QString idNumber;
    QString name;
    QString legalRepresentative;
    QString regionCode;
    QDateTime createdAt;
};

/// A credit record as written; updatedAt is createdAt. Empty mark reason or
/// invalid dates are stored as NULL.
struct NewRecord
{
    qint64 subjectId = 0;
    QString categoryCode;
    QString title;
    QString content;
    QString providerDepartment;
    QString documentNumber;
    QDate decisionDate;
    QDate validUntil;
    QString openClass; // "A" | "B" | "C"
    QString regionCode;
    QString status = QStringLiteral("active");
    QString disputeState = QStringLiteral("none");
    QString applicantMarkReason;
    QDate applicantMarkUntil;
    QDateTime createdAt;
};

class SubjectStore
{
  public:
    explicit SubjectStore(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<qint64> findId(const QString& idNumber);
    /// Full values: callers decide about masking for their viewer.
    protocol::SubjectSummary summary(qint64 subjectId);

    /// The columns readRecord() reads, for "credit_records r JOIN credit_categories c".
    static const sql::Columns& recordColumns();
    /// The select list readRecord() reads: recordColumns() and "c.name_zh AS category_name".
    static QString recordSelect();
    /// One row selected with recordColumns(). A suspended record ("异议正在处理") keeps
    /// only category, class and date; a "申请人存疑" mark still in force travels with its reason.
    static protocol::ReportRecord readRecord(const sql::Rows& q, const QDate& today);

    /// Records for a walk-in report: active, of the given classes (never C), not
    /// suspended by a dispute in progress, limited to categories when given; a
    /// "申请人存疑" mark still in force travels with its reason.
    QList<protocol::ReportRecord> reportRecords(qint64 subjectId, const QSet<QString>& classes,
                                                const QSet<QString>& categories, const QDate& today);

    /// Writes inside the caller's transaction (if any); returns the new row's id.
    qint64 addSubject(const NewSubject& subject);
    qint64 addRecord(const NewRecord& record);

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
