#include "media/MediumEventDialog.h"

#include "ui_MediumEventDialog.h"

#include <QPushButton>

namespace cp::client {

namespace {

/// A sensible first choice for the medium's state; the user may pick any event.
QString defaultKind(const QString& state)
{
    if (state == QLatin1String("issued"))
        return QStringLiteral("return");
    if (state == QLatin1String("carried_out"))
        return QStringLiteral("carry_back");
    if (state == QLatin1String("in_repair"))
        return QStringLiteral("repair_return");
    if (state == QLatin1String("retired"))
        return QStringLiteral("wipe");
    return QStringLiteral("issue");
}

} // namespace

MediumEventDialog::MediumEventDialog(MediaApi& api, const MediaReference& reference,
                                     const cp::protocol::Medium& medium,
                                     const QList<cp::protocol::Medium>& replacements, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::MediumEventDialog>()), m_api(api), m_medium(medium)
{
    ui->setupUi(this);
    m_submit.attach(ui->buttonBox->button(QDialogButtonBox::Ok), ui->errorLabel);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);
    ui->mediumLabel->setText(tr("<b>%1</b> · %2 · %3 · %4")
                                 .arg(medium.serial.toHtmlEscaped(), MediaTerms::type(medium.type),
                                      medium.levelName.toHtmlEscaped(), MediaTerms::state(medium.state)));
    MediaTerms::fillCodes(ui->kindCombo, MediaTerms::eventKinds());
    for (QComboBox* c :
         {ui->holderCombo, ui->verifierCombo, ui->witness1Combo, ui->witness2Combo, ui->counterSignerCombo})
        MediaTerms::fillPeople(c, reference.people, false);
    for (const auto& r : replacements)
        ui->replacementCombo->addItem(tr("%1 (%2, %3)").arg(r.serial, MediaTerms::type(r.type), r.levelName),
                                      r.id);
    ui->replacementCombo->setCurrentIndex(-1);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, &MediumEventDialog::kindChanged);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &MediumEventDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setKind(defaultKind(medium.state));
    kindChanged();
}

MediumEventDialog::~MediumEventDialog() = default;

void MediumEventDialog::setKind(const QString& kind)
{
    MediaTerms::selectData(ui->kindCombo, kind);
}

void MediumEventDialog::kindChanged()
{
    const QString kind = ui->kindCombo->currentData().toString();
    const bool wipe = kind == QLatin1String("wipe");
    const bool destroy = kind == QLatin1String("destroy");
    const bool repair = kind == QLatin1String("repair");
    ui->eventForm->setRowVisible(ui->holderCombo, kind == QLatin1String("issue"));
    ui->eventForm->setRowVisible(ui->replacementCombo, kind == QLatin1String("replace"));
    ui->eventForm->setRowVisible(ui->methodCombo, wipe || destroy);
    ui->eventForm->setRowVisible(ui->toolEdit, wipe);
    ui->eventForm->setRowVisible(ui->verifierCombo, wipe);
    ui->eventForm->setRowVisible(ui->placeEdit, repair || destroy);
    ui->eventForm->setRowVisible(ui->witness1Combo, destroy);
    ui->eventForm->setRowVisible(ui->witness2Combo, destroy);
    if (wipe || destroy) {
        MediaTerms::fillCodes(ui->methodCombo,
                              wipe ? MediaTerms::wipeMethods() : MediaTerms::destroyMethods());
        ui->methodCombo->setCurrentIndex(-1);
    }
    ui->placeLabel->setText(repair ? tr("Re&pairer:") : tr("Pl&ace of destruction:"));
    QString hint;
    if (repair || destroy)
        hint =
            tr("Needs a wipe record made since the medium was last used: the contents must be erased beyond "
               "recovery first.");
    if (destroy)
        hint += QLatin1Char(' ') + tr("Two witnesses other than you attend the destruction.");
    if (kind == QLatin1String("carry_out"))
        hint = tr("Only with an approved carry-out application; the carriers are those named in it.");
    if (kind == QLatin1String("replace"))
        hint = tr(
            "The replaced medium is withdrawn until it is destroyed; a replacement for an issued medium is "
            "issued to the same person.");
    if (wipe)
        hint = tr("The verifier checks that nothing can be recovered.");
    ui->kindHint->setText(hint);
    ui->kindHint->setVisible(!hint.isEmpty());
    adjustSize();
}

void MediumEventDialog::submit()
{
    if (m_submit.busy())
        return;
    cp::protocol::MediumEventInput in;
    in.kind = ui->kindCombo->currentData().toString();
    in.counterSignerId = MediaTerms::selectedId(ui->counterSignerCombo);
    auto visible = [this](QWidget* w) { return ui->eventForm->isRowVisible(w); };
    if (visible(ui->holderCombo))
        in.holderId = MediaTerms::selectedId(ui->holderCombo);
    if (visible(ui->replacementCombo))
        in.replacementId = MediaTerms::selectedId(ui->replacementCombo);
    if (visible(ui->methodCombo))
        in.method = ui->methodCombo->currentData().toString();
    if (visible(ui->toolEdit))
        in.tool = ui->toolEdit->text().trimmed();
    if (visible(ui->verifierCombo))
        in.verifierId = MediaTerms::selectedId(ui->verifierCombo);
    if (visible(ui->placeEdit))
        in.place = ui->placeEdit->text().trimmed();
    if (visible(ui->witness1Combo)) {
        in.witness1Id = MediaTerms::selectedId(ui->witness1Combo);
        in.witness2Id = MediaTerms::selectedId(ui->witness2Combo);
    }
    in.note = ui->noteEdit->text().trimmed();
    m_submit.start();
    m_api.recordEvent(m_medium.id, in, this,
                      m_submit.done<cp::protocol::MediumStep>([this](const cp::protocol::MediumStep& step) {
                          Q_EMIT recorded(step);
                          accept();
                      }));
}

} // namespace cp::client
