#include "admin/InitialPasswordDialog.h"

#include "ui_InitialPasswordDialog.h"

namespace cp::client {

InitialPasswordDialog::InitialPasswordDialog(const QString& accountName, const QString& password,
                                             QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::InitialPasswordDialog>())
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    ui->introLabel->setText(tr("One-time initial password of %1:").arg(accountName));
    ui->passwordEdit->setText(password);
    QFont mono = ui->passwordEdit->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    ui->passwordEdit->setFont(mono);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

InitialPasswordDialog::~InitialPasswordDialog()
{
    // Do not leave the password in the widget's memory longer than needed.
    ui->passwordEdit->clear();
}

QString InitialPasswordDialog::password() const
{
    return ui->passwordEdit->text();
}

} // namespace cp::client
