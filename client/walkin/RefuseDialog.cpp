#include "walkin/RefuseDialog.h"

#include "ui_RefuseDialog.h"

#include <QPushButton>

namespace cp::client {

RefuseDialog::RefuseDialog(WalkInApi& api, qint64 applicationId, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::RefuseDialog>()), m_api(api), m_applicationId(applicationId)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Refuse Application"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(ui->reasonCombo, &QComboBox::currentIndexChanged, this, &RefuseDialog::showWording);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &RefuseDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadReasons();
}

RefuseDialog::~RefuseDialog() = default;

int RefuseDialog::reasonCount() const
{
    return int(m_reasons.size());
}

bool RefuseDialog::selectReason(const QString& code)
{
    const int i = ui->reasonCombo->findData(code);
    if (i >= 0)
        ui->reasonCombo->setCurrentIndex(i);
    return i >= 0;
}

void RefuseDialog::loadReasons()
{
    // The reasons and their wording are the server's (one list for every window).
    setBusy(true);
    ui->wordingLabel->setText(tr("Loading the reasons…"));
    m_api.refusalReasons(this, [this](const ApiResult& r, const QList<RefusalReason>& reasons) {
        if (!r.ok()) {
            setBusy(false);
            showError(r.userMessage());
            ui->wordingLabel->clear();
            return;
        }
        m_reasons = reasons;
        for (const RefusalReason& reason : reasons)
            ui->reasonCombo->addItem(reason.name, reason.code);
        setBusy(false);
        showWording();
        ui->reasonCombo->setFocus();
        Q_EMIT reasonsLoaded();
    });
}

void RefuseDialog::showWording()
{
    const QString code = ui->reasonCombo->currentData().toString();
    for (const RefusalReason& reason : std::as_const(m_reasons))
        if (reason.code == code)
            ui->wordingLabel->setText(reason.wording);
    adjustSize(); // the wording may take more lines than the last one
}

void RefuseDialog::submit()
{
    if (m_busy || ui->reasonCombo->currentIndex() < 0)
        return;
    const QString wording = ui->wordingLabel->text();
    setBusy(true);
    ui->errorLabel->hide();
    m_api.refuse(m_applicationId, ui->reasonCombo->currentData().toString(), ui->noteEdit->text().trimmed(),
                 this,
                 [this, wording](const ApiResult& r, const cp::protocol::WalkInApplication& application) {
                     setBusy(false);
                     if (!r.ok()) {
                         showError(r.userMessage());
                         return;
                     }
                     Q_EMIT refused(application, wording);
                     accept();
                 });
}

void RefuseDialog::setBusy(bool busy)
{
    m_busy = busy;
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy && ui->reasonCombo->count() > 0);
    ui->reasonCombo->setEnabled(!busy);
}

void RefuseDialog::showError(const QString& message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

} // namespace cp::client
