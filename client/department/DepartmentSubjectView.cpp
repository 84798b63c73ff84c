#include "department/DepartmentSubjectView.h"

#include "common/CommonTerms.h"
#include "department/BAuthorizationRequestDialog.h"
#include "department/DepartmentTerms.h"
#include "documents/ReportRenderer.h"
#include "ui_DepartmentSubjectView.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace cp::client {

using cp::protocol::Report;
using cp::protocol::SubjectRecordsView;
using cp::protocol::SubjectSummary;

namespace {

enum Column {
    ColClass,
    ColCategory,
    ColTitle,
    ColContent,
    ColProvider,
    ColDecision,
    ColValidUntil,
    ColMark,
    ColCount
};

const QColor kMarkedRow(0xfd, 0xf3, 0xd8);
const QColor kMarkInk(0x8c, 0x1d, 0x18);
const QColor kSuspendedRow(0xee, 0xf0, 0xf3);
const QColor kSuspendedInk(0x5b, 0x66, 0x73);

} // namespace

DepartmentSubjectView::DepartmentSubjectView(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DepartmentSubjectView>())
{
    ui->setupUi(this);
    QTableWidget* t = ui->recordsTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("Class"), tr("Category"), tr("Title"), tr("Content"), tr("Provided by"),
                                  tr("Decision date"), tr("Valid until"), tr("Mark")});
    t->verticalHeader()->hide();
    QHeaderView* header = t->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColContent, QHeaderView::Stretch);
    header->setSectionResizeMode(ColMark, QHeaderView::Stretch);
    for (QLabel* l :
         {ui->nameValue, ui->idValue, ui->noticeLabel, ui->errorLabel, ui->identityError, ui->exportError})
        l->setTextFormat(Qt::PlainText); // names and server texts are shown as they are

    connect(ui->backButton, &QPushButton::clicked, this, &DepartmentSubjectView::backRequested);
    connect(ui->showButton, &QPushButton::clicked, this, &DepartmentSubjectView::loadRecords);
    connect(ui->purposeEdit, &QLineEdit::returnPressed, this, &DepartmentSubjectView::loadRecords);
    connect(ui->purposeCombo, &QComboBox::activated, this, [this] { ui->purposeError->hide(); });
    connect(ui->revealButton, &QPushButton::clicked, this, &DepartmentSubjectView::revealIdentity);
    connect(ui->exportButton, &QPushButton::clicked, this, &DepartmentSubjectView::exportReport);
    connect(ui->savePdfButton, &QPushButton::clicked, this, &DepartmentSubjectView::chooseSavePath);
    connect(ui->previewButton, &QPushButton::clicked, this, &DepartmentSubjectView::openPrintPreview);
    connect(ui->requestButton, &QPushButton::clicked, this, &DepartmentSubjectView::openRequestDialog);
}

DepartmentSubjectView::~DepartmentSubjectView() = default;

void DepartmentSubjectView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QWidget::keyPressEvent(event);
        return;
    }
    QWidget* focus = focusWidget();
    if (auto* button = qobject_cast<QPushButton*>(focus); button && button->isEnabled())
        button->animateClick();
    else if (focus && ui->purposeGroup->isAncestorOf(focus))
        loadRecords();
    else
        QWidget::keyPressEvent(event);
}

void DepartmentSubjectView::setViewer(const QString& fullName, bool mayRequestAuthorization)
{
    m_viewerName = fullName;
    m_mayRequest = mayRequestAuthorization;
}

void DepartmentSubjectView::showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void DepartmentSubjectView::showNotice(const QString& text)
{
    ui->noticeLabel->setText(text);
    ui->noticeLabel->setVisible(!text.isEmpty());
}

void DepartmentSubjectView::setSubject(const SubjectSummary& subject)
{
    m_subject = subject;
    m_view.reset();
    m_report.reset();
    m_viewPurpose.clear();
    showSubject(subject);
    ui->revealButton->setEnabled(true);
    for (QLabel* l : {ui->identityError, ui->noticeLabel, ui->errorLabel, ui->purposeError, ui->exportError})
        l->hide();
    ui->recordsGroup->hide();
    ui->recordsTable->setRowCount(0);
    ui->purposeEdit->clear();
    ui->purposeCombo->setCurrentIndex(0);
    ui->exportLabel->clear();
    ui->savePdfButton->setEnabled(false);
    ui->previewButton->setEnabled(false);
    loadPurposes();
    ui->purposeCombo->setFocus();
}

