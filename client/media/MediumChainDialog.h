// 介质流转记录: the full chain of custody of one medium, oldest first, each
// entry with time, operator, counter-signer and the audit-chain number.
#pragma once

#include "media/MediaApi.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class MediumChainDialog;
}

namespace cp::client {

class MediumChainDialog : public QDialog
{
    Q_OBJECT
  public:
    MediumChainDialog(MediaApi& api, qint64 mediumId, const QString& operatorName, QWidget* parent = nullptr);
    ~MediumChainDialog() override;

    const cp::protocol::MediumDetail& detail() const { return m_detail; }
    bool isLoaded() const { return m_loaded; }
    /// The chain as an A4 PDF. Returns the error to show, if any.
    std::optional<QString> saveChainPdf(const QString& path);

  Q_SIGNALS:
    void loaded();

  private:
    void fill();
    QString html() const;
    void chooseSavePath();
    void openPrintPreview();

    std::unique_ptr<Ui::MediumChainDialog> ui;
    cp::protocol::MediumDetail m_detail;
    QString m_operatorName;
    bool m_loaded = false;
};

} // namespace cp::client
