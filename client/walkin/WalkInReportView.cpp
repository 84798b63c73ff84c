#include "walkin/WalkInReportView.h"

#include "common/CommonTerms.h"
#include "documents/ReportRenderer.h"
#include "ui_WalkInReportView.h"
#include "walkin/HandoverDialog.h"
#include "walkin/WalkInApi.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStyle>

namespace cp::client {

namespace {

enum Column {
    ColNo,
    ColCategory,
    ColTitle,
    ColContent,
    ColDepartment,
    ColDocument,
    ColDate,
    ColClass,
    ColMark,
    ColCount
};

const QColor kMarkedRow(0xfd, 0xf3, 0xd8);
const QColor kMarkInk(0x8c, 0x1d, 0x18);

} // namespace

WalkInReportView::WalkInReportView(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::WalkInReportView>())
{
    ui->setupUi(this);
    QTableWidget* t = ui->recordsTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("No."), tr("Category"), tr("Title"), tr("Content"), tr("Provided by"),
                                  tr("Document no."), tr("Decision date"), tr("Class"), tr("Mark")});
    t->verticalHeader()->hide();
    QHeaderView* header = t->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int c : {ColContent, ColMark})
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    for (int c : {ColNo, ColCategory, ColDate, ColClass})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Starting widths; the clerk can widen any column.
    header->resizeSection(ColTitle, 130);
    header->resizeSection(ColDepartment, 120);
    header->resizeSection(ColDocument, 110);

    connect(ui->previewButton, &QPushButton::clicked, this, &WalkInReportView::openPrintPreview);
    connect(ui->printButton, &QPushButton::clicked, this, &WalkInReportView::openPrintDialog);
    connect(ui->savePdfButton, &QPushButton::clicked, this, &WalkInReportView::chooseSavePath);
    connect(ui->handoverButton, &QPushButton::clicked, this, &WalkInReportView::openHandoverDialog);
    connect(ui->nextButton, &QPushButton::clicked, this, &WalkInReportView::nextApplicantRequested);
}

WalkInReportView::~WalkInReportView() = default;

void WalkInReportView::setReport(const cp::protocol::Report& report)
{
    m_report = report;
    m_printed = false;
    const auto& r = report;
    ui->reportNumberValue->setText(r.number);
    ui->reportIssuedValue->setText(CommonTerms::dateTime(r.issuedAt));
    ui->reportSubjectValue->setText(
        tr("%1 (%2)").arg(r.subject.name, CommonTerms::subjectKind(r.subject.kind)));
    ui->reportSubjectIdValue->setText(r.subject.idNumber);
    ui->reportApplicantValue->setText(r.applicantName);
    ui->reportPurposeValue->setText(r.purpose);
    ui->reportClassesValue->setText(CommonTerms::openClasses(r.classes));
    ui->reportClerkValue->setText(tr("%1 / %2").arg(r.workstation, r.clerkName));
    ui->errorLabel->hide();
    fillRecords();
    updateHandover();
}

void WalkInReportView::fillRecords()
{
    QTableWidget* t = ui->recordsTable;
    t->setRowCount(0);
    int marks = 0;
    for (int i = 0; i < m_report.records.size(); ++i) {
        const auto& rec = m_report.records[i];
        const bool marked = !rec.applicantMarkReason.isEmpty();
        const QStringList cells{
            QString::number(i + 1),
            rec.categoryName.isEmpty() ? CommonTerms::category(rec.categoryCode) : rec.categoryName,
            rec.title,
            rec.content,
            rec.providerDepartment,
            rec.documentNumber,
            CommonTerms::date(rec.decisionDate),
            rec.openClass,
            marked ? tr("Applicant disputes: %1").arg(rec.applicantMarkReason) : QString()};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (marked) {
                item->setBackground(kMarkedRow);
                if (c == ColMark) {
                    item->setForeground(kMarkInk);
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
            }
            t->setItem(i, c, item);
        }
        marks += marked ? 1 : 0;
    }
    t->resizeRowsToContents();
    ui->recordsTitleLabel->setText(
        tr("Credit records on the report: %n", nullptr, int(m_report.records.size())));
    ui->marksLabel->setVisible(marks > 0);
    ui->marksLabel->setText(
        tr("%n record(s) carry the mark “applicant disputes”; the reason is printed on the "
           "report. Point this out to the applicant.",
           nullptr, marks));
    ui->marksLabel->setStyleSheet(QStringLiteral("color: #8c1d18;"));
}

void WalkInReportView::updateHandover()
{
    const bool done = !m_report.handedTo.isEmpty();
    ui->handoverLabel->setText(
        done ? tr("Handed over to %1 at %2.").arg(m_report.handedTo, CommonTerms::dateTime(m_report.handedAt))
             : tr("Not yet handed over. Print the report, give it to the applicant and "
                  "record the hand-over."));
    ui->handoverLabel->setProperty("done", done);
    ui->handoverLabel->style()->unpolish(ui->handoverLabel);
    ui->handoverLabel->style()->polish(ui->handoverLabel);
    ui->handoverButton->setEnabled(!done);
    focusNextAction();
}

void WalkInReportView::focusNextAction()
{
    // Print first, then hand over, then the next applicant: Enter follows the flow.
    QPushButton* next = !m_report.handedTo.isEmpty() ? ui->nextButton
                        : m_printed                  ? ui->handoverButton
                                                     : ui->printButton;
    for (QPushButton* b : {ui->printButton, ui->handoverButton, ui->nextButton})
        b->setDefault(b == next);
    next->setFocus();
}

std::optional<QString> WalkInReportView::saveReportPdf(const QString& path)
{
    const auto error = ReportRenderer(m_report).writePdf(path);
    if (error) {
        showError(*error);
        return error;
    }
    ui->errorLabel->hide();
    m_printed = true;
    focusNextAction();
    Q_EMIT notice(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return std::nullopt;
}

void WalkInReportView::chooseSavePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Save Report as PDF"),
                                   QDir(dir).filePath(m_report.number + QStringLiteral(".pdf")),
                                   tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveReportPdf(path); });
    dialog->open();
}

void WalkInReportView::openPrintPreview()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto* preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print Preview – %1").arg(m_report.number));
    // The printer lives as long as the dialog that paints on it.
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this, printer](QPrinter* p) { ReportRenderer(m_report).render(*p); });
    connect(preview, &QDialog::accepted, this, [this] {
        m_printed = true;
        focusNextAction();
    });
    preview->resize(900, 760);
    preview->open();
}

void WalkInReportView::openPrintDialog()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_report.number);
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (ReportRenderer(m_report).render(*printer) == 0) {
            showError(tr("The report could not be sent to the printer."));
            return;
        }
        m_printed = true;
        focusNextAction();
        Q_EMIT notice(tr("Report %1 was sent to the printer.").arg(m_report.number));
    });
    dialog->open();
}

void WalkInReportView::openHandoverDialog()
{
    if (!m_api || !m_report.handedTo.isEmpty())
        return;
    auto* dialog = new HandoverDialog(*m_api, m_report.number, m_report.applicantName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HandoverDialog::handedOver, this, [this](const cp::protocol::Report& r) {
        m_report.handedTo = r.handedTo;
        m_report.handedAt = r.handedAt;
        updateHandover();
        Q_EMIT handedOver(m_report);
    });
    dialog->open();
}

void WalkInReportView::showError(const QString& message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

} // namespace cp::client
