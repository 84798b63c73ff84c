#include "admin/CalendarPage.h"

#include "Protocol.h"
#include "admin/AdminTerms.h"
#include "common/CommonTerms.h"
#include "net/ApiClient.h"
#include "ui_CalendarPage.h"

#include <QJsonArray>
#include <QListWidget>
#include <algorithm>

namespace cp::client {

namespace {

QList<QDate> datesOf(const QJsonValue& v)
{
    QList<QDate> out;
    for (const auto& d : v.toArray())
        if (const QDate date = cp::protocol::fromWireDate(d.toString()); date.isValid())
            out.append(date);
    return out;
}

QJsonArray wire(const QList<QDate>& days)
{
    QJsonArray a;
    for (const QDate& d : days)
        a.append(cp::protocol::toWireDate(d));
    return a;
}

QList<QDate> daysIn(const QListWidget* list)
{
    QList<QDate> out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->data(Qt::UserRole).toDate());
    return out;
}

} // namespace

CalendarPage::CalendarPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::CalendarPage>()), m_api(api)
{
    ui->setupUi(this);
    const int next = QDate::currentDate().year() + 1;
    ui->yearSpin->setValue(next);
    ui->holidayDate->setDate(QDate(next, 1, 1));
    ui->workdayDate->setDate(QDate(next, 1, 2));
    connect(ui->yearSpin, &QSpinBox::valueChanged, this, [this](int y) {
        ui->holidayDate->setDate(QDate(y, 1, 1));
        ui->workdayDate->setDate(QDate(y, 1, 2));
        load();
    });
    connect(ui->refreshButton, &QPushButton::clicked, this, &CalendarPage::load);
    connect(ui->addHolidayButton, &QPushButton::clicked, this,
            [this] { addDay(ui->holidayList, ui->holidayDate->date(), false); });
    connect(ui->addWorkdayButton, &QPushButton::clicked, this,
            [this] { addDay(ui->workdayList, ui->workdayDate->date(), true); });
    connect(ui->removeHolidayButton, &QPushButton::clicked, this, [this] { removeCurrent(ui->holidayList); });
    connect(ui->removeWorkdayButton, &QPushButton::clicked, this, [this] { removeCurrent(ui->workdayList); });
    connect(ui->saveButton, &QPushButton::clicked, this, &CalendarPage::save);
    load();
}

CalendarPage::~CalendarPage() = default;

int CalendarPage::year() const
{
    return ui->yearSpin->value();
}
QList<QDate> CalendarPage::holidays() const
{
    return daysIn(ui->holidayList);
}
QList<QDate> CalendarPage::workdays() const
{
    return daysIn(ui->workdayList);
}

void CalendarPage::load()
{
    const int y = year();
    ui->resultLabel->clear();
    ui->errorLabel->hide();
    setEditable(false);
    m_api.call<QJsonObject>(
        "GET", QStringLiteral("/calendar/%1").arg(y), {}, this,
        [this, y](const ApiResult& r, const QJsonObject& o) {
            if (y != year())
                return; // another year was chosen meanwhile
            AdminTerms::showError(ui->errorLabel, r);
            if (!r.ok())
                return;
            m_official = o.value(QStringLiteral("official")).toBool();
            fill(ui->holidayList, datesOf(o.value(QStringLiteral("holidays"))));
            fill(ui->workdayList, datesOf(o.value(QStringLiteral("workdays"))));
            const bool empty = ui->holidayList->count() == 0 && ui->workdayList->count() == 0;
            ui->stateLabel->setText(m_official
                                        ? tr("Official schedule shipped with the software (read-only).")
                                    : empty ? tr("Not entered yet: only weekends are days off in %1.").arg(y)
                                            : tr("Entered by a system administrator."));
            setEditable(!m_official);
            Q_EMIT loaded();
        },
        [](const QJsonObject& body) { return body; });
}

void CalendarPage::fill(QListWidget* list, const QList<QDate>& days)
{
    list->clear();
    QList<QDate> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    for (const QDate& d : sorted) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(CommonTerms::date(d), QLocale().dayName(d.dayOfWeek())), list);
        item->setData(Qt::UserRole, d);
    }
}

void CalendarPage::addDay(QListWidget* list, const QDate& day, bool workday)
{
    ui->errorLabel->hide();
    ui->resultLabel->clear();
    // Early help only; the server decides (CalendarStore::replaceYear).
    QString problem;
    if (day.year() != year())
        problem = tr("%1 is not in %2.").arg(CommonTerms::date(day)).arg(year());
    else if (workday && day.dayOfWeek() < 6)
        problem = tr("%1 is a weekday already; only a weekend day can be an adjusted working day.")
                      .arg(CommonTerms::date(day));
    else if (holidays().contains(day) || workdays().contains(day))
        problem = tr("%1 is already in the list.").arg(CommonTerms::date(day));
    if (!problem.isEmpty()) {
        AdminTerms::showText(ui->errorLabel, problem);
        return;
    }
    QList<QDate> days = daysIn(list);
    days.append(day);
    fill(list, days);
}

void CalendarPage::removeCurrent(QListWidget* list)
{
    delete list->takeItem(list->currentRow());
}

void CalendarPage::save()
{
    if (m_busy || m_official)
        return;
    m_busy = true;
    ui->saveButton->setEnabled(false);
    ui->errorLabel->hide();
    const int y = year();
    const QJsonObject body{{QStringLiteral("holidays"), wire(holidays())},
                           {QStringLiteral("workdays"), wire(workdays())}};
    m_api.request("PUT", QStringLiteral("/calendar/%1").arg(y), body, this, [this, y](const ApiResult& r) {
        m_busy = false;
        ui->saveButton->setEnabled(!m_official);
        AdminTerms::showError(ui->errorLabel, r);
        if (!r.ok())
            return;
        ui->resultLabel->setText(
            tr("The schedule of %1 is saved; deadlines from now on count on it.").arg(y));
        Q_EMIT saved();
    });
}

void CalendarPage::setEditable(bool editable)
{
    for (QWidget* w :
         {static_cast<QWidget*>(ui->holidayDate), static_cast<QWidget*>(ui->workdayDate),
          static_cast<QWidget*>(ui->addHolidayButton), static_cast<QWidget*>(ui->addWorkdayButton),
          static_cast<QWidget*>(ui->removeHolidayButton), static_cast<QWidget*>(ui->removeWorkdayButton),
          static_cast<QWidget*>(ui->saveButton)})
        w->setEnabled(editable);
}

} // namespace cp::client
