#include "media/MediumDialog.h"

#include "ui_MediumDialog.h"

#include <QPushButton>

namespace cp::client {

MediumDialog::MediumDialog(MediaApi& api, const MediaReference& reference,
                           const std::optional<cp::protocol::Medium>& existing, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::MediumDialog>()), m_api(api), m_existing(existing)
{
    ui->setupUi(this);
    m_submit.attach(ui->buttonBox->button(QDialogButtonBox::Ok), ui->errorLabel);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);
    MediaTerms::fillCodes(ui->typeCombo, MediaTerms::types());
    ui->levelCombo->clear();
    for (const auto& l : reference.levels)
        ui->levelCombo->addItem(l.name, l.code);
    MediaTerms::fillPeople(ui->custodianCombo, reference.people, false);
    // Each location names the levels it holds, so the archivist can pick a fitting one.
    for (const auto& loc : reference.locations) {
        if (!loc.active && !(existing && existing->locationId == loc.id))
            continue;
        QStringList levels;
        for (const QString& code : loc.levels)
            levels << reference.levelName(code);
        ui->locationCombo->addItem(tr("%1 (holds: %2)").arg(loc.name, levels.join(tr(", "))), loc.id);
    }
    ui->locationCombo->setCurrentIndex(-1);
    ui->typeCombo->setCurrentIndex(-1);
    ui->levelCombo->setCurrentIndex(-1);

    if (existing) {
        setWindowTitle(tr("Change Register Entry"));
        ui->introLabel->setText(
            tr("Changes are recorded in the medium's chain of custody. Only a medium in store "
               "can be changed."));
        ui->serialEdit->setText(existing->serial);
        ui->serialEdit->setReadOnly(true);
        MediaTerms::selectData(ui->typeCombo, existing->type);
        ui->modelEdit->setText(existing->model);
        ui->capacityEdit->setText(existing->capacity);
        MediaTerms::selectData(ui->levelCombo, existing->level);
        MediaTerms::selectData(ui->custodianCombo, existing->custodian.id);
        MediaTerms::selectData(ui->locationCombo, existing->locationId);
        ui->noteEdit->setText(existing->note);
    } else {
        setWindowTitle(tr("Register Storage Medium"));
    }
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(existing ? tr("&Save") : tr("&Register"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &MediumDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MediumDialog::~MediumDialog() = default;

void MediumDialog::showFieldError(const ApiResult& r)
{
    ui->errorLabel->setText(r.userMessage());
    ui->errorLabel->show();
    const QString field = r.error ? r.error->details.value(QStringLiteral("field")).toString() : QString();
    const QHash<QString, QWidget*> fields{{QStringLiteral("serial"), ui->serialEdit},
                                          {QStringLiteral("type"), ui->typeCombo},
                                          {QStringLiteral("model"), ui->modelEdit},
                                          {QStringLiteral("capacity"), ui->capacityEdit},
                                          {QStringLiteral("level"), ui->levelCombo},
                                          {QStringLiteral("custodianId"), ui->custodianCombo},
                                          {QStringLiteral("locationId"), ui->locationCombo},
                                          {QStringLiteral("note"), ui->noteEdit}};
    if (QWidget* w = fields.value(field))
        w->setFocus();
}

void MediumDialog::submit()
{
    if (m_submit.busy())
        return;
    cp::protocol::MediumInput in;
    in.serial = ui->serialEdit->text().trimmed();
    in.type = ui->typeCombo->currentData().toString();
    in.model = ui->modelEdit->text().trimmed();
    in.capacity = ui->capacityEdit->text().trimmed();
    in.level = ui->levelCombo->currentData().toString();
    in.custodianId = MediaTerms::selectedId(ui->custodianCombo);
    in.locationId = MediaTerms::selectedId(ui->locationCombo);
    in.note = ui->noteEdit->text().trimmed();
    m_submit.start();
    auto done = m_submit.done<cp::protocol::Medium>(
        [this](const cp::protocol::Medium& medium) {
            Q_EMIT saved(medium);
            accept();
        },
        [this](const ApiResult& r) { showFieldError(r); });
    if (m_existing)
        m_api.editMedium(m_existing->id, in, this, done);
    else
        m_api.registerMedium(in, this, done);
}

} // namespace cp::client
