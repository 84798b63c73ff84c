// 存放位置: the storage locations and the levels each may hold (分级存放,
// seed 004 §11), managed by the archivist.
#pragma once

#include "media/MediaApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class MediaLocationsPage;
}

namespace cp::client {

class MediaLocationsPage : public QWidget
{
    Q_OBJECT
  public:
    explicit MediaLocationsPage(ApiClient& api, QWidget* parent = nullptr);
    ~MediaLocationsPage() override;

    void refresh();
    const QList<cp::protocol::MediaLocation>& locations() const { return m_locations; }
    bool select(const QString& code);

  Q_SIGNALS:
    void loaded();

  private:
    void fill();
    void openDialog(bool edit);

    std::unique_ptr<Ui::MediaLocationsPage> ui;
    MediaApi m_api;
    QList<cp::protocol::MediaLevel> m_levels;
    QList<cp::protocol::MediaLocation> m_locations;
    bool m_loading = false;
};

} // namespace cp::client
