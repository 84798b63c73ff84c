// Working-day calendar: weekends, Chinese public holidays and adjusted working
// days (调休). Used for every deadline (walk-in answers 15 working days, dispute
// extensions, mark deadlines). seed 003 附件1.五, 附件2.
#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace cp {

class WorkingDayCalendar
{
  public:
    /// A plain Monday–Friday calendar with no holidays.
    WorkingDayCalendar() = default;

    /// The official State Council schedules shipped with the product (2025, 2026, and
    /// further years as published). Years outside the shipped ones fall back to weekends only;
    /// an admin can add future years (stored by the server, applied with addHoliday etc.).
    static WorkingDayCalendar officialChina();
    /// Years covered by officialChina().
    static QList<int> officialYears();

    void addHoliday(QDate d);         // a day off, even if a weekday
    void addAdjustedWorkday(QDate d); // 调休: a weekend day that is a working day
    void clearYear(int year);
    bool hasYear(int year) const; // any holiday/adjusted day known for that year

    bool isWorkingDay(QDate d) const;
    /// The date n working days after start (start itself not counted); n >= 0.
    /// addWorkingDays(Fri, 1) == next working day after Friday.
    QDate addWorkingDays(QDate start, int n) const;
    /// Working days in (from, to]: 0 if to <= from.
    int workingDaysBetween(QDate from, QDate to) const;

    QSet<QDate> holidays() const { return m_holidays; }
    QSet<QDate> adjustedWorkdays() const { return m_workdays; }

  private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
};

} // namespace cp
