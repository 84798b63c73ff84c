#include "admin/PolicyPage.h"

#include "admin/AdminTerms.h"
#include "ui_PolicyPage.h"

namespace cp::client {

PolicyPage::PolicyPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::PolicyPage>()), m_api(api)
{
    ui->setupUi(this);
    ui->maxAgeSpin->setSpecialValueText(tr("never expires"));
    connect(ui->reloadButton, &QPushButton::clicked, this, &PolicyPage::reload);
    connect(ui->saveButton, &QPushButton::clicked, this, &PolicyPage::save);
    reload();
}

PolicyPage::~PolicyPage() = default;

void PolicyPage::show(const cp::PasswordPolicy& p)
{
    ui->minLengthSpin->setValue(p.minLength);
    ui->letterCheck->setChecked(p.requireLetter);
    ui->digitCheck->setChecked(p.requireDigit);
    ui->specialCheck->setChecked(p.requireSpecial);
    ui->maxAgeSpin->setValue(p.maxAgeDays);
    ui->thresholdSpin->setValue(p.lockoutThreshold);
    ui->lockMinutesSpin->setValue(p.lockoutMinutes);
    ui->idleSpin->setValue(p.idleTimeoutMinutes);
}

cp::PasswordPolicy PolicyPage::edited() const
{
    cp::PasswordPolicy p;
    p.minLength = ui->minLengthSpin->value();
    p.requireLetter = ui->letterCheck->isChecked();
    p.requireDigit = ui->digitCheck->isChecked();
    p.requireSpecial = ui->specialCheck->isChecked();
    p.maxAgeDays = ui->maxAgeSpin->value();
    p.lockoutThreshold = ui->thresholdSpin->value();
    p.lockoutMinutes = ui->lockMinutesSpin->value();
    p.idleTimeoutMinutes = ui->idleSpin->value();
    return p;
}

void PolicyPage::reload()
{
    m_api.policy(this, [this](const ApiResult& r, const cp::PasswordPolicy& p) {
        AdminTerms::showError(ui->errorLabel, r);
        if (r.ok())
            show(p);
        Q_EMIT loaded();
    });
}

void PolicyPage::save()
{
    ui->saveButton->setEnabled(false);
    m_api.setPolicy(edited(), this, [this](const ApiResult& r, const cp::PasswordPolicy& p) {
        ui->saveButton->setEnabled(true);
        AdminTerms::showError(ui->errorLabel, r);
        AdminTerms::showText(ui->messageLabel, r.ok() ? tr("Policy saved; it applies at once.") : QString());
        if (r.ok())
            show(p);
        Q_EMIT saved(r.ok());
    });
}

} // namespace cp::client
