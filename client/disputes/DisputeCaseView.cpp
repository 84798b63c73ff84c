#include "disputes/DisputeCaseView.h"

#include "FileNames.h"
#include "disputes/DisputeDocumentDialog.h"
#include "disputes/DisputeMarkDialog.h"
#include "disputes/DisputeOutcomeEditor.h"
#include "disputes/DisputeTerms.h"
#include "disputes/DisputesApi.h"
#include "ui_DisputeCaseView.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>

namespace cp::client {

using cp::protocol::DisputeCase;
using cp::protocol::DisputeStep;
using cp::protocol::ErrorCode;

namespace {

const QColor kOverdue(0xfd, 0xec, 0xea);
const QColor kOverdueInk(0x8c, 0x1d, 0x18);

bool is(const std::optional<DisputeCase>& c, const char* state)
{
    return c && c->state == QLatin1String(state);
}

} // namespace

DisputeCaseView::DisputeCaseView(DisputesApi& api, const QSet<cp::Role>& roles, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DisputeCaseView>()), m_api(api), m_roles(roles)
{
    ui->setupUi(this);
    m_outcomes = new DisputeOutcomeEditor(ui->outcomesHost);
    ui->outcomesHost->layout()->addWidget(m_outcomes);

    QTableWidget* records = ui->recordsTable;
    records->setColumnCount(5);
    records->setHorizontalHeaderLabels(
        {tr("Title"), tr("Content"), tr("Outcome"), tr("Correction"), tr("Status")});
    records->verticalHeader()->hide();
    records->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // rows follow the width
    records->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QTableWidget* marks = ui->marksTable;
    marks->setColumnCount(5);
    marks->setHorizontalHeaderLabels(
        {tr("Number"), tr("Record"), tr("State"), tr("Due date"), tr("Kept until")});
    marks->verticalHeader()->hide();
    marks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    marks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    connect(ui->verifyButton, &QPushButton::clicked, this, &DisputeCaseView::verify);
    connect(ui->submitResultButton, &QPushButton::clicked, this, &DisputeCaseView::submitResult);
    connect(ui->approveButton, &QPushButton::clicked, this, &DisputeCaseView::approve);
    connect(ui->returnButton, &QPushButton::clicked, this, &DisputeCaseView::returnResult);
    connect(ui->extendButton, &QPushButton::clicked, this, &DisputeCaseView::extend);
    connect(ui->deliverButton, &QPushButton::clicked, this, &DisputeCaseView::deliver);
    connect(ui->reprintButton, &QPushButton::clicked, this, &DisputeCaseView::reprint);
    connect(ui->markButton, &QPushButton::clicked, this, &DisputeCaseView::openMarkDialog);
    connect(ui->revocationButton, &QPushButton::clicked, this, &DisputeCaseView::openRevocationDialog);
    connect(ui->setMarkButton, &QPushButton::clicked, this, &DisputeCaseView::setSelectedMark);
    connect(ui->revokeMarkButton, &QPushButton::clicked, this, &DisputeCaseView::revokeSelectedMark);
    connect(ui->openDocumentButton, &QPushButton::clicked, this, &DisputeCaseView::openSelectedDocument);
    connect(ui->saveMaterialButton, &QPushButton::clicked, this, &DisputeCaseView::chooseMaterialPath);
    connect(marks, &QTableWidget::itemSelectionChanged, this, &DisputeCaseView::updateActions);
    connect(ui->receivedByEdit, &QLineEdit::returnPressed, this, &DisputeCaseView::deliver);
    ui->bannerLabel->hide();
    updateActions();
}

DisputeCaseView::~DisputeCaseView() = default;

QString DisputeCaseView::bannerText() const
{
    return ui->bannerLabel->isVisibleTo(this) ? ui->bannerLabel->text() : QString();
}

void DisputeCaseView::open(qint64 caseId)
{
    setBusy(true);
    m_api.dispute(caseId, this, [this](const ApiResult& r, const DisputeCase& c) {
        setBusy(false);
        if (!r.ok()) {
            showBanner(QStringLiteral("error"), r.userMessage());
            return;
        }
        ui->bannerLabel->hide();
        showCase(c);
        Q_EMIT loaded();
    });
}

void DisputeCaseView::showCase(const DisputeCase& dispute)
{
    const bool other = !m_case || m_case->id != dispute.id;
    const bool stateChanged = other || m_case->state != dispute.state;
    m_case = dispute;
    fillDetails();
    fillRecords();
    fillMarks();
    fillDocuments();
    if (stateChanged) {
        m_outcomes->setRecords(dispute.records);
        ui->resultTextEdit->setPlainText(dispute.resultText);
        ui->verificationDateEdit->setDate(QDate::currentDate());
        ui->receivedByEdit->setText(dispute.applicant.name);
    }
    if (other) {
        ui->departmentEdit->setText(dispute.records.isEmpty() ? QString()
                                                              : dispute.records.first().providerDepartment);
        ui->verificationNoteEdit->clear();
        for (QLineEdit* e : {ui->approvalNoteEdit, ui->returnReasonEdit, ui->extensionReasonEdit})
            e->clear();
        ui->bannerLabel->hide();
    }
    updateActions();
}

void DisputeCaseView::fillDetails()
{
    const DisputeCase& c = *m_case;
    ui->caseNumberValue->setText(c.number);
    ui->stateValue->setText(c.stateName);
    QString due = CommonTerms::date(c.effectiveDueDate);
    if (c.extendedDueDate.isValid())
        due = tr("%1 (extended from %2: %3)").arg(due, CommonTerms::date(c.dueDate), c.extensionReason);
    if (c.overdue)
        due = tr("%1 — overdue").arg(due);
    ui->dueValue->setText(due);
    ui->dueValue->setStyleSheet(c.overdue ? QStringLiteral("color: #8c1d18; font-weight: bold;") : QString());
    ui->subjectValue->setText(tr("%1 (%2)").arg(c.subject.name, c.subject.idNumber));
    ui->applicantValue->setText(c.applicant.phone.isEmpty()
                                    ? c.applicant.name
                                    : tr("%1, phone %2").arg(c.applicant.name, c.applicant.phone));
    ui->acceptedValue->setText(tr("%1 by %2").arg(CommonTerms::dateTime(c.acceptedAt), c.acceptedByName));
    ui->reasonValue->setText(c.reason);
    ui->verificationValue->setText(c.verificationDate.isValid()
                                       ? tr("%1 on %2 (%3): %4")
                                             .arg(c.verificationDepartment,
                                                  CommonTerms::date(c.verificationDate), c.verifiedByName,
                                                  c.verificationNote)
                                       : tr("Not yet verified."));
    ui->resultValue->setText(c.resultText.isEmpty() ? tr("No result yet.")
                                                    : tr("%1 (%2)").arg(c.resultText, c.resultByName));
    ui->approvalValue->setText(
        c.approvedAt.isValid()
            ? tr("Approved by %1 at %2 %3")
                  .arg(c.approvedByName, CommonTerms::dateTime(c.approvedAt), c.approvalNote)
        : c.returnReason.isEmpty() ? tr("Not yet approved.")
                                   : tr("Returned: %1").arg(c.returnReason));
    ui->deliveryValue->setText(
        c.deliveredAt.isValid()
            ? tr("Received by %1 at %2").arg(c.deliveredTo, CommonTerms::dateTime(c.deliveredAt))
            : tr("Not yet delivered."));
    QStringList materials;
    for (const auto& m : c.materials)
        materials << tr("%1: %2").arg(DisputeTerms::materialKind(m.kind), m.fileName);
    ui->materialsValue->setText(materials.isEmpty() ? tr("None") : materials.join(u'\n'));
    ui->materialsCombo->clear();
    for (const auto& m : c.materials)
        // Issue 11 finding 14: saved under a name whose extension is the checked content type's.
        ui->materialsCombo->addItem(tr("%1: %2").arg(DisputeTerms::materialKind(m.kind), m.fileName),
                                    QVariantList{m.id, safeFileName(m.fileName, m.mimeType), m.sha256});
    ui->materialsCombo->setVisible(!c.materials.isEmpty());
    ui->saveMaterialButton->setVisible(!c.materials.isEmpty());
    ui->returnedValue->setText(
        c.returnReason.isEmpty() ? QString() : tr("Returned by the approver: %1").arg(c.returnReason));
    ui->returnedValue->setVisible(!c.returnReason.isEmpty() && c.state == QLatin1String("verified"));
    QString after;
    if (c.freeReprint == QLatin1String("available"))
        after =
            tr("A record was corrected or deleted: the applicant may print the corrected information once, "
               "free of charge.");
    else if (c.freeReprint == QLatin1String("used"))
        after = tr("The free reprint was used (%1).").arg(c.reprintReportNumber);
    else
        after = tr("No record was changed: no free reprint.");
    if (c.markApplicationDeadline.isValid())
        after += u'\n' + tr("A mark “applicant disputes” may be applied for until %1.")
                             .arg(CommonTerms::date(c.markApplicationDeadline));
    ui->afterValue->setText(after);
}

void DisputeCaseView::fillRecords()
{
    QTableWidget* t = ui->recordsTable;
    t->setRowCount(0);
    for (int i = 0; i < m_case->records.size(); ++i) {
        const auto& r = m_case->records[i];
        QStringList status;
        if (r.suspended)
            status << tr("Dispute in progress (suspended)");
        if (r.status == QLatin1String("deleted"))
            status << tr("Deleted");
        if (!r.applicantMarkReason.isEmpty())
            status << tr("Applicant disputes until %1: %2")
                          .arg(CommonTerms::date(r.applicantMarkUntil), r.applicantMarkReason);
        const QStringList cells{
            r.title, r.content, DisputeTerms::outcome(r.outcome),
            r.outcome == QLatin1String("corrected") ? tr("%1: %2").arg(r.newTitle, r.newContent) : QString(),
            status.join(u'\n')};
        t->insertRow(i);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            t->setItem(i, c, item);
        }
    }
    t->resizeRowsToContents();
}

