// SQL reads shared by the walk-in services: subjects, letters and the records
// a report may carry.
#pragma once

#include "WalkInProtocol.h"
#include "domain/walkin/WalkInRules.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace cp::server {

std::optional<qint64> findSubjectId(QSqlDatabase& db, const QString& idNumber);
/// Full values: callers decide about masking for their viewer.
protocol::SubjectSummary subjectSummary(QSqlDatabase& db, qint64 subjectId);
walkin::Letter loadLetter(QSqlDatabase& db, qint64 letterId);

/// The columns readRecord() expects, in order, for "credit_records r JOIN credit_categories c".
extern const QString kRecordColumns;
/// One row selected with kRecordColumns. A suspended record ("异议正在处理") keeps
/// only category, class and date; a "申请人存疑" mark still in force travels with its reason.
protocol::ReportRecord readRecord(const QSqlQuery& q, const QDate& today);

/// Records for a walk-in report: active, of the given classes (never C), not
/// suspended by a dispute in progress, limited to categories when given; a
/// "申请人存疑" mark still in force travels with its reason.
QList<protocol::ReportRecord> reportRecords(QSqlDatabase& db, qint64 subjectId, const QSet<QString>& classes,
                                            const QSet<QString>& categories, const QDate& today);

} // namespace cp::server
