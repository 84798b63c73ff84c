// The working-day calendar as stored: shipped official years are written at
// start-up, an admin enters later years as the State Council publishes them.
#pragma once

#include "WorkingDayCalendar.h"

#include <QList>
#include <QSqlDatabase>

namespace cp::server {

class CalendarStore
{
  public:
    explicit CalendarStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Writes the shipped official years that the table does not hold yet. Idempotent.
    void ensureOfficialYears();
    WorkingDayCalendar load();
    /// Replaces an admin-entered year; official years cannot be replaced.
    void replaceYear(int year, const QList<QDate>& holidays, const QList<QDate>& workdays);
    bool isOfficialYear(int year);

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
