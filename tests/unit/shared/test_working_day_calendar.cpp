// Working-day calendar: deadlines in working days (seed 003 附件1.五: answer within
// 15 working days; 附件2: dispute extensions, mark deadlines). The official table follows
// the State Council notices on the 2025 and 2026 holiday schedules.
#include "WorkingDayCalendar.h"

#include <QTest>

using cp::WorkingDayCalendar;

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void knowsOfficialDays_data();
    void knowsOfficialDays();
    void addsWorkingDays_data();
    void addsWorkingDays();
    void countsWorkingDaysConsistentlyWithAdding_data();
    void countsWorkingDaysConsistentlyWithAdding();
    void countsNothingWhenToIsNotAfterFrom();
    void countsWorkingDaysOfWholeYears();
    void shipsOnlyPublishedYears();
    void shippedAdjustedWorkdaysAreWeekendDays();
    void plainCalendarIsMondayToFriday();
    void lastEntryForADateWins();
    void clearsOneYear();
    void treatsNegativeCountAndInvalidDatesSafely();
};

void TestWorkingDayCalendar::knowsOfficialDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    // 2025 春节: 1/28–2/4 off, Sun 1/26 and Sat 2/8 worked.
    QTest::newRow("2025-01-24 Fri before") << QDate(2025, 1, 24) << true;
    QTest::newRow("2025-01-25 Sat weekend") << QDate(2025, 1, 25) << false;
    QTest::newRow("2025-01-26 Sun 调休") << QDate(2025, 1, 26) << true;
    QTest::newRow("2025-01-27 Mon") << QDate(2025, 1, 27) << true;
    QTest::newRow("2025-01-28 除夕") << QDate(2025, 1, 28) << false;
    QTest::newRow("2025-01-31 Fri holiday") << QDate(2025, 1, 31) << false;
    QTest::newRow("2025-02-04 last day off") << QDate(2025, 2, 4) << false;
    QTest::newRow("2025-02-05 back to work") << QDate(2025, 2, 5) << true;
    QTest::newRow("2025-02-08 Sat 调休") << QDate(2025, 2, 8) << true;
    QTest::newRow("2025-02-09 Sun") << QDate(2025, 2, 9) << false;
    // 2025 国庆+中秋: 10/1–10/8 off, Sun 9/28 and Sat 10/11 worked.
    QTest::newRow("2025-09-28 Sun 调休") << QDate(2025, 9, 28) << true;
    QTest::newRow("2025-09-30 Tue") << QDate(2025, 9, 30) << true;
    QTest::newRow("2025-10-01 国庆") << QDate(2025, 10, 1) << false;
    QTest::newRow("2025-10-06 Mon 中秋") << QDate(2025, 10, 6) << false;
    QTest::newRow("2025-10-08 Wed 8th day") << QDate(2025, 10, 8) << false;
    QTest::newRow("2025-10-09 Thu") << QDate(2025, 10, 9) << true;
    QTest::newRow("2025-10-11 Sat 调休") << QDate(2025, 10, 11) << true;
    QTest::newRow("2025-10-12 Sun") << QDate(2025, 10, 12) << false;
    // Other 2025 days.
    QTest::newRow("2025-01-01 元旦") << QDate(2025, 1, 1) << false;
    QTest::newRow("2025-04-04 清明 Fri") << QDate(2025, 4, 4) << false;
    QTest::newRow("2025-04-27 Sun 调休") << QDate(2025, 4, 27) << true;
    QTest::newRow("2025-05-05 Mon 劳动节") << QDate(2025, 5, 5) << false;
    QTest::newRow("2025-06-02 Mon 端午") << QDate(2025, 6, 2) << false;
    // 2026 元旦: 1/1–1/3 off, Sun 1/4 worked.
    QTest::newRow("2025-12-31 Wed") << QDate(2025, 12, 31) << true;
    QTest::newRow("2026-01-01 元旦") << QDate(2026, 1, 1) << false;
    QTest::newRow("2026-01-02 Fri holiday") << QDate(2026, 1, 2) << false;
    QTest::newRow("2026-01-03 Sat") << QDate(2026, 1, 3) << false;
    QTest::newRow("2026-01-04 Sun 调休") << QDate(2026, 1, 4) << true;
    QTest::newRow("2026-01-05 Mon") << QDate(2026, 1, 5) << true;
    // Rest of 2026.
    QTest::newRow("2026-02-14 Sat 调休") << QDate(2026, 2, 14) << true;
    QTest::newRow("2026-02-16 除夕") << QDate(2026, 2, 16) << false;
    QTest::newRow("2026-02-23 Mon 初七") << QDate(2026, 2, 23) << false;
    QTest::newRow("2026-02-24 Tue") << QDate(2026, 2, 24) << true;
    QTest::newRow("2026-02-28 Sat 调休") << QDate(2026, 2, 28) << true;
    QTest::newRow("2026-04-06 Mon 清明") << QDate(2026, 4, 6) << false;
    QTest::newRow("2026-05-05 Tue 劳动节") << QDate(2026, 5, 5) << false;
    QTest::newRow("2026-05-09 Sat 调休") << QDate(2026, 5, 9) << true;
    QTest::newRow("2026-06-19 Fri 端午") << QDate(2026, 6, 19) << false;
    QTest::newRow("2026-09-20 Sun 调休") << QDate(2026, 9, 20) << true;
    QTest::newRow("2026-09-25 Fri 中秋") << QDate(2026, 9, 25) << false;
    QTest::newRow("2026-10-07 Wed 国庆") << QDate(2026, 10, 7) << false;
    QTest::newRow("2026-10-08 Thu") << QDate(2026, 10, 8) << true;
    QTest::newRow("2026-10-10 Sat 调休") << QDate(2026, 10, 10) << true;
    QTest::newRow("2026-11-21 plain Sat") << QDate(2026, 11, 21) << false;
    // 2027 is not shipped: weekends only until an admin enters the notice.
    QTest::newRow("2027-01-01 unshipped year") << QDate(2027, 1, 1) << true;
}

