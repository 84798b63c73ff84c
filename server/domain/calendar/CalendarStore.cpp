#include "domain/calendar/CalendarStore.h"

#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "store/Database.h"

#include <QSet>
#include <algorithm>

namespace cp::server {
namespace {

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

void insertDays(QSqlDatabase& db, const QList<QDate>& days, const QString& kind, const QString& source)
{
    for (const QDate& d : days)
        sql::run(db, QStringLiteral("INSERT INTO calendar_days (day, kind, source) VALUES (?, ?, ?)"),
                 {day(d), kind, source});
}

QList<QDate> inYear(const QSet<QDate>& all, int year)
{
    QList<QDate> out;
    for (const QDate& d : all)
        if (d.year() == year)
            out.append(d);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

void CalendarStore::ensureOfficialYears()
{
    const WorkingDayCalendar official = WorkingDayCalendar::officialChina();
    store::Transaction tx(m_db);
    for (int year : WorkingDayCalendar::officialYears()) {
        auto q = sql::select(
            m_db, QStringLiteral("SELECT count(*) AS n FROM calendar_days WHERE day >= ? AND day <= ?"),
            {day(QDate(year, 1, 1)), day(QDate(year, 12, 31))});
        q.next();
        if (q.number("n") > 0)
            continue;
        insertDays(m_db, inYear(official.holidays(), year), QStringLiteral("holiday"),
                   QStringLiteral("official"));
        insertDays(m_db, inYear(official.adjustedWorkdays(), year), QStringLiteral("workday"),
                   QStringLiteral("official"));
    }
    tx.commit();
}

WorkingDayCalendar CalendarStore::load()
{
    WorkingDayCalendar cal;
    auto q = sql::select(m_db, QStringLiteral("SELECT day, kind FROM calendar_days"));
    while (q.next()) {
        const QDate d = QDate::fromString(q.text("day"), Qt::ISODate);
        if (q.text("kind") == QLatin1String("holiday"))
            cal.addHoliday(d);
        else
            cal.addAdjustedWorkday(d);
    }
    return cal;
}

bool CalendarStore::isOfficialYear(int year)
{
    auto q = sql::select(
        m_db,
        QStringLiteral(
            "SELECT count(*) AS n FROM calendar_days WHERE source = 'official' AND day >= ? AND day <= ?"),
        {day(QDate(year, 1, 1)), day(QDate(year, 12, 31))});
    q.next();
    return q.number("n") > 0;
}

void CalendarStore::replaceYear(int year, const QList<QDate>& holidays, const QList<QDate>& workdays)
{
    if (isOfficialYear(year))
        throw DomainError(protocol::ErrorCode::InvalidState,
                          QStringLiteral("%1 年的官方放假安排随软件发布，不能修改。").arg(year));
    for (const QDate& d : holidays + workdays)
        if (!d.isValid() || d.year() != year)
            throw DomainError::invalid(QStringLiteral("days"),
                                       QStringLiteral("日期必须在 %1 年内。").arg(year));
    QSet<QDate> seen;
    for (const QDate& d : holidays + workdays) {
        if (seen.contains(d))
            throw DomainError::invalid(
                QStringLiteral("days"),
                QStringLiteral("%1 登记了两次（一个日期只能是放假日或调休上班日之一）。").arg(day(d)));
        seen.insert(d);
    }
    for (const QDate& d : workdays)
        if (d.dayOfWeek() < 6)
            throw DomainError::invalid(QStringLiteral("workdays"),
                                       QStringLiteral("%1 是工作日，不需要登记为调休上班日。").arg(day(d)));
    sql::run(m_db, QStringLiteral("DELETE FROM calendar_days WHERE day >= ? AND day <= ?"),
             {day(QDate(year, 1, 1)), day(QDate(year, 12, 31))});
    insertDays(m_db, holidays, QStringLiteral("holiday"), QStringLiteral("admin"));
    insertDays(m_db, workdays, QStringLiteral("workday"), QStringLiteral("admin"));
}

} // namespace cp::server
