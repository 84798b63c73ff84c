#include "disputes/DisputeApplicationForm.h"

#include "DisputeMaterials.h"
#include "Validators.h"
#include "disputes/DisputeDocumentDialog.h"
#include "disputes/DisputeMaterialsEditor.h"
#include "disputes/DisputeTerms.h"
#include "disputes/DisputesApi.h"
#include "ui_DisputeApplicationForm.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QStyle>

namespace cp::client {

using cp::protocol::ErrorCode;

namespace {

enum Column { ColPick, ColCategory, ColTitle, ColContent, ColDepartment, ColValid, ColRemark, ColCount };

const QColor kBlockedRow(0xee, 0xf0, 0xf3);
const QColor kBlockedInk(0x6b, 0x76, 0x83);

bool looksLikeCitizenId(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i)
        if (!s[i].isDigit() && !(i == 17 && s[i] == u'X'))
            return false;
    return true;
}

} // namespace

DisputeApplicationForm::DisputeApplicationForm(DisputesApi& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DisputeApplicationForm>()), m_api(api)
{
    ui->setupUi(this);
    m_materials = new DisputeMaterialsEditor(ui->materialsHost);
    ui->materialsHost->layout()->addWidget(m_materials);
    setTabOrder(ui->applicantPhoneEdit, m_materials);
    for (const CodeName& t : CommonTerms::idTypes())
        ui->applicantIdTypeCombo->addItem(t.name, t.code);

    QTableWidget* t = ui->recordsTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("Dispute"), tr("Category"), tr("Title"), tr("Content"),
                                  tr("Provided by"), tr("Valid until"), tr("Remarks")});
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // rows follow the width
    QHeaderView* header = t->horizontalHeader();
    for (int c : {ColPick, ColCategory, ColValid})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {ColContent, ColRemark})
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    header->resizeSection(ColTitle, 140);
    header->resizeSection(ColDepartment, 130);

    connect(ui->subjectIdEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        const QString upper = text.toUpper();
        if (upper != text) {
            const int pos = ui->subjectIdEdit->cursorPosition();
            ui->subjectIdEdit->setText(upper);
            ui->subjectIdEdit->setCursorPosition(pos);
        }
        checkSubjectId(false);
        // Another subject: the records shown no longer belong to what is typed.
        if (m_records && cp::normaliseIdNumber(ui->subjectIdEdit->text()) != m_records->subject.idNumber) {
            m_records.reset();
            ui->recordsTable->setRowCount(0);
            ui->subjectValue->setText(tr("Look up the subject first."));
            updateActions();
        }
    });
    connect(ui->subjectIdEdit, &QLineEdit::returnPressed, this, &DisputeApplicationForm::lookUp);
    connect(ui->lookupButton, &QPushButton::clicked, this, &DisputeApplicationForm::lookUp);
    connect(ui->submitButton, &QPushButton::clicked, this, &DisputeApplicationForm::submit);
    connect(ui->newButton, &QPushButton::clicked, this, &DisputeApplicationForm::reset);
    connect(t, &QTableWidget::itemChanged, this, [this] { updateActions(); });
    connect(ui->reasonEdit, &QPlainTextEdit::textChanged, this, [this] { updateActions(); });
    connect(m_materials, &DisputeMaterialsEditor::materialsChanged, this, [this] { updateActions(); });
    reset();
}

DisputeApplicationForm::~DisputeApplicationForm() = default;

QString DisputeApplicationForm::bannerText() const
{
    return ui->bannerLabel->isVisibleTo(this) ? ui->bannerLabel->text() : QString();
}

void DisputeApplicationForm::reset()
{
    m_records.reset();
    ui->subjectIdEdit->clear();
    ui->subjectIdEdit->setReadOnly(false);
    ui->subjectValue->setText(tr("Look up the subject first."));
    ui->recordsTable->setRowCount(0);
    ui->reasonEdit->clear();
    ui->applicantNameEdit->clear();
    ui->applicantIdEdit->clear();
    ui->applicantPhoneEdit->clear();
    ui->applicantIdTypeCombo->setCurrentIndex(0);
    ui->applicantHint->clear();
    m_materials->clear();
    m_materials->setRequired({});
    ui->bannerLabel->hide();
    ui->earlierCaseValue->hide();
    clearErrors();
    updateActions();
    ui->subjectIdEdit->setFocus();
}

void DisputeApplicationForm::checkSubjectId(bool final)
{
    const QString id = cp::normaliseIdNumber(ui->subjectIdEdit->text());
    QString problem;
    if (!cp::isValidCitizenId(id) && !cp::isValidCreditCode(id) && (final || id.size() >= 18)) {
        const bool citizen = looksLikeCitizenId(id);
        problem = id.isEmpty()
                      ? tr("Enter the subject's ID number or unified social credit code.")
                      : CommonTerms::idProblem(citizen ? cp::checkCitizenId(id) : cp::checkCreditCode(id),
                                               citizen ? cp::IdKind::CitizenId : cp::IdKind::CreditCode);
    }
    ui->subjectIdError->setText(problem);
    ui->subjectIdError->setVisible(!problem.isEmpty());
}

