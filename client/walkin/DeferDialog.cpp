#include "walkin/DeferDialog.h"

#include "ui_DeferDialog.h"
#include "walkin/WalkInApi.h"

#include <QPushButton>

namespace cp::client {

DeferDialog::DeferDialog(WalkInApi& api, qint64 applicationId, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::DeferDialog>()), m_api(api), m_applicationId(applicationId)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Defer Answer"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &DeferDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DeferDialog::~DeferDialog() = default;

void DeferDialog::submit()
{
    if (m_busy)
        return;
    m_busy = true;
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    ui->errorLabel->hide();
    m_api.defer(m_applicationId, ui->noteEdit->text().trimmed(), this,
                [this](const ApiResult& r, const cp::protocol::WalkInApplication& application) {
                    m_busy = false;
                    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
                    if (!r.ok()) {
                        ui->errorLabel->setText(r.userMessage());
                        ui->errorLabel->show();
                        return;
                    }
                    Q_EMIT deferred(application);
                    accept();
                });
}

} // namespace cp::client