void DisputeCaseView::fillMarks()
{
    QTableWidget* t = ui->marksTable;
    const qint64 selected = selectedMark() ? selectedMark()->id : 0;
    const QSignalBlocker block(t);
    t->setRowCount(0);
    for (int i = 0; i < m_case->marks.size(); ++i) {
        const auto& m = m_case->marks[i];
        const QDate due = m.state == QLatin1String("revocation_accepted") ? m.revocationDueDate : m.dueDate;
        const QStringList cells{m.number, m.recordTitle, m.stateName, CommonTerms::date(due),
                                CommonTerms::date(m.markUntil)};
        t->insertRow(i);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (m.overdue) {
                item->setBackground(kOverdue);
                item->setForeground(kOverdueInk);
            }
            t->setItem(i, c, item);
        }
        if (m.id == selected)
            t->selectRow(i);
    }
    if (t->currentRow() < 0 && t->rowCount() > 0)
        t->selectRow(0);
}

void DisputeCaseView::fillDocuments()
{
    struct Doc
    {
        QString label;
        QString number;
        DocumentKind kind;
    };
    const DisputeCase& c = *m_case;
    QList<Doc> docs{{tr("Acceptance receipt"), c.receiptNumber, DocumentKind::DisputeReceipt},
                    {tr("Result report"), c.resultReportNumber, DocumentKind::DisputeResult},
                    {tr("Free reprint"), c.reprintReportNumber, DocumentKind::QueryReport}};
    for (const auto& m : c.marks) {
        docs.append({tr("Mark receipt %1").arg(m.number), m.receiptNumber, DocumentKind::MarkReceipt});
        docs.append({tr("Revocation receipt %1").arg(m.number), m.revocationReceiptNumber,
                     DocumentKind::RevocationReceipt});
    }
    ui->documentsCombo->clear();
    for (const Doc& d : docs)
        if (!d.number.isEmpty())
            ui->documentsCombo->addItem(tr("%1 — %2").arg(d.label, d.number),
                                        QVariantList{d.number, int(d.kind)});
}

