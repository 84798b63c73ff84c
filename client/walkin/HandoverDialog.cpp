#include "walkin/HandoverDialog.h"

#include "ui_HandoverDialog.h"
#include "walkin/WalkInApi.h"

#include <QPushButton>

namespace cp::client {

HandoverDialog::HandoverDialog(WalkInApi& api, const QString& reportNumber, const QString& receivedBy,
                               QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::HandoverDialog>()), m_api(api), m_number(reportNumber)
{
    ui->setupUi(this);
    ui->reportValue->setText(reportNumber);
    ui->receivedByEdit->setText(receivedBy);
    ui->receivedByEdit->selectAll();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record Hand-over"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto updateOk = [this] {
        ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_busy && !ui->receivedByEdit->text().trimmed().isEmpty());
    };
    connect(ui->receivedByEdit, &QLineEdit::textChanged, this, updateOk);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &HandoverDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

HandoverDialog::~HandoverDialog() = default;

void HandoverDialog::submit()
{
    const QString receivedBy = ui->receivedByEdit->text().trimmed();
    if (m_busy || receivedBy.isEmpty())
        return;
    m_busy = true;
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    ui->errorLabel->hide();
    m_api.handover(m_number, receivedBy, this,
                   [this](const ApiResult& r, const cp::protocol::Report& report) {
                       m_busy = false;
                       ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
                       if (!r.ok()) {
                           ui->errorLabel->setText(r.userMessage());
                           ui->errorLabel->show();
                           return;
                       }
                       Q_EMIT handedOver(report);
                       accept();
                   });
}

} // namespace cp::client
