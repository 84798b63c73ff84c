// 待答复: applications deferred for a later answer, earliest deadline first;
// overdue ones stand out (seed 003 附件1.五(六): 15 working days, extendable once).
#pragma once

#include "WalkInProtocol.h"
#include "common/PendingRequest.h"

#include <QWidget>
#include <memory>

namespace Ui {
class WalkInPendingList;
}

namespace cp::client {

class WalkInApi;

class WalkInPendingList : public QWidget
{
    Q_OBJECT
  public:
    explicit WalkInPendingList(QWidget* parent = nullptr);
    ~WalkInPendingList() override;

    void setApi(WalkInApi* api) { m_api = api; }
    /// Asks the server for the list again.
    void refresh();
    QList<cp::protocol::WalkInApplication> applications() const { return m_applications; }
    bool isLoading() const { return m_reload.busy(); }
    /// The open button's text for the page using the list (default: open to answer or refuse).
    void setOpenText(const QString& text);

  Q_SIGNALS:
    /// The clerk wants to answer or refuse this application now.
    void openRequested(const cp::protocol::WalkInApplication& application);
    void loaded();

  private:
    void fill();
    void openCurrent();

    std::unique_ptr<Ui::WalkInPendingList> ui;
    WalkInApi* m_api = nullptr;
    QList<cp::protocol::WalkInApplication> m_applications;
    PendingRequest m_reload;
};

} // namespace cp::client