void DisputeApplicationForm::lookUp()
{
    if (m_busy)
        return;
    checkSubjectId(true);
    if (ui->subjectIdError->isVisibleTo(this)) {
        ui->subjectIdEdit->setFocus();
        return;
    }
    ui->bannerLabel->hide();
    ui->earlierCaseValue->hide();
    fetchRecords();
}

void DisputeApplicationForm::fetchRecords()
{
    setBusy(true);
    const QString id = cp::normaliseIdNumber(ui->subjectIdEdit->text());
    m_api.records(id, this, [this](const ApiResult& r, const cp::protocol::DisputableRecords& records) {
        setBusy(false);
        if (!r.ok()) {
            m_records.reset();
            ui->recordsTable->setRowCount(0);
            ui->subjectValue->setText(tr("Look up the subject first."));
            if (r.hasCode(ErrorCode::ValidationFailed))
                setFieldError(QStringLiteral("subjectIdNumber"), r.userMessage());
            else
                showBanner(QStringLiteral("error"), r.userMessage());
            updateActions();
            return;
        }
        const bool sameSubject = m_records && m_records->subject.id == records.subject.id;
        m_records = records;
        fillRecords();
        if (!sameSubject) {
            m_materials->clear(); // scans of another applicant never travel with this one
            applyApplicantRules();
        }
        updateActions();
        ui->recordsTable->setFocus();
    });
}

void DisputeApplicationForm::fillRecords()
{
    const auto& s = m_records->subject;
    ui->subjectValue->setText(tr("%1 (%2, %3)").arg(s.name, CommonTerms::subjectKind(s.kind), s.idNumber));
    QTableWidget* t = ui->recordsTable;
    const QSignalBlocker block(t);
    t->setRowCount(0);
    for (int i = 0; i < m_records->records.size(); ++i) {
        const auto& d = m_records->records[i];
        const auto& rec = d.record;
        t->insertRow(i);
        auto* pick = new QTableWidgetItem;
        pick->setData(Qt::UserRole, rec.recordId);
        pick->setFlags(d.disputable ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                    : Qt::ItemIsSelectable);
        if (d.disputable)
            pick->setCheckState(Qt::Unchecked);
        t->setItem(i, ColPick, pick);
        // The server names a B record without title or content until the case is registered.
        const QStringList cells{
            QString(),
            rec.categoryName.isEmpty() ? CommonTerms::category(rec.categoryCode) : rec.categoryName,
            d.contentWithheld
                ? tr("Class %1 record %2, %3 (shown once the dispute is accepted)")
                      .arg(rec.openClass, rec.documentNumber, CommonTerms::date(rec.decisionDate))
                : rec.title,
            rec.content,
            rec.providerDepartment,
            rec.validUntil.isValid() ? CommonTerms::date(rec.validUntil) : tr("No end date"),
            d.disputable ? tr("Can be disputed") : d.blockedReason};
        for (int c = ColCategory; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            t->setItem(i, c, item);
        }
        if (!d.disputable)
            for (int c = 0; c < ColCount; ++c) {
                t->item(i, c)->setBackground(kBlockedRow);
                t->item(i, c)->setForeground(kBlockedInk);
            }
    }
    t->resizeRowsToContents();
    ui->recordsHint->setText(m_records->records.isEmpty()
                                 ? tr("The subject has no records that are shown to the public.")
                                 : tr("Tick the records the applicant disputes. A record that cannot be "
                                      "disputed says why."));
}

void DisputeApplicationForm::applyApplicantRules()
{
    // seed 003 附件2.四(一): a natural person applies in person with their own ID;
    // a legal person through an agent with the sealed code copy and letter of agency.
    const auto& s = m_records->subject;
    const bool natural = s.kind != QLatin1String("legal");
    ui->applicantNameEdit->setText(natural ? s.name : QString());
    ui->applicantIdTypeCombo->setCurrentIndex(
        ui->applicantIdTypeCombo->findData(QStringLiteral("citizen_id")));
    ui->applicantIdEdit->setText(natural ? s.idNumber : QString());
    ui->applicantHint->setText(natural
                                   ? tr("A natural person applies in person with their own ID card.")
                                   : tr("A legal person applies through an agent: the agent's ID, the sealed "
                                        "copy of the organisation code certificate and the sealed letter of "
                                        "agency are required."));
    m_materials->setRequired(cp::protocol::requiredDisputeMaterials(QStringLiteral("dispute"), s.kind));
}

bool DisputeApplicationForm::setRecordChecked(qint64 recordId, bool checked)
{
    QTableWidget* t = ui->recordsTable;
    for (int row = 0; row < t->rowCount(); ++row) {
        QTableWidgetItem* pick = t->item(row, ColPick);
        if (pick->data(Qt::UserRole).toLongLong() != recordId)
            continue;
        if (!(pick->flags() & Qt::ItemIsUserCheckable))
            return false;
        pick->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        return true;
    }
    return false;
}

QList<qint64> DisputeApplicationForm::checkedRecords() const
{
    QList<qint64> out;
    const QTableWidget* t = ui->recordsTable;
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, ColPick)->checkState() == Qt::Checked)
            out.append(t->item(row, ColPick)->data(Qt::UserRole).toLongLong());
    return out;
}

