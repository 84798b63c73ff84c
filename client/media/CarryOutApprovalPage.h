// 介质携带外出审批 (approver, in 审批): applications to carry storage media out
// of the premises, approved or rejected with an opinion (seed 004 §13). The
// server refuses a decision on one's own application.
#pragma once

#include "media/MediaApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CarryOutApprovalPage;
}

namespace cp::client {

class CarryOutApprovalPage : public QWidget
{
    Q_OBJECT
  public:
    explicit CarryOutApprovalPage(ApiClient& api, QWidget* parent = nullptr);
    ~CarryOutApprovalPage() override;

    void refresh();
    const QList<cp::protocol::CarryRequest>& requests() const { return m_requests; }
    bool select(qint64 requestId);
    bool isBusy() const { return m_busy; }

  Q_SIGNALS:
    void loaded();
    void decided(const cp::protocol::CarryRequest& request);

  private:
    void fill();
    void decide(bool approve);
    void updateButtons();

    std::unique_ptr<Ui::CarryOutApprovalPage> ui;
    MediaApi m_api;
    QList<cp::protocol::CarryRequest> m_requests;
    bool m_busy = false;
};

} // namespace cp::client
