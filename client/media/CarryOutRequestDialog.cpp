#include "media/CarryOutRequestDialog.h"

#include "ui_CarryOutRequestDialog.h"

#include <QPushButton>

namespace cp::client {

CarryOutRequestDialog::CarryOutRequestDialog(MediaApi& api, const MediaReference& reference,
                                             const cp::protocol::Medium& medium, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::CarryOutRequestDialog>()), m_api(api), m_medium(medium)
{
    ui->setupUi(this);
    m_submit.attach(ui->buttonBox->button(QDialogButtonBox::Ok), ui->errorLabel);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);
    ui->mediumLabel->setText(tr("<b>%1</b> · %2 · %3")
                                 .arg(medium.serial.toHtmlEscaped(), MediaTerms::type(medium.type),
                                      medium.levelName.toHtmlEscaped()));
    MediaTerms::fillPeople(ui->carrierCombo, reference.people, false);
    MediaTerms::fillPeople(ui->secondPersonCombo, reference.people, true);
    ui->expectedReturnEdit->setDate(QDate::currentDate().addDays(1));
    const auto level = reference.level(medium.level);
    const bool twoPeople = level && level->twoPersonCarry;
    ui->twoPersonHint->setText(
        twoPeople
            ? tr("%1 media are carried out by two people: choose the second person.").arg(medium.levelName)
            : tr("A leader approves the application before the medium may leave."));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CarryOutRequestDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CarryOutRequestDialog::~CarryOutRequestDialog() = default;

void CarryOutRequestDialog::submit()
{
    if (m_submit.busy())
        return;
    cp::protocol::CarryRequestInput in;
    in.purpose = ui->purposeEdit->text().trimmed();
    in.destination = ui->destinationEdit->text().trimmed();
    in.carrierId = MediaTerms::selectedId(ui->carrierCombo);
    in.secondPersonId = MediaTerms::selectedId(ui->secondPersonCombo);
    in.expectedReturn = ui->expectedReturnEdit->date();
    m_submit.start();
    m_api.requestCarryOut(
        m_medium.id, in, this,
        m_submit.done<cp::protocol::CarryRequest>([this](const cp::protocol::CarryRequest& req) {
            Q_EMIT requested(req);
            accept();
        }));
}

} // namespace cp::client
