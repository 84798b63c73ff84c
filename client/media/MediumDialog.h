// 介质登记 / 登记变更: serial, type, capacity, classification level, custodian
// and storage location of a medium. The location must hold the level
// (分级存放, seed 004 §11); the server decides and says why.
#pragma once

#include "common/PendingRequest.h"
#include "media/MediaApi.h"
#include "media/MediaTerms.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class MediumDialog;
}

namespace cp::client {

class MediumDialog : public QDialog
{
    Q_OBJECT
  public:
    /// existing: edit that medium (its serial stays); none: register a new one.
    MediumDialog(MediaApi& api, const MediaReference& reference,
                 const std::optional<cp::protocol::Medium>& existing, QWidget* parent = nullptr);
    ~MediumDialog() override;

  Q_SIGNALS:
    void saved(const cp::protocol::Medium& medium);

  private:
    void submit();
    void showFieldError(const ApiResult& r);

    std::unique_ptr<Ui::MediumDialog> ui;
    MediaApi& m_api;
    std::optional<cp::protocol::Medium> m_existing;
    PendingRequest m_submit;
};

} // namespace cp::client