std::optional<cp::protocol::ApplicantMark> DisputeCaseView::selectedMark() const
{
    const int row = ui->marksTable->currentRow();
    if (!m_case || row < 0 || row >= m_case->marks.size() || !ui->marksTable->item(row, 0) ||
        !ui->marksTable->item(row, 0)->isSelected())
        return std::nullopt;
    return m_case->marks[row];
}

bool DisputeCaseView::selectMark(qint64 markId)
{
    if (!m_case)
        return false;
    for (int i = 0; i < m_case->marks.size(); ++i)
        if (m_case->marks[i].id == markId) {
            ui->marksTable->selectRow(i);
            updateActions();
            return true;
        }
    return false;
}

void DisputeCaseView::updateActions()
{
    const bool clerk = m_roles.contains(cp::Role::WindowClerk);
    const bool officer = m_roles.contains(cp::Role::CreditOfficer);
    const bool approver = m_roles.contains(cp::Role::Approver);
    const bool open = m_case.has_value();
    ui->emptyLabel->setVisible(!open);
    for (QWidget* w : {static_cast<QWidget*>(ui->caseGroup), static_cast<QWidget*>(ui->recordsGroup)})
        w->setVisible(open);
    ui->verifyGroup->setVisible(officer && is(m_case, "accepted"));
    ui->resultGroup->setVisible(officer && is(m_case, "verified"));
    ui->approvalGroup->setVisible(approver && open && !is(m_case, "delivered"));
    ui->deliveryGroup->setVisible(clerk && is(m_case, "approved"));
    ui->afterGroup->setVisible(clerk && is(m_case, "delivered"));
    ui->marksGroup->setVisible(open && !m_case->marks.isEmpty());
    ui->documentsGroup->setVisible(clerk && open && ui->documentsCombo->count() > 0);

    const auto mark = selectedMark();
    const QString markState = mark ? mark->state : QString();
    ui->setMarkButton->setVisible(officer);
    ui->revokeMarkButton->setVisible(officer);
    ui->revocationButton->setVisible(clerk);
    ui->setMarkButton->setEnabled(!m_busy && markState == QLatin1String("accepted"));
    ui->revokeMarkButton->setEnabled(!m_busy && markState == QLatin1String("revocation_accepted"));
    ui->revocationButton->setEnabled(!m_busy && markState == QLatin1String("set"));

    const bool submitted = is(m_case, "result_submitted");
    ui->approveButton->setEnabled(!m_busy && submitted);
    ui->returnButton->setEnabled(!m_busy && submitted);
    const bool extended = open && m_case->extendedDueDate.isValid();
    ui->extendButton->setEnabled(!m_busy && !extended);
    ui->extendButton->setToolTip(extended ? tr("The deadline was extended once already.") : QString());
    ui->reprintButton->setEnabled(!m_busy && open && m_case->freeReprint == QLatin1String("available"));
    for (QPushButton* b : {ui->verifyButton, ui->submitResultButton, ui->deliverButton, ui->markButton,
                           ui->openDocumentButton, ui->saveMaterialButton})
        b->setEnabled(!m_busy);
}

