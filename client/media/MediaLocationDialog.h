// A storage location: code, name, and the classification levels it may hold.
#pragma once

#include "common/PendingRequest.h"
#include "media/MediaApi.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class MediaLocationDialog;
}

namespace cp::client {

class MediaLocationDialog : public QDialog
{
    Q_OBJECT
  public:
    MediaLocationDialog(MediaApi& api, const QList<cp::protocol::MediaLevel>& levels,
                        const std::optional<cp::protocol::MediaLocation>& existing,
                        QWidget* parent = nullptr);
    ~MediaLocationDialog() override;

  Q_SIGNALS:
    void saved(const cp::protocol::MediaLocation& location);

  private:
    void submit();

    std::unique_ptr<Ui::MediaLocationDialog> ui;
    MediaApi& m_api;
    std::optional<cp::protocol::MediaLocation> m_existing;
    PendingRequest m_submit;
};

} // namespace cp::client
