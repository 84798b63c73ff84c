// Changes to the working-day calendar (节假日与调休): a system administrator
// enters a year once the State Council publishes it; every change is audited.
#pragma once

#include "domain/Clock.h"
#include "domain/audit/AuditLog.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace cp::server {

class CalendarService
{
  public:
    CalendarService(QSqlDatabase db, const Clock& clock, AuditActor actor)
        : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
    {
    }

    /// Replaces the year's holidays and adjusted workdays.
    void replaceYear(int year, const QList<QDate>& holidays, const QList<QDate>& workdays);

  private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    AuditActor m_actor;
};

} // namespace cp::server
