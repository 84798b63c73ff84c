#include "disputes/DisputeDocumentDialog.h"

#include "common/CommonTerms.h"
#include "ui_DisputeDocumentDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace cp::client {

DisputeDocumentDialog::DisputeDocumentDialog(const cp::protocol::Report& document, DocumentKind kind,
                                             QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::DisputeDocumentDialog>()), m_document(document), m_kind(kind)
{
    ui->setupUi(this);
    const QString title = ReportRenderer::title(kind);
    setWindowTitle(tr("%1 – %2").arg(title, document.number));
    ui->titleLabel->setText(title);
    ui->numberValue->setText(document.number);
    ui->issuedValue->setText(CommonTerms::dateTime(document.issuedAt));
    ui->subjectValue->setText(tr("%1 (%2)").arg(document.subject.name, document.subject.idNumber));
    ui->applicantValue->setText(document.applicantName);
    ui->codeValue->setText(document.verificationCode);
    ui->particularsValue->setText(document.purpose.split(u'｜').join(u'\n'));
    ui->qrLabel->setPixmap(
        QPixmap::fromImage(ReportRenderer::qrImage(ReportRenderer::qrPayload(document), 3)));
    for (const auto& r : document.records)
        ui->recordsList->addItem(tr("%1 — %2").arg(r.title, r.content));
    ui->recordsLabel->setVisible(!document.records.isEmpty());
    ui->recordsList->setVisible(!document.records.isEmpty());
    ui->noticeLabel->hide();

    connect(ui->previewButton, &QPushButton::clicked, this, &DisputeDocumentDialog::openPrintPreview);
    connect(ui->printButton, &QPushButton::clicked, this, &DisputeDocumentDialog::openPrintDialog);
    connect(ui->savePdfButton, &QPushButton::clicked, this, &DisputeDocumentDialog::chooseSavePath);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    ui->printButton->setDefault(true);
}

DisputeDocumentDialog::~DisputeDocumentDialog() = default;

DisputeDocumentDialog* DisputeDocumentDialog::present(const cp::protocol::Report& document, DocumentKind kind,
                                                      QWidget* parent)
{
    auto* dialog = new DisputeDocumentDialog(document, kind, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

std::optional<QString> DisputeDocumentDialog::saveDocumentPdf(const QString& path)
{
    const auto error = ReportRenderer(m_document, m_kind).writePdf(path);
    if (error) {
        showError(*error);
        return error;
    }
    ui->errorLabel->hide();
    ui->noticeLabel->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    ui->noticeLabel->show();
    return std::nullopt;
}

void DisputeDocumentDialog::chooseSavePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Save Document as PDF"),
                                   QDir(dir).filePath(m_document.number + QStringLiteral(".pdf")),
                                   tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveDocumentPdf(path); });
    dialog->open();
}

void DisputeDocumentDialog::openPrintPreview()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto* preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print Preview – %1").arg(m_document.number));
    // The printer lives as long as the dialog that paints on it.
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this, printer](QPrinter* p) { ReportRenderer(m_document, m_kind).render(*p); });
    preview->resize(900, 760);
    preview->open();
}

void DisputeDocumentDialog::openPrintDialog()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_document.number);
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (ReportRenderer(m_document, m_kind).render(*printer) == 0) {
            showError(tr("The document could not be sent to the printer."));
            return;
        }
        ui->noticeLabel->setText(tr("%1 was sent to the printer.").arg(m_document.number));
        ui->noticeLabel->show();
    });
    dialog->open();
}

void DisputeDocumentDialog::showError(const QString& message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

} // namespace cp::client
