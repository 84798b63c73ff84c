#include "domain/calendar/CalendarService.h"

#include "domain/UnitOfWork.h"
#include "domain/calendar/CalendarStore.h"

namespace cp::server {

void CalendarService::replaceYear(int year, const QList<QDate>& holidays, const QList<QDate>& workdays)
{
    UnitOfWork work(m_db, m_clock, m_actor);
    CalendarStore(m_db).replaceYear(year, holidays, workdays);
    work.audit(QStringLiteral("calendar.update"), QStringLiteral("calendar:%1").arg(year),
               QStringLiteral("ok"),
               QStringLiteral("%1 holidays, %2 workdays").arg(holidays.size()).arg(workdays.size()));
    work.commit();
}

} // namespace cp::server