void DepartmentSubjectView::showSubject(const SubjectSummary& s)
{
    const bool legal = s.kind == QLatin1String("legal");
    ui->titleLabel->setText(s.name);
    ui->nameValue->setText(s.name);
    ui->idLabel->setText(legal ? tr("Credit code:") : tr("ID number:"));
    ui->idValue->setText(s.idNumber);
    ui->kindValue->setText(CommonTerms::subjectKind(s.kind));
    ui->regionValue->setText(DepartmentTerms::region(s));
    ui->representativeLabel->setVisible(legal);
    ui->representativeValue->setVisible(legal);
    ui->representativeValue->setText(s.legalRepresentative);
}

void DepartmentSubjectView::loadPurposes()
{
    if (!m_api || m_purposesLoading || !m_purposes.isEmpty())
        return;
    m_purposesLoading = true;
    ui->purposeCombo->clear();
    ui->purposeCombo->addItem(tr("— choose a purpose —"), QString());
    m_api->purposes(this, [this](const ApiResult& r, const QList<QueryPurpose>& list) {
        m_purposesLoading = false;
        if (!r.ok()) {
            showError(ui->purposeError, r.userMessage());
            return;
        }
        m_purposes = list;
        for (const auto& p : list)
            ui->purposeCombo->addItem(p.name, p.code);
        Q_EMIT purposesLoaded();
    });
}

QString DepartmentSubjectView::purpose() const
{
    const QString text = ui->purposeEdit->text().trimmed();
    return text.isEmpty() ? ui->purposeCombo->currentData().toString() : text;
}

void DepartmentSubjectView::setBusy(bool busy)
{
    m_loading = busy;
    for (QPushButton* b : {ui->showButton, ui->exportButton, ui->revealButton})
        b->setEnabled(!busy);
}

bool DepartmentSubjectView::loadRecords()
{
    const QString p = purpose();
    if (p.isEmpty()) {
        // seed 003 附件1.七(一): no record is shown without a stated purpose.
        showError(ui->purposeError,
                  tr("Choose a purpose from the list or describe it before the records are shown."));
        ui->purposeCombo->setFocus();
        return false;
    }
    if (!m_api || m_loading)
        return false;
    ui->purposeError->hide();
    ui->errorLabel->hide();
    setBusy(true);
    m_api->records(m_subject.id, p, this, [this, p](const ApiResult& r, const SubjectRecordsView& view) {
        setBusy(false);
        if (!r.ok()) {
            if (r.error &&
                r.error->details.value(QStringLiteral("field")).toString() == QLatin1String("purpose"))
                showError(ui->purposeError, r.userMessage());
            else
                showError(ui->errorLabel, r.userMessage());
            return;
        }
        m_view = view;
        m_viewPurpose = p;
        m_report.reset();
        ui->exportLabel->clear();
        ui->savePdfButton->setEnabled(false);
        ui->previewButton->setEnabled(false);
        showSubject(view.subject); // unmasked when the viewer is entitled
        fillRecords();
        ui->recordsGroup->show();
        ui->recordsTable->setFocus();
        Q_EMIT recordsLoaded();
    });
    return true;
}

