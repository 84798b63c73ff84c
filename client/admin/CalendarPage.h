// 工作日历 (系统管理): the holidays and adjusted working days (调休) of a year.
// Official years ship with the software and are shown read-only; the system
// administrator enters a later year once the State Council publishes it, since
// every deadline (15 working days for a walk-in answer, 5 / 7 for dispute
// marks) is counted on this calendar (seed 003 附件1.五(六), 附件2.六).
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>
#include <memory>

namespace Ui {
class CalendarPage;
}

class QListWidget;

namespace cp::client {

class ApiClient;

class CalendarPage : public QWidget
{
    Q_OBJECT
  public:
    explicit CalendarPage(ApiClient& api, QWidget* parent = nullptr);
    ~CalendarPage() override;

    /// Asks the server for the year shown in the year box.
    void load();
    int year() const;
    bool isOfficial() const { return m_official; }
    QList<QDate> holidays() const;
    QList<QDate> workdays() const;

  Q_SIGNALS:
    void loaded();
    void saved();

  private:
    void addDay(QListWidget* list, const QDate& day, bool workday);
    void removeCurrent(QListWidget* list);
    void save();
    void setEditable(bool editable);
    void fill(QListWidget* list, const QList<QDate>& days);

    std::unique_ptr<Ui::CalendarPage> ui;
    ApiClient& m_api;
    bool m_official = false;
    bool m_busy = false;
};

} // namespace cp::client
