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

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