void TestWorkingDayCalendar::knowsOfficialDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingDayCalendar::officialChina().isWorkingDay(date), working);
}

void TestWorkingDayCalendar::addsWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("plain Friday +1 is Monday") << QDate(2026, 11, 20) << 1 << QDate(2026, 11, 23);
    QTest::newRow("Friday +1 is 调休 Sunday") << QDate(2025, 1, 24) << 1 << QDate(2025, 1, 26);
    QTest::newRow("Friday +2 is Monday") << QDate(2025, 1, 24) << 2 << QDate(2025, 1, 27);
    QTest::newRow("Monday +1 jumps 春节 2025") << QDate(2025, 1, 27) << 1 << QDate(2025, 2, 5);
    QTest::newRow("Monday +5 counts Sat 2/8") << QDate(2025, 1, 27) << 5 << QDate(2025, 2, 10);
    QTest::newRow("Friday +1 is 调休 Saturday 2026") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("Friday +2 jumps 春节 2026") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
    QTest::newRow("from a holiday") << QDate(2025, 1, 29) << 1 << QDate(2025, 2, 5);
    QTest::newRow("from 元旦 holiday to 调休 Sunday") << QDate(2026, 1, 2) << 1 << QDate(2026, 1, 4);
    QTest::newRow("across 2025/2026") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
    QTest::newRow("n=0 on a holiday is the holiday") << QDate(2025, 10, 3) << 0 << QDate(2025, 10, 3);
    QTest::newRow("n=0 on a working day") << QDate(2026, 11, 25) << 0 << QDate(2026, 11, 25);
    QTest::newRow("8-day 国庆 2025 +1") << QDate(2025, 9, 30) << 1 << QDate(2025, 10, 9);
    QTest::newRow("inside 国庆 2025 +3 is Sat 10/11") << QDate(2025, 10, 3) << 3 << QDate(2025, 10, 11);
    QTest::newRow("15 days over 国庆 2025") << QDate(2025, 9, 30) << 15 << QDate(2025, 10, 28);
    // seed 003 附件1.五: 15-working-day answer deadline spanning the 2026 National Day.
    QTest::newRow("15 days from 9/30 over 国庆 2026") << QDate(2026, 9, 30) << 15 << QDate(2026, 10, 27);
    QTest::newRow("15 days from 9/18 with Sun 9/20 worked")
        << QDate(2026, 9, 18) << 15 << QDate(2026, 10, 15);
    QTest::newRow("15 days from 中秋 eve 9/24") << QDate(2026, 9, 24) << 15 << QDate(2026, 10, 22);
    QTest::newRow("15 days in plain weeks") << QDate(2026, 11, 25) << 15 << QDate(2026, 12, 16);
    QTest::newRow("into unshipped 2027") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 1);
}

void TestWorkingDayCalendar::addsWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(WorkingDayCalendar::officialChina().addWorkingDays(start, n), expected);
}

void TestWorkingDayCalendar::countsWorkingDaysConsistentlyWithAdding_data()
{
    addsWorkingDays_data();
}

void TestWorkingDayCalendar::countsWorkingDaysConsistentlyWithAdding()
{
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const auto cal = WorkingDayCalendar::officialChina();
    const QDate due = cal.addWorkingDays(start, n);
    QCOMPARE(cal.workingDaysBetween(start, due), n);
    if (n > 0) {
        // The deadline is the first date on which n working days have passed, and is one.
        QVERIFY(cal.isWorkingDay(due));
        QCOMPARE(cal.workingDaysBetween(start, due.addDays(-1)), n - 1);
    }
    QCOMPARE(due, expected);
}