// --- steps ----------------------------------------------------------------------

void DisputeCaseView::runStep(const StepCall& call, DocumentKind kind, const QString& doneText)
{
    if (!m_case || m_busy)
        return;
    setBusy(true);
    ui->bannerLabel->hide();
    m_outcomes->clearError();
    call([this, kind, doneText](const ApiResult& r, const DisputeStep& step) {
        setBusy(false);
        if (!r.ok()) {
            showStepError(r);
            return;
        }
        showCase(step.dispute);
        showBanner(QStringLiteral("ok"), doneText);
        if (step.document)
            DisputeDocumentDialog::present(*step.document, kind, this);
        Q_EMIT caseChanged(step.dispute);
    });
}

void DisputeCaseView::verify()
{
    const qint64 id = m_case ? m_case->id : 0;
    const QString department = ui->departmentEdit->text().trimmed();
    const QString note = ui->verificationNoteEdit->toPlainText().trimmed();
    const QDate date = ui->verificationDateEdit->date();
    runStep([=, this](auto done) { m_api.verify(id, department, note, date, this, done); },
            DocumentKind::DisputeResult, tr("The verification was recorded. Write the result next."));
}

void DisputeCaseView::submitResult()
{
    const qint64 id = m_case ? m_case->id : 0;
    cp::protocol::DisputeResultInput in;
    in.text = ui->resultTextEdit->toPlainText().trimmed();
    in.outcomes = m_outcomes->outcomes();
    runStep([=, this](auto done) { m_api.submitResult(id, in, this, done); }, DocumentKind::DisputeResult,
            tr("The result was submitted for approval."));
}

