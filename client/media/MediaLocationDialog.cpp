#include "media/MediaLocationDialog.h"

#include "ui_MediaLocationDialog.h"

#include <QPushButton>

namespace cp::client {

MediaLocationDialog::MediaLocationDialog(MediaApi& api, const QList<cp::protocol::MediaLevel>& levels,
                                         const std::optional<cp::protocol::MediaLocation>& existing,
                                         QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::MediaLocationDialog>()), m_api(api), m_existing(existing)
{
    ui->setupUi(this);
    m_submit.attach(ui->buttonBox->button(QDialogButtonBox::Ok), ui->errorLabel);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);
    for (const auto& l : levels) {
        auto* item = new QListWidgetItem(
            l.twoPersonCarry ? tr("%1 (two people to carry out)").arg(l.name) : l.name, ui->levelsList);
        item->setData(Qt::UserRole, l.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(existing && existing->levels.contains(l.code) ? Qt::Checked : Qt::Unchecked);
    }
    if (existing) {
        setWindowTitle(tr("Edit Storage Location"));
        ui->codeEdit->setText(existing->code);
        ui->codeEdit->setReadOnly(true);
        ui->nameEdit->setText(existing->name);
        ui->descriptionEdit->setText(existing->description);
        ui->activeCheck->setChecked(existing->active);
    } else {
        setWindowTitle(tr("Add Storage Location"));
    }
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &MediaLocationDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MediaLocationDialog::~MediaLocationDialog() = default;

void MediaLocationDialog::submit()
{
    if (m_submit.busy())
        return;
    cp::protocol::MediaLocation l;
    if (m_existing)
        l.id = m_existing->id;
    l.code = ui->codeEdit->text().trimmed();
    l.name = ui->nameEdit->text().trimmed();
    l.description = ui->descriptionEdit->text().trimmed();
    l.active = ui->activeCheck->isChecked();
    for (int i = 0; i < ui->levelsList->count(); ++i)
        if (ui->levelsList->item(i)->checkState() == Qt::Checked)
            l.levels << ui->levelsList->item(i)->data(Qt::UserRole).toString();
    m_submit.start();
    auto done = m_submit.done<cp::protocol::MediaLocation>([this](const cp::protocol::MediaLocation& saved) {
        Q_EMIT this->saved(saved);
        accept();
    });
    if (m_existing)
        m_api.updateLocation(l, this, done);
    else
        m_api.addLocation(l, this, done);
}

} // namespace cp::client