void TestWorkingDayCalendar::countsNothingWhenToIsNotAfterFrom()
{
    const auto cal = WorkingDayCalendar::officialChina();
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 11, 25), QDate(2026, 11, 25)), 0);
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 11, 25), QDate(2026, 11, 1)), 0);
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 11, 24), QDate(2026, 11, 25)), 1);
    QCOMPARE(cal.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 8)), 1);
    QCOMPARE(cal.workingDaysBetween(QDate(), QDate(2026, 11, 25)), 0);
}

void TestWorkingDayCalendar::countsWorkingDaysOfWholeYears()
{
    // Whole-year totals, counted independently from the two notices (248 each): a missing,
    // extra or mistyped row in the table changes them.
    const auto cal = WorkingDayCalendar::officialChina();
    QCOMPARE(cal.workingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31)), 248);
    QCOMPARE(cal.workingDaysBetween(QDate(2025, 12, 31), QDate(2026, 12, 31)), 248);
}

void TestWorkingDayCalendar::shipsOnlyPublishedYears()
{
    QCOMPARE(WorkingDayCalendar::officialYears(), (QList<int>{2025, 2026}));
    const auto cal = WorkingDayCalendar::officialChina();
    QVERIFY(cal.hasYear(2025));
    QVERIFY(cal.hasYear(2026));
    QVERIFY(!cal.hasYear(2024));
    QVERIFY(!cal.hasYear(2027));
}

void TestWorkingDayCalendar::shippedAdjustedWorkdaysAreWeekendDays()
{
    const auto cal = WorkingDayCalendar::officialChina();
    QCOMPARE(cal.adjustedWorkdays().size(), 11); // 5 in 2025, 6 in 2026
    for (const QDate& d : cal.adjustedWorkdays()) {
        QVERIFY2(d.dayOfWeek() >= Qt::Saturday, qPrintable(d.toString(Qt::ISODate)));
        QVERIFY(!cal.holidays().contains(d));
    }
}

void TestWorkingDayCalendar::plainCalendarIsMondayToFriday()
{
    const WorkingDayCalendar plain;
    QVERIFY(plain.isWorkingDay(QDate(2025, 10, 1))); // a Wednesday, no holidays known
    QVERIFY(!plain.isWorkingDay(QDate(2025, 9, 28)));
    QVERIFY(!plain.hasYear(2025));
    QCOMPARE(plain.addWorkingDays(QDate(2026, 11, 20), 1), QDate(2026, 11, 23));
    QCOMPARE(plain.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 11, 27)), 5);
}

void TestWorkingDayCalendar::lastEntryForADateWins()
{
    WorkingDayCalendar cal;
    const QDate sunday(2027, 2, 7);
    const QDate monday(2027, 2, 8);
    cal.addHoliday(monday);
    cal.addAdjustedWorkday(sunday);
    QVERIFY(!cal.isWorkingDay(monday));
    QVERIFY(cal.isWorkingDay(sunday));
    QVERIFY(cal.hasYear(2027));
    // An admin corrects a mistaken entry the other way round.
    cal.addAdjustedWorkday(monday);
    cal.addHoliday(sunday);
    QVERIFY(cal.isWorkingDay(monday));
    QVERIFY(!cal.isWorkingDay(sunday));
    QVERIFY(!cal.holidays().contains(monday));
    QVERIFY(!cal.adjustedWorkdays().contains(sunday));
}

void TestWorkingDayCalendar::clearsOneYear()
{
    auto cal = WorkingDayCalendar::officialChina();
    cal.clearYear(2025);
    QVERIFY(!cal.hasYear(2025));
    QVERIFY(cal.hasYear(2026));
    QVERIFY(cal.isWorkingDay(QDate(2025, 10, 8)));  // now a plain Wednesday
    QVERIFY(!cal.isWorkingDay(QDate(2025, 9, 28))); // now a plain Sunday
    QVERIFY(!cal.isWorkingDay(QDate(2026, 1, 1)));
}

void TestWorkingDayCalendar::treatsNegativeCountAndInvalidDatesSafely()
{
    const auto cal = WorkingDayCalendar::officialChina();
    QCOMPARE(cal.addWorkingDays(QDate(2026, 11, 25), -3), QDate(2026, 11, 25));
    QVERIFY(!cal.addWorkingDays(QDate(), 3).isValid());
    QVERIFY(!cal.isWorkingDay(QDate()));
    WorkingDayCalendar plain;
    plain.addHoliday(QDate());
    plain.addAdjustedWorkday(QDate());
    QVERIFY(plain.holidays().isEmpty());
    QVERIFY(plain.adjustedWorkdays().isEmpty());
}

QTEST_APPLESS_MAIN(TestWorkingDayCalendar)
#include "test_working_day_calendar.moc"
