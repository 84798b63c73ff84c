#include "WorkingDayCalendar.h"

#include <QList>
#include <algorithm>
#include <array>

namespace cp {
namespace {

enum class DayKind {
    Off,  // 放假: days off, weekends inside the range included
    Work, // 调休上班: weekend days worked
};

/// One line of a State Council notice: a range of days (within one year) that are off,
/// or weekend days that are worked.
struct ScheduleRow
{
    int year;
    int fromMonth;
    int fromDay;
    int toMonth;
    int toDay;
    DayKind kind;
};

// 国务院办公厅关于2025年部分节假日安排的通知 (published November 2024; the first
// schedule under the 2024 revision of 《全国年节及纪念日放假办法》: 春节 and 劳动节 one day longer).
// 国务院办公厅关于2026年部分节假日安排的通知 (published November 2025).
//
// 2027 is NOT shipped: its schedule was not known with certainty when this table was
// written. Until a release ships it, a security/system admin must enter the 2027 notice
// once it is published (the server stores it and applies it with addHoliday /
// addAdjustedWorkday). Never guess a year: a wrong holiday moves legal deadlines.
constexpr std::array kOfficialSchedule{
    ScheduleRow{2025, 1, 1, 1, 1, DayKind::Off},      // 元旦
    ScheduleRow{2025, 1, 28, 2, 4, DayKind::Off},     // 春节 (除夕至正月初七)
    ScheduleRow{2025, 1, 26, 1, 26, DayKind::Work},   // 春节调休上班 (周日)
    ScheduleRow{2025, 2, 8, 2, 8, DayKind::Work},     // 春节调休上班 (周六)
    ScheduleRow{2025, 4, 4, 4, 6, DayKind::Off},      // 清明节
    ScheduleRow{2025, 5, 1, 5, 5, DayKind::Off},      // 劳动节
    ScheduleRow{2025, 4, 27, 4, 27, DayKind::Work},   // 劳动节调休上班 (周日)
    ScheduleRow{2025, 5, 31, 6, 2, DayKind::Off},     // 端午节
    ScheduleRow{2025, 10, 1, 10, 8, DayKind::Off},    // 国庆节、中秋节
    ScheduleRow{2025, 9, 28, 9, 28, DayKind::Work},   // 国庆节调休上班 (周日)
    ScheduleRow{2025, 10, 11, 10, 11, DayKind::Work}, // 国庆节调休上班 (周六)

    ScheduleRow{2026, 1, 1, 1, 3, DayKind::Off},      // 元旦
    ScheduleRow{2026, 1, 4, 1, 4, DayKind::Work},     // 元旦调休上班 (周日)
    ScheduleRow{2026, 2, 15, 2, 23, DayKind::Off},    // 春节 (腊月二十八至正月初七)
    ScheduleRow{2026, 2, 14, 2, 14, DayKind::Work},   // 春节调休上班 (周六)
    ScheduleRow{2026, 2, 28, 2, 28, DayKind::Work},   // 春节调休上班 (周六)
    ScheduleRow{2026, 4, 4, 4, 6, DayKind::Off},      // 清明节
    ScheduleRow{2026, 5, 1, 5, 5, DayKind::Off},      // 劳动节
    ScheduleRow{2026, 5, 9, 5, 9, DayKind::Work},     // 劳动节调休上班 (周六)
    ScheduleRow{2026, 6, 19, 6, 21, DayKind::Off},    // 端午节
    ScheduleRow{2026, 9, 25, 9, 27, DayKind::Off},    // 中秋节
    ScheduleRow{2026, 10, 1, 10, 7, DayKind::Off},    // 国庆节
    ScheduleRow{2026, 9, 20, 9, 20, DayKind::Work},   // 国庆节调休上班 (周日)
    ScheduleRow{2026, 10, 10, 10, 10, DayKind::Work}, // 国庆节调休上班 (周六)
};

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

} // namespace

WorkingDayCalendar WorkingDayCalendar::officialChina()
{
    WorkingDayCalendar cal;
    for (const ScheduleRow& row : kOfficialSchedule) {
        const QDate last(row.year, row.toMonth, row.toDay);
        for (QDate d(row.year, row.fromMonth, row.fromDay); d <= last; d = d.addDays(1)) {
            if (row.kind == DayKind::Off)
                cal.addHoliday(d);
            else
                cal.addAdjustedWorkday(d);
        }
    }
    return cal;
}

QList<int> WorkingDayCalendar::officialYears()
{
    QList<int> years;
    for (const ScheduleRow& row : kOfficialSchedule)
        if (!years.contains(row.year))
            years.append(row.year);
    std::sort(years.begin(), years.end());
    return years;
}

// The last entry for a date wins, so an admin can correct a shipped day either way.
void WorkingDayCalendar::addHoliday(QDate d)
{
    if (!d.isValid())
        return;
    m_workdays.remove(d);
    m_holidays.insert(d);
}

void WorkingDayCalendar::addAdjustedWorkday(QDate d)
{
    if (!d.isValid())
        return;
    m_holidays.remove(d);
    m_workdays.insert(d);
}

void WorkingDayCalendar::clearYear(int year)
{
    const auto inYear = [year](QDate d) { return d.year() == year; };
    m_holidays.removeIf(inYear);
    m_workdays.removeIf(inYear);
}

bool WorkingDayCalendar::hasYear(int year) const
{
    const auto inYear = [year](QDate d) { return d.year() == year; };
    return std::any_of(m_holidays.cbegin(), m_holidays.cend(), inYear) ||
           std::any_of(m_workdays.cbegin(), m_workdays.cend(), inYear);
}

bool WorkingDayCalendar::isWorkingDay(QDate d) const
{
    if (!d.isValid())
        return false;
    if (m_workdays.contains(d))
        return true;
    if (m_holidays.contains(d))
        return false;
    return !isWeekend(d);
}

QDate WorkingDayCalendar::addWorkingDays(QDate start, int n) const
{
    // Contract: n >= 0. A negative n is treated as 0 rather than counting backwards,
    // so a bad input can never produce a deadline before the start.
    if (!start.isValid())
        return {};
    QDate d = start;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

int WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isWorkingDay(d))
            ++count;
    return count;
}

} // namespace cp
