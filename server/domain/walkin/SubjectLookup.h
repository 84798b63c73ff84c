// SQL reads shared by the walk-in services: subjects, letters and the records
// a report may carry.
#pragma once

#include "WalkInProtocol.h"
#include "domain/walkin/WalkInRules.h"

#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace cp::server {

std::optional<qint64> findSubjectId(QSqlDatabase& db, const QString& idNumber);
/// Full values: callers decide about masking for their viewer.
protocol::SubjectSummary subjectSummary(QSqlDatabase& db, qint64 subjectId);
walkin::Letter loadLetter(QSqlDatabase& db, qint64 letterId);

/// Records for a walk-in report: active, of the given classes (never C), not
/// suspended by a dispute in progress, limited to categories when given; a
/// "申请人存疑" mark still in force travels with its reason.
QList<protocol::ReportRecord> reportRecords(QSqlDatabase& db, qint64 subjectId, const QSet<QString>& classes,
                                            const QSet<QString>& categories, const QDate& today);

} // namespace cp::server