void DepartmentSubjectView::fillRecords()
{
    const SubjectRecordsView& v = *m_view;
    QTableWidget* t = ui->recordsTable;
    t->setRowCount(0);
    int marks = 0;
    for (int i = 0; i < v.records.size(); ++i) {
        const auto& rec = v.records[i];
        const bool marked = !rec.applicantMarkReason.isEmpty();
        QStringList cells{rec.openClass,
                          rec.categoryName.isEmpty() ? CommonTerms::category(rec.categoryCode)
                                                     : rec.categoryName,
                          rec.title,
                          rec.content,
                          rec.providerDepartment,
                          CommonTerms::date(rec.decisionDate),
                          CommonTerms::date(rec.validUntil),
                          marked ? tr("Applicant disputes: %1").arg(rec.applicantMarkReason) : QString()};
        if (rec.suspended) // the server sends no content; only the placeholder title is shown
            cells = QStringList{rec.openClass, cells[ColCategory], rec.title, {}, {}, {}, {}, {}};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            item->setData(Qt::UserRole, rec.id);
            if (rec.suspended) {
                item->setBackground(kSuspendedRow);
                item->setForeground(kSuspendedInk);
            } else if (marked) {
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
    ui->recordsGroup->setTitle(tr("Credit records (%n)", nullptr, int(v.records.size())));
    ui->jurisdictionLabel->setText(tr("Jurisdiction: region codes beginning with %1").arg(v.jurisdiction));
    if (v.authorization)
        ui->authorizationLabel->setText(
            tr("Class B records shown under authorization no. %1, valid until %2.")
                .arg(v.authorization->id)
                .arg(CommonTerms::date(v.authorization->requestedUntil)));
    else if (m_mayRequest)
        ui->authorizationLabel->setText(
            tr("Class B (authorized) records are shown only under an approved authorization."));
    else
        ui->authorizationLabel->clear();
    ui->requestButton->setVisible(m_mayRequest && !v.authorization);
    ui->marksLabel->setVisible(marks > 0);
    ui->marksLabel->setText(
        tr("%n record(s) carry the mark “applicant disputes”; read them with the stated reason.", nullptr,
           marks));
    ui->marksLabel->setStyleSheet(QStringLiteral("color: #8c1d18;"));
}

void DepartmentSubjectView::revealIdentity()
{
    if (!m_api || m_loading)
        return;
    ui->identityError->hide();
    setBusy(true);
    m_api->identity(m_subject.id, this, [this](const ApiResult& r, const SubjectSummary& s) {
        setBusy(false);
        if (!r.ok()) {
            showError(ui->identityError, r.userMessage());
            return;
        }
        showSubject(s);
        ui->revealButton->setEnabled(false);
        showNotice(tr("Full identity shown; this viewing has been logged."));
        Q_EMIT identityShown();
    });
}

void DepartmentSubjectView::exportReport()
{
    if (!m_api || m_loading || !m_view)
        return;
    ui->exportError->hide();
    setBusy(true);
    m_api->exportReport(m_subject.id, m_viewPurpose, this, [this](const ApiResult& r, const Report& report) {
        setBusy(false);
        if (!r.ok()) {
            showError(ui->exportError, r.userMessage());
            return;
        }
        m_report = report;
        ui->exportLabel->setText(tr("Report no. %1 issued (verification code %2). Save or print it.")
                                     .arg(report.number, report.verificationCode));
        ui->savePdfButton->setEnabled(true);
        ui->previewButton->setEnabled(true);
        ui->savePdfButton->setDefault(true);
        ui->savePdfButton->setFocus();
        Q_EMIT exported(report);
    });
}

QString DepartmentSubjectView::watermarkText() const
{
    return m_report ? DepartmentTerms::watermark(m_viewerName, m_report->issuedAt) : QString();
}

std::optional<QString> DepartmentSubjectView::saveExportPdf(const QString& path)
{
    if (!m_report)
        return tr("Export the report first.");
    ReportRenderer renderer(*m_report, DocumentKind::DepartmentExport);
    renderer.setWatermark(watermarkText());
    const auto error = renderer.writePdf(path);
    if (error) {
        showError(ui->exportError, *error);
        return error;
    }
    ui->exportError->hide();
    showNotice(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return std::nullopt;
}

void DepartmentSubjectView::chooseSavePath()
{
    if (!m_report)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Save Report as PDF"),
                                   QDir(dir).filePath(m_report->number + QStringLiteral(".pdf")),
                                   tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveExportPdf(path); });
    dialog->open();
}

void DepartmentSubjectView::openPrintPreview()
{
    if (!m_report)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto* preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print Preview – %1").arg(m_report->number));
    // The printer lives as long as the dialog that paints on it.
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, printer](QPrinter* p) {
        ReportRenderer renderer(*m_report, DocumentKind::DepartmentExport);
        renderer.setWatermark(watermarkText());
        renderer.render(*p);
    });
    preview->resize(900, 760);
    preview->open();
}

void DepartmentSubjectView::openRequestDialog()
{
    if (!m_api || !m_mayRequest)
        return;
    auto* dialog = new BAuthorizationRequestDialog(*m_api, m_subject, m_purposes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString p = ui->purposeEdit->text().trimmed(); !p.isEmpty())
        dialog->setPurposeText(p);
    else
        dialog->setPurposeCode(ui->purposeCombo->currentData().toString());
    connect(dialog, &BAuthorizationRequestDialog::requested, this,
            [this](const cp::protocol::BAuthorization& a) {
                showNotice(
                    tr("Authorization request no. %1 was submitted; a credit-centre officer will decide on "
                       "it. Its status is under “My B-class authorization requests”.")
                        .arg(a.id));
                Q_EMIT authorizationRequested(a);
            });
    dialog->open();
}

} // namespace cp::client
