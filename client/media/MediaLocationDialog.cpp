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
    m_request.prepare(this, ui->buttonBox, ui->errorLabel, tr("&Save"), tr("Cancel"), [this] { submit(); });
}

MediaLocationDialog::~MediaLocationDialog() = default;

void MediaLocationDialog::submit()
{
    if (!m_request.start())
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
    auto done = [this](const ApiResult& r, const cp::protocol::MediaLocation& saved) {
        if (!m_request.finish(r))
            return;
        Q_EMIT this->saved(saved);
        accept();
    };
    if (m_existing)
        m_api.updateLocation(l, this, done);
    else
        m_api.addLocation(l, this, done);
}

} // namespace cp::client
