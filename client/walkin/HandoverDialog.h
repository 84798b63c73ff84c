// 报告交付登记: who received the printed report at the window (seed 003
// 附件1.五(五)). The server records it once.
#pragma once

#include "WalkInProtocol.h"
#include "common/PendingRequest.h"

#include <QDialog>
#include <memory>

namespace Ui {
class HandoverDialog;
}

namespace cp::client {

class WalkInApi;

class HandoverDialog : public QDialog
{
    Q_OBJECT
  public:
    /// receivedBy is suggested (usually the applicant).
    HandoverDialog(WalkInApi& api, const QString& reportNumber, const QString& receivedBy,
                   QWidget* parent = nullptr);
    ~HandoverDialog() override;

  Q_SIGNALS:
    void handedOver(const cp::protocol::Report& report);

  private:
    void submit();

    std::unique_ptr<Ui::HandoverDialog> ui;
    WalkInApi& m_api;
    QString m_number;
    PendingRequest m_submit;
};

} // namespace cp::client
