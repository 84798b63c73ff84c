// A numbered document of the dispute workflow on screen — acceptance receipt
// 受理回执, result report 结果报告, mark and revocation receipts, the free
// reprint — with printing (preview, printer) and saving as PDF through the
// same ReportRenderer as the walk-in report, QR code and verification code
// included (SPEC §5).
#pragma once

#include "documents/ReportRenderer.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class DisputeDocumentDialog;
}

namespace cp::client {

class DisputeDocumentDialog : public QDialog
{
    Q_OBJECT
  public:
    DisputeDocumentDialog(const cp::protocol::Report& document, DocumentKind kind, QWidget* parent = nullptr);
    ~DisputeDocumentDialog() override;

    /// Opens a dialog for document (deleted when closed) and returns it.
    static DisputeDocumentDialog* present(const cp::protocol::Report& document, DocumentKind kind,
                                          QWidget* parent);

    const cp::protocol::Report& document() const { return m_document; }
    DocumentKind kind() const { return m_kind; }

    /// Writes the document as an A4 PDF. Returns the error shown, if any.
    std::optional<QString> saveDocumentPdf(const QString& path);
    void openPrintPreview();
    void openPrintDialog();

  private:
    void chooseSavePath();
    void showError(const QString& message);

    std::unique_ptr<Ui::DisputeDocumentDialog> ui;
    cp::protocol::Report m_document;
    DocumentKind m_kind;
};

} // namespace cp::client