void DisputeCaseView::approve()
{
    const qint64 id = m_case ? m_case->id : 0;
    const QString note = ui->approvalNoteEdit->text().trimmed();
    runStep([=, this](auto done) { m_api.approve(id, note, this, done); }, DocumentKind::DisputeResult,
            tr("The result report was approved and issued; the outcomes now apply to the records."));
}

void DisputeCaseView::returnResult()
{
    const qint64 id = m_case ? m_case->id : 0;
    const QString reason = ui->returnReasonEdit->text().trimmed();
    runStep([=, this](auto done) { m_api.returnResult(id, reason, this, done); }, DocumentKind::DisputeResult,
            tr("The result was returned to the officer."));
}

void DisputeCaseView::extend()
{
    const qint64 id = m_case ? m_case->id : 0;
    const int days = ui->extensionDaysSpin->value();
    const QString reason = ui->extensionReasonEdit->text().trimmed();
    runStep([=, this](auto done) { m_api.extend(id, days, reason, this, done); }, DocumentKind::DisputeResult,
            tr("The deadline was extended by %n working day(s).", nullptr, days));
}

void DisputeCaseView::deliver()
{
    const qint64 id = m_case ? m_case->id : 0;
    const QString receivedBy = ui->receivedByEdit->text().trimmed();
    runStep([=, this](auto done) { m_api.deliver(id, receivedBy, this, done); }, DocumentKind::DisputeResult,
            tr("The delivery was recorded; the mark “dispute in progress” is lifted."));
}

void DisputeCaseView::reprint()
{
    const qint64 id = m_case ? m_case->id : 0;
    runStep([=, this](auto done) { m_api.reprint(id, this, done); }, DocumentKind::QueryReport,
            tr("The corrected credit information was issued free of charge. Print it for the applicant."));
}

void DisputeCaseView::markStepDone(const ApiResult& r, const cp::protocol::MarkStep& step, DocumentKind kind,
                                   const QString& doneText)
{
    setBusy(false);
    if (!r.ok()) {
        showStepError(r);
        return;
    }
    afterMarkStep(step, kind, doneText);
}

void DisputeCaseView::afterMarkStep(const cp::protocol::MarkStep& step, DocumentKind kind,
                                    const QString& doneText)
{
    if (step.document)
        DisputeDocumentDialog::present(*step.document, kind, this);
    // The step answers with the mark; the case around it is fetched again.
    const qint64 markId = step.mark.id;
    m_api.dispute(step.mark.caseId, this,
                  [this, doneText, markId](const ApiResult& rr, const DisputeCase& c) {
                      if (!rr.ok()) {
                          showBanner(QStringLiteral("error"), rr.userMessage());
                          return;
                      }
                      showCase(c);
                      selectMark(markId);
                      showBanner(QStringLiteral("ok"), doneText);
                      Q_EMIT caseChanged(c);
                  });
}

void DisputeCaseView::openMarkDialog()
{
    if (!m_case || m_busy)
        return;
    auto* dialog = new DisputeMarkDialog(m_api, *m_case, DisputeMarkDialog::Mode::Mark, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DisputeMarkDialog::accepted, this, [this](const cp::protocol::MarkStep& step) {
        afterMarkStep(step, DocumentKind::MarkReceipt,
                      tr("Mark application %1 was accepted; the credit centre sets the mark by %2.")
                          .arg(step.mark.number, CommonTerms::date(step.mark.dueDate)));
    });
    dialog->open();
}

void DisputeCaseView::openRevocationDialog()
{
    const auto mark = selectedMark();
    if (!m_case || !mark || m_busy)
        return;
    auto* dialog = new DisputeMarkDialog(m_api, *m_case, DisputeMarkDialog::Mode::Revocation, *mark, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DisputeMarkDialog::accepted, this, [this](const cp::protocol::MarkStep& step) {
        afterMarkStep(step, DocumentKind::RevocationReceipt,
                      tr("The revocation of mark %1 was accepted; the credit centre revokes it by %2.")
                          .arg(step.mark.number, CommonTerms::date(step.mark.revocationDueDate)));
    });
    dialog->open();
}

void DisputeCaseView::setSelectedMark()
{
    const auto mark = selectedMark();
    if (!m_case || !mark || m_busy)
        return;
    setBusy(true);
    m_api.setMark(m_case->id, mark->id, this, [this](const ApiResult& r, const cp::protocol::MarkStep& step) {
        markStepDone(r, step, DocumentKind::MarkReceipt,
                     tr("The record now carries the mark “applicant disputes” until %1.")
                         .arg(CommonTerms::date(step.mark.markUntil)));
    });
}

