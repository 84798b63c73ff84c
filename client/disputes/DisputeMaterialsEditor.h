// The scans of a dispute, mark or revocation application, collected at the
// window before anything is sent: what the rules ask for, what is attached,
// and attaching another file after checking its type (JPEG, PNG, PDF from the
// content) and size (10 MB a file, 20 MB and 12 files in all; seed 003 附件2.四(一)).
// The application carries them whole (DisputeMaterialUpload), so nothing is
// stored on the server unless the application is accepted.
#pragma once

#include "DisputeProtocol.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DisputeMaterialsEditor;
}

namespace cp::client {

class DisputeMaterialsEditor : public QWidget
{
    Q_OBJECT
  public:
    explicit DisputeMaterialsEditor(QWidget* parent = nullptr);
    ~DisputeMaterialsEditor() override;

    /// Kinds the application needs (protocol::requiredDisputeMaterials).
    void setRequired(const QStringList& kinds);
    void clear();

    const QList<cp::protocol::DisputeMaterialUpload>& materials() const { return m_materials; }
    /// Required kinds with no scan yet.
    QStringList missing() const;
    /// The server named these as missing (details.missing): stress them.
    void markMissing(const QStringList& kinds);

    /// Reads the file, checks type and size and adds it as kind. Returns the
    /// error shown, if any. This is what the file dialog calls.
    std::optional<QString> attachFile(const QString& path, const QString& kind);
    void removeSelected();

  Q_SIGNALS:
    void materialsChanged();

  private:
    void chooseFile();
    void refresh();
    void showError(const QString& message);

    std::unique_ptr<Ui::DisputeMaterialsEditor> ui;
    QStringList m_required;
    QStringList m_stressed;
    QList<cp::protocol::DisputeMaterialUpload> m_materials;
};

} // namespace cp::client
