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
    m_submit.attach(ui->buttonBox->button(QDialogButtonBox::Ok), ui->errorLabel);
    ui->reportValue->setText(reportNumber);
    ui->receivedByEdit->setText(receivedBy);
    ui->receivedByEdit->selectAll();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record Hand-over"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto updateOk = [this] {
        ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_submit.busy() && !ui->receivedByEdit->text().trimmed().isEmpty());
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
    if (m_submit.busy() || receivedBy.isEmpty())
        return;
    m_submit.start();
    m_api.handover(m_number, receivedBy, this,
                   m_submit.done<cp::protocol::Report>([this](const cp::protocol::Report& report) {
                       Q_EMIT handedOver(report);
                       accept();
                   }));
}

} // namespace cp::client
