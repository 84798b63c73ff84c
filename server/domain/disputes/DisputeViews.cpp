#include "domain/disputes/DisputeViews.h"

#include "domain/LocalDate.h"
#include "domain/disputes/DisputeRules.h"
#include "domain/subjects/SubjectStore.h"

namespace cp::server {

using namespace disputes;

protocol::ApplicantMark markView(const MarkRow& row, const QDate& today)
{
    auto m = row.mark;
    // seed 003 附件2.六(五): kept 30 days, then it lapses by itself.
    if (m.state == kMarkSet && m.markUntil.isValid() && m.markUntil < today)
        m.state = kMarkExpired;
    m.stateName = markStateZh(m.state);
    m.overdue = (m.state == kMarkAccepted && today > m.dueDate) ||
                (m.state == kMarkRevocationAccepted && today > m.revocationDueDate);
    return m;
}

protocol::DisputeCase caseView(QSqlDatabase& db, const CaseRow& row, const QDate& today,
                               const WorkingDayCalendar& cal)
{
    auto c = row.dispute;
    c.stateName = caseStateZh(c.state);
    c.subject = SubjectStore(db).summary(row.subjectId);
    c.effectiveDueDate = c.extendedDueDate.isValid() ? c.extendedDueDate : c.dueDate;
    c.overdue = c.state != kDelivered && today > c.effectiveDueDate;
    if (c.deliveredAt.isValid())
        c.markApplicationDeadline = markApplicationDeadline(cal, chinaDate(c.deliveredAt));
    DisputeStore store(db);
    c.records = store.caseRecords(c.id, today);
    c.materials = store.materials(c.id);
    for (const auto& m : MarkStore(db).ofCase(c.id))
        c.marks.append(markView(m, today));
    return c;
}

} // namespace cp::server
