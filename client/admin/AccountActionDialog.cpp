#include "admin/AccountActionDialog.h"

#include "AdminProtocol.h"
#include "admin/AdminTerms.h"
#include "ui_AccountActionDialog.h"

#include <QPushButton>

namespace cp::client {

AccountActionDialog::AccountActionDialog(Kind kind, const QString& accountName, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::AccountActionDialog>()), m_kind(kind)
{
    ui->setupUi(this);
    QPushButton* ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    switch (kind) {
    case Kind::Disable:
        setWindowTitle(tr("Disable account"));
        ui->introLabel->setText(
            tr("Disable the account of %1? Its sessions end at once; it can be re-enabled later.")
                .arg(accountName));
        ui->kindLabel->hide();
        ui->kindCombo->hide();
        ok->setText(tr("&Disable"));
        break;
    case Kind::Deregister:
        setWindowTitle(tr("Deregister account"));
        ui->introLabel->setText(
            tr("Deregister the account of %1 because the holder transferred or left? This is final: "
               "its certificates are revoked; the record, login name and ID number stay.")
                .arg(accountName));
        ui->kindCombo->addItem(tr("Transferred"), QLatin1String(cp::protocol::kDeregisterTransfer));
        ui->kindCombo->addItem(tr("Left the unit"), QLatin1String(cp::protocol::kDeregisterDeparture));
        ui->reasonLabel->setText(tr("N&ote:"));
        ok->setText(tr("De&register"));
        break;
    case Kind::Compromise:
        setWindowTitle(tr("Leaked password or lost certificate"));
        ui->introLabel->setText(
            tr("%1 reported a leak or a loss. The account is disabled and every certificate of it "
               "is revoked, in one step.")
                .arg(accountName));
        ui->kindCombo->addItem(tr("Password leaked"), QLatin1String(cp::protocol::kCompromisePassword));
        ui->kindCombo->addItem(tr("Certificate lost or lent"),
                               QLatin1String(cp::protocol::kCompromiseCertificate));
        ui->reasonLabel->setText(tr("N&ote:"));
        ok->setText(tr("Disable and &revoke"));
        break;
    }
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountActionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountActionDialog::reject);
}

AccountActionDialog::~AccountActionDialog() = default;

QString AccountActionDialog::kindCode() const
{
    return m_kind == Kind::Disable ? QString() : ui->kindCombo->currentData().toString();
}

QString AccountActionDialog::reason() const
{
    return ui->reasonEdit->text().trimmed();
}

void AccountActionDialog::accept()
{
    if (m_kind == Kind::Disable && reason().isEmpty()) {
        AdminTerms::showText(ui->errorLabel, tr("Please give the reason."));
        ui->reasonEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cp::client
