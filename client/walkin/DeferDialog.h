// 限期答复: the query cannot be answered on the spot; the server sets the
// deadline (15 working days, seed 003 附件1.五(六)) and lists it as pending.
#pragma once

#include "WalkInProtocol.h"
#include "common/PendingRequest.h"

#include <QDialog>
#include <memory>

namespace Ui {
class DeferDialog;
}

namespace cp::client {

class WalkInApi;

class DeferDialog : public QDialog
{
    Q_OBJECT
  public:
    DeferDialog(WalkInApi& api, qint64 applicationId, QWidget* parent = nullptr);
    ~DeferDialog() override;

  Q_SIGNALS:
    void deferred(const cp::protocol::WalkInApplication& application);

  private:
    void submit();

    std::unique_ptr<Ui::DeferDialog> ui;
    WalkInApi& m_api;
    qint64 m_applicationId;
    PendingRequest m_submit;
};

} // namespace cp::client
