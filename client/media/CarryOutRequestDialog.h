// 携带外出申请: purpose, destination, carriers and return date, for a unit
// leader to approve (seed 004 §13); levels that need it go with two people.
#pragma once

#include "common/PendingRequest.h"
#include "media/MediaApi.h"
#include "media/MediaTerms.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CarryOutRequestDialog;
}

namespace cp::client {

class CarryOutRequestDialog : public QDialog
{
    Q_OBJECT
  public:
    CarryOutRequestDialog(MediaApi& api, const MediaReference& reference, const cp::protocol::Medium& medium,
                          QWidget* parent = nullptr);
    ~CarryOutRequestDialog() override;

  Q_SIGNALS:
    void requested(const cp::protocol::CarryRequest& request);

  private:
    void submit();

    std::unique_ptr<Ui::CarryOutRequestDialog> ui;
    MediaApi& m_api;
    cp::protocol::Medium m_medium;
    PendingRequest m_submit;
};

} // namespace cp::client
