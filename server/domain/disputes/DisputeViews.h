// Builds the wire view of cases and marks from what is stored: derived state
// names, effective due dates, overdue flags, the mark-application deadline, and
// an expired "申请人存疑" mark shown as such.
#pragma once

#include "DisputeProtocol.h"
#include "WorkingDayCalendar.h"
#include "domain/disputes/DisputeStore.h"
#include "domain/disputes/MarkStore.h"

#include <QSqlDatabase>

namespace cp::server {

protocol::ApplicantMark markView(const MarkRow& row, const QDate& today);
protocol::DisputeCase caseView(QSqlDatabase& db, const CaseRow& row, const QDate& today,
                               const WorkingDayCalendar& cal);

} // namespace cp::server
