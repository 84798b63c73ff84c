#include "walkin/DeferDialog.h"

#include "ui_DeferDialog.h"
#include "walkin/WalkInApi.h"

#include <QPushButton>

namespace cp::client {

DeferDialog::DeferDialog(WalkInApi& api, qint64 applicationId, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::DeferDialog>()), m_api(api), m_applicationId(applicationId)
{
    ui->setupUi(this);
    m_submit.attach(ui->buttonBox->button(QDialogButtonBox::Ok), ui->errorLabel);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Defer Answer"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &DeferDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DeferDialog::~DeferDialog() = default;

void DeferDialog::submit()
{
    if (m_submit.busy())
        return;
    m_submit.start();
    m_api.defer(m_applicationId, ui->noteEdit->text().trimmed(), this,
                m_submit.done<cp::protocol::WalkInApplication>(
                    [this](const cp::protocol::WalkInApplication& application) {
                        Q_EMIT deferred(application);
                        accept();
                    }));
}

} // namespace cp::client
