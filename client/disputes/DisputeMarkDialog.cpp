#include "disputes/DisputeMarkDialog.h"

#include "DisputeMaterials.h"
#include "Validators.h"
#include "disputes/DisputeMaterialsEditor.h"
#include "disputes/DisputeTerms.h"
#include "disputes/DisputesApi.h"
#include "ui_DisputeMarkDialog.h"

#include <QJsonArray>
#include <QPushButton>

namespace cp::client {

using cp::protocol::ErrorCode;

DisputeMarkDialog::DisputeMarkDialog(DisputesApi& api, const cp::protocol::DisputeCase& dispute, Mode mode,
                                     const cp::protocol::ApplicantMark& mark, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::DisputeMarkDialog>()), m_api(api), m_case(dispute),
      m_mode(mode), m_mark(mark)
{
    ui->setupUi(this);
    m_materials = new DisputeMaterialsEditor(ui->materialsHost);
    ui->materialsHost->layout()->addWidget(m_materials);
    m_materials->setRequired(cp::protocol::requiredDisputeMaterials(
        mode == Mode::Mark ? QStringLiteral("mark") : QStringLiteral("revocation"), dispute.subject.kind));
    for (const CodeName& t : CommonTerms::idTypes())
        ui->applicantIdTypeCombo->addItem(t.name, t.code);

    const bool marking = mode == Mode::Mark;
    setWindowTitle(marking ? tr("Apply for the Mark “Applicant Disputes”") : tr("Apply to Revoke the Mark"));
    ui->introLabel->setText(
        marking ? tr("The applicant still disputes the result and asks that the record be marked “applicant "
                     "disputes”. This is possible until %1 (5 working days after delivery).")
                      .arg(CommonTerms::date(dispute.markApplicationDeadline))
                : tr("The applicant asks to revoke mark %1 on “%2”. The credit centre revokes it within 5 "
                     "working days.")
                      .arg(mark.number, mark.recordTitle));
    ui->caseValue->setText(tr("%1 — %2").arg(dispute.number, dispute.subject.name));
    ui->reasonLabel->setText(marking ? tr("&Reason for the mark:") : tr("&Reason for the revocation:"));
    if (marking) {
        for (const auto& r : dispute.records)
            ui->recordCombo->addItem(tr("%1 (%2)").arg(r.title, DisputeTerms::outcome(r.outcome)),
                                     r.recordId);
    } else {
        ui->recordCombo->addItem(mark.recordTitle, mark.recordId);
        ui->recordCombo->setEnabled(false);
    }
    ui->applicantNameEdit->setText(dispute.applicant.name);
    ui->applicantIdTypeCombo->setCurrentIndex(
        std::max(0, ui->applicantIdTypeCombo->findData(dispute.applicant.idType)));
    ui->applicantIdEdit->setText(dispute.applicant.idNumber);
    ui->applicantPhoneEdit->setText(dispute.applicant.phone);
    ui->applicantIdError->hide();
    ui->errorLabel->hide();

    QPushButton* ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Accept application"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // The Ok button sends; the dialog closes only when the server accepted.
    connect(ok, &QPushButton::clicked, this, &DisputeMarkDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->reasonEdit, &QPlainTextEdit::textChanged, this, &DisputeMarkDialog::updateOk);
    connect(m_materials, &DisputeMaterialsEditor::materialsChanged, this, &DisputeMarkDialog::updateOk);
    updateOk();
    ui->reasonEdit->setFocus();
}

DisputeMarkDialog::~DisputeMarkDialog() = default;

void DisputeMarkDialog::setReason(const QString& reason)
{
    ui->reasonEdit->setPlainText(reason);
}

void DisputeMarkDialog::updateOk()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !ui->reasonEdit->toPlainText().trimmed().isEmpty() &&
                     m_materials->missing().isEmpty());
}

void DisputeMarkDialog::submit()
{
    if (m_busy)
        return;
    cp::protocol::MarkApplicationInput in;
    if (m_mode == Mode::Mark)
        in.recordId = ui->recordCombo->currentData().toLongLong();
    in.reason = ui->reasonEdit->toPlainText().trimmed();
    in.applicant.name = ui->applicantNameEdit->text().trimmed();
    in.applicant.idType = ui->applicantIdTypeCombo->currentData().toString();
    in.applicant.idNumber = cp::normaliseIdNumber(ui->applicantIdEdit->text());
    in.applicant.phone = ui->applicantPhoneEdit->text().trimmed();
    in.materials = m_materials->materials();
    m_busy = true;
    updateOk();
    ui->errorLabel->hide();
    ui->applicantIdError->hide();
    auto done = [this](const ApiResult& r, const cp::protocol::MarkStep& step) {
        m_busy = false;
        updateOk();
        if (!r.ok()) {
            const QString field = r.error->details.value(QStringLiteral("field")).toString();
            if (field.startsWith(QLatin1String("applicant."))) {
                ui->applicantIdError->setText(r.userMessage());
                ui->applicantIdError->show();
            } else {
                ui->errorLabel->setText(r.userMessage());
                ui->errorLabel->show();
            }
            if (r.hasCode(ErrorCode::MaterialsIncomplete)) {
                QStringList missing;
                for (const auto& v : r.error->details.value(QStringLiteral("missing")).toArray())
                    missing << v.toString();
                m_materials->markMissing(missing);
            }
            return;
        }
        Q_EMIT accepted(step);
        accept();
    };
    if (m_mode == Mode::Mark)
        m_api.applyMark(m_case.id, in, this, done);
    else
        m_api.applyRevocation(m_case.id, m_mark.id, in, this, done);
}

} // namespace cp::client
