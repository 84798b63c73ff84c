#include "department/BAuthorizationRequestDialog.h"

#include "common/CommonTerms.h"
#include "ui_BAuthorizationRequestDialog.h"

#include <QPushButton>
#include <QTimeZone>

namespace cp::client {

BAuthorizationRequestDialog::BAuthorizationRequestDialog(DepartmentApi& api,
                                                         const cp::protocol::SubjectSummary& subject,
                                                         const QList<QueryPurpose>& purposes, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::BAuthorizationRequestDialog>()), m_api(api),
      m_subjectId(subject.id)
{
    ui->setupUi(this);
    ui->subjectValue->setTextFormat(Qt::PlainText);
    ui->errorLabel->setTextFormat(Qt::PlainText);
    ui->subjectValue->setText(tr("%1 (%2)").arg(subject.name, subject.idNumber));
    ui->purposeCombo->addItem(tr("— choose a purpose —"), QString());
    for (const auto& p : purposes)
        ui->purposeCombo->addItem(p.name, p.code);
    // A starting proposal; the server checks the dates against its own clock.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
    const QString format = tr("yyyy-MM-dd", "date format");
    for (QDateEdit* e : {ui->fromEdit, ui->untilEdit})
        e->setDisplayFormat(format);
    ui->fromEdit->setDate(today);
    ui->untilEdit->setDate(today.addDays(30));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Submit Request"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &BAuthorizationRequestDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui->purposeCombo->setFocus();
}

BAuthorizationRequestDialog::~BAuthorizationRequestDialog() = default;

void BAuthorizationRequestDialog::setPurposeCode(const QString& code)
{
    const int i = ui->purposeCombo->findData(code);
    ui->purposeCombo->setCurrentIndex(i < 0 ? 0 : i);
}

void BAuthorizationRequestDialog::setPurposeText(const QString& text)
{
    ui->purposeEdit->setText(text);
}

void BAuthorizationRequestDialog::showError(const QString& message, QWidget* field)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
    if (field)
        field->setFocus();
}

void BAuthorizationRequestDialog::submit()
{
    if (m_busy)
        return;
    const QString text = ui->purposeEdit->text().trimmed();
    const QString purpose = text.isEmpty() ? ui->purposeCombo->currentData().toString() : text;
    if (purpose.isEmpty())
        return showError(tr("Choose or describe the purpose."), ui->purposeCombo);
    if (ui->legalBasisEdit->text().trimmed().isEmpty())
        return showError(tr("Name the legal basis or the subject's written consent."), ui->legalBasisEdit);
    if (ui->untilEdit->date() < ui->fromEdit->date())
        return showError(tr("The end date must not be before the start date."), ui->untilEdit);
    m_busy = true;
    ui->errorLabel->hide();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_api.requestAuthorization(
        m_subjectId, purpose, ui->legalBasisEdit->text().trimmed(), ui->fromEdit->date(),
        ui->untilEdit->date(), this, [this](const ApiResult& r, const cp::protocol::BAuthorization& a) {
            m_busy = false;
            ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
            if (!r.ok()) {
                const QString field =
                    r.error ? r.error->details.value(QStringLiteral("field")).toString() : QString();
                QWidget* at = field == QLatin1String("legalBasis") ? static_cast<QWidget*>(ui->legalBasisEdit)
                              : field == QLatin1String("requestedFrom") ? static_cast<QWidget*>(ui->fromEdit)
                              : field == QLatin1String("requestedUntil")
                                  ? static_cast<QWidget*>(ui->untilEdit)
                              : field == QLatin1String("purpose") ? ui->purposeCombo
                                                                  : nullptr;
                return showError(r.userMessage(), at);
            }
            Q_EMIT requested(a);
            accept();
        });
}

} // namespace cp::client
