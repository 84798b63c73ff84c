// Scanned application materials (申请材料): what the rules still ask for, the
// scans attached so far, and attaching another one (JPEG, PNG or PDF). The
// materials are archived by the server the same day (seed 003 附件1.七).
#pragma once

#include "WalkInProtocol.h"

#include <QWidget>
#include <memory>

namespace Ui {
class WalkInMaterialsPanel;
}

namespace cp::client {

class WalkInApi;

class WalkInMaterialsPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit WalkInMaterialsPanel(QWidget* parent = nullptr);
    ~WalkInMaterialsPanel() override;

    void setApi(WalkInApi* api) { m_api = api; }
    /// Material kinds the application needs (cp::protocol::requiredWalkInMaterials, the server's rule).
    void setRequired(const QStringList& kinds);
    /// The registered application the scans belong to; 0 = none yet (attaching disabled).
    void setApplication(qint64 applicationId, const QList<cp::protocol::MaterialInfo>& attached);
    /// Closed applications take no more materials.
    void setAttachingEnabled(bool enabled);
    void clear();

    QList<cp::protocol::MaterialInfo> attached() const { return m_attached; }
    /// Required kinds with no scan yet.
    QStringList missing() const;
    bool isUploading() const { return m_uploading; }
    /// Keyboard focus on the attach button (Enter opens the file picker).
    void focusAttachButton();
    /// The server refused the query for missing materials (details.missing): stress them.
    void markMissing(const QStringList& kinds);

    /// Reads the file, recognises its type and uploads it as kind. This is what
    /// the file dialog calls once a file is chosen.
    void attachFile(const QString& path, const QString& kind);

  Q_SIGNALS:
    void materialsChanged();
    void uploadingChanged(bool uploading);

  private:
    void chooseFile();
    void refreshRequired();
    void appendRow(const cp::protocol::MaterialInfo& m);
    void showError(const QString& message);
    void setUploading(bool uploading);
    void updateEnabled();

    std::unique_ptr<Ui::WalkInMaterialsPanel> ui;
    WalkInApi* m_api = nullptr;
    qint64 m_applicationId = 0;
    QStringList m_required;
    QStringList m_stressed; // kinds the server named as missing
    QList<cp::protocol::MaterialInfo> m_attached;
    bool m_uploading = false;
    bool m_attachingEnabled = true;
};

} // namespace cp::client
