// 存储介质登记簿: every medium with its level, where it is now and who has it,
// filtered by state, level and custodian; from here the archivist registers
// media, records their events, applies to carry one out and opens the chain
// of custody (SPEC §7; seed 004 §10–14).
#pragma once

#include "media/MediaApi.h"
#include "media/MediaTerms.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class MediaRegisterPage;
}

namespace cp::client {

class MediaRegisterPage : public QWidget
{
    Q_OBJECT
  public:
    /// operatorName: who prints the register.
    MediaRegisterPage(ApiClient& api, const QString& operatorName, QWidget* parent = nullptr);
    ~MediaRegisterPage() override;

    /// Reloads the reference lists (levels, people, locations), then the register.
    void refresh();
    bool isLoading() const { return m_loading; }
    const QList<cp::protocol::Medium>& media() const { return m_media; }
    const MediaReference& reference() const { return m_ref; }
    std::optional<cp::protocol::Medium> current() const;
    /// Selects the row of the medium, if shown.
    bool select(qint64 mediumId);
    /// The register as shown (with its filters) as an A4 PDF. Returns the error, if any.
    std::optional<QString> saveRegisterPdf(const QString& path);

  Q_SIGNALS:
    void loaded();

  private:
    void loadList();
    void fillFilters();
    void fill();
    void updateButtons();
    void showError(const ApiResult& r);
    void openRegister();
    void openEdit();
    void openEvent();
    void openCarryRequest();
    void openChain();
    void chooseSavePath();
    QString filterText() const;

    std::unique_ptr<Ui::MediaRegisterPage> ui;
    MediaApi m_api;
    MediaReference m_ref;
    QString m_operatorName;
    QList<cp::protocol::Medium> m_media;
    bool m_loading = false;
    bool m_filling = false;
};

} // namespace cp::client