void DisputeCaseView::revokeSelectedMark()
{
    const auto mark = selectedMark();
    if (!m_case || !mark || m_busy)
        return;
    setBusy(true);
    m_api.revokeMark(
        m_case->id, mark->id, this, [this](const ApiResult& r, const cp::protocol::MarkStep& step) {
            markStepDone(r, step, DocumentKind::RevocationReceipt,
                         tr("Mark %1 was revoked and cleared from the record.").arg(step.mark.number));
        });
}

void DisputeCaseView::openSelectedDocument()
{
    const QVariantList data = ui->documentsCombo->currentData().toList();
    if (data.size() != 2 || m_busy)
        return;
    const auto kind = DocumentKind(data[1].toInt());
    setBusy(true);
    m_api.document(data[0].toString(), this,
                   [this, kind](const ApiResult& r, const cp::protocol::Report& doc) {
                       setBusy(false);
                       if (!r.ok()) {
                           showBanner(QStringLiteral("error"), r.userMessage());
                           return;
                       }
                       DisputeDocumentDialog::present(doc, kind, this);
                   });
}

void DisputeCaseView::chooseMaterialPath()
{
    const QVariantList data = ui->materialsCombo->currentData().toList();
    if (data.size() != 3)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Save Scan"), QDir(dir).filePath(data[1].toString()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, &DisputeCaseView::saveSelectedMaterial);
    dialog->open();
}

void DisputeCaseView::saveSelectedMaterial(const QString& path)
{
    const QVariantList data = ui->materialsCombo->currentData().toList();
    if (!m_case || data.size() != 3 || m_busy)
        return;
    const QString sha256 = data[2].toString();
    setBusy(true);
    m_api.material(
        m_case->id, data[0].toLongLong(), this,
        [this, path, sha256](const ApiResult& r, const MaterialScan& scan) {
            setBusy(false);
            if (!r.ok()) {
                showBanner(QStringLiteral("error"), r.userMessage());
                return;
            }
            const QString actual = QString::fromLatin1(
                QCryptographicHash::hash(scan.content, QCryptographicHash::Sha256).toHex());
            if (actual.compare(sha256, Qt::CaseInsensitive) != 0) {
                showBanner(QStringLiteral("error"),
                           tr("The scan %1 arrived damaged (checksum mismatch); try again.")
                               .arg(scan.info.fileName));
                return;
            }
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(scan.content) != scan.content.size() ||
                !out.commit()) {
                showBanner(QStringLiteral("error"),
                           tr("The scan could not be saved to %1: %2")
                               .arg(QDir::toNativeSeparators(path), out.errorString()));
                return;
            }
            showBanner(
                QStringLiteral("ok"),
                tr("The scan %1 was saved to %2.").arg(scan.info.fileName, QDir::toNativeSeparators(path)));
        });
}

void DisputeCaseView::showStepError(const ApiResult& r)
{
    const QString field = r.error ? r.error->details.value(QStringLiteral("field")).toString() : QString();
    if (field.startsWith(QLatin1String("outcomes")))
        m_outcomes->showError(field, r.userMessage());
    showBanner(QStringLiteral("error"), r.userMessage());
    // INVALID_STATE: the case moved on meanwhile; show it as it now stands.
    if (r.hasCode(ErrorCode::InvalidState) && m_case) {
        const QString message = r.userMessage();
        m_api.dispute(m_case->id, this, [this, message](const ApiResult& rr, const DisputeCase& c) {
            if (rr.ok()) {
                showCase(c);
                showBanner(QStringLiteral("error"), message);
            }
        });
    }
}

void DisputeCaseView::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void DisputeCaseView::showBanner(const QString& tone, const QString& text)
{
    ui->bannerLabel->setProperty("banner", tone);
    ui->bannerLabel->style()->unpolish(ui->bannerLabel);
    ui->bannerLabel->style()->polish(ui->bannerLabel);
    ui->bannerLabel->setText(text);
    ui->bannerLabel->show();
    ui->scrollArea->ensureWidgetVisible(ui->bannerLabel);
}

} // namespace cp::client