void DisputeApplicationForm::submit()
{
    if (m_busy || !m_records)
        return;
    clearErrors();
    // Early checks for the clerk's comfort; the server checks everything again.
    if (checkedRecords().isEmpty()) {
        setFieldError(QStringLiteral("recordIds"), tr("Tick at least one record the applicant disputes."));
        return;
    }
    if (ui->reasonEdit->toPlainText().trimmed().isEmpty()) {
        setFieldError(QStringLiteral("reason"), tr("Enter the reason for the dispute."));
        return;
    }
    cp::protocol::DisputeAcceptInput in;
    in.subjectIdNumber = m_records->subject.idNumber;
    in.recordIds = checkedRecords();
    in.reason = ui->reasonEdit->toPlainText().trimmed();
    in.applicant.name = ui->applicantNameEdit->text().trimmed();
    in.applicant.idType = ui->applicantIdTypeCombo->currentData().toString();
    in.applicant.idNumber = cp::normaliseIdNumber(ui->applicantIdEdit->text());
    in.applicant.phone = ui->applicantPhoneEdit->text().trimmed();
    in.materials = m_materials->materials();
    ui->bannerLabel->hide();
    ui->earlierCaseValue->hide();
    setBusy(true);
    m_api.accept(in, this, [this](const ApiResult& r, const cp::protocol::DisputeStep& step) {
        setBusy(false);
        if (!r.ok()) {
            handleAcceptError(r);
            return;
        }
        const auto& c = step.dispute;
        showBanner(QStringLiteral("ok"),
                   tr("Dispute accepted as case %1, due by %2. The records are marked “dispute in progress”. "
                      "Print the acceptance receipt %3 for the applicant.")
                       .arg(c.number, CommonTerms::date(c.effectiveDueDate), c.receiptNumber));
        m_materials->clear();
        ui->reasonEdit->clear();
        if (step.document)
            DisputeDocumentDialog::present(*step.document, DocumentKind::DisputeReceipt, this);
        Q_EMIT accepted(step);
        fetchRecords(); // the records now say they are in this case
    });
}

void DisputeApplicationForm::handleAcceptError(const ApiResult& r)
{
    const auto& details = r.error->details;
    if (r.hasCode(ErrorCode::ValidationFailed)) {
        setFieldError(details.value(QStringLiteral("field")).toString(), r.userMessage());
        return;
    }
    if (r.hasCode(ErrorCode::MaterialsIncomplete)) {
        QStringList missing;
        for (const auto& v : details.value(QStringLiteral("missing")).toArray())
            missing << v.toString();
        m_materials->markMissing(missing);
    }
    showBanner(QStringLiteral("error"), r.userMessage());
    // seed 003 附件2.四(二): a repeated dispute is refused; name the earlier case.
    const QString earlier = details.value(QStringLiteral("caseNumber")).toString();
    if (r.hasCode(ErrorCode::Conflict) && !earlier.isEmpty()) {
        ui->earlierCaseValue->setText(tr("Earlier case: %1").arg(earlier));
        ui->earlierCaseValue->show();
    }
}

void DisputeApplicationForm::setFieldError(const QString& field, const QString& message)
{
    QLabel* label = ui->recordsError;
    QWidget* focus = ui->recordsTable;
    if (field == QLatin1String("subjectIdNumber") || field == QLatin1String("idNumber")) {
        label = ui->subjectIdError;
        focus = ui->subjectIdEdit;
    } else if (field == QLatin1String("reason")) {
        label = ui->reasonError;
        focus = ui->reasonEdit;
    } else if (field.startsWith(QLatin1String("applicant."))) {
        label = ui->applicantIdError;
        focus = field == QLatin1String("applicant.name") ? static_cast<QWidget*>(ui->applicantNameEdit)
                                                         : ui->applicantIdEdit;
    } else if (field.startsWith(QLatin1String("materials"))) {
        showBanner(QStringLiteral("error"), message);
        return;
    }
    label->setText(message);
    label->show();
    focus->setFocus();
}

void DisputeApplicationForm::clearErrors()
{
    for (QLabel* l : {ui->subjectIdError, ui->recordsError, ui->reasonError, ui->applicantIdError})
        l->hide();
}

void DisputeApplicationForm::updateActions()
{
    ui->lookupButton->setEnabled(!m_busy);
    ui->submitButton->setEnabled(!m_busy && m_records && !checkedRecords().isEmpty() &&
                                 m_materials->missing().isEmpty());
    ui->submitButton->setToolTip(
        m_materials->missing().isEmpty() ? QString() : tr("Attach the required materials first."));
}

void DisputeApplicationForm::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void DisputeApplicationForm::showBanner(const QString& tone, const QString& text)
{
    ui->bannerLabel->setProperty("banner", tone);
    ui->bannerLabel->style()->unpolish(ui->bannerLabel);
    ui->bannerLabel->style()->polish(ui->bannerLabel);
    ui->bannerLabel->setText(text);
    ui->bannerLabel->show();
}

} // namespace cp::client
