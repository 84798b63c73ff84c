#include "archives/ArchiveDialogs.h"

#include "archives/ArchiveTerms.h"
#include "archives/ArchivesApi.h"
#include "ui_ArchiveDestructionDialog.h"
#include "ui_ArchiveExecutionDialog.h"
#include "ui_ArchiveFilingDialog.h"
#include "ui_ArchiveLoanDialog.h"
#include "ui_ArchiveReturnDialog.h"
#include "ui_ArchiveStepDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>

namespace cp::client {

namespace {

template <class Ui> void wireButtons(QDialog* d, Ui* ui)
{
    QObject::connect(ui->buttonBox, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(ui->buttonBox, &QDialogButtonBox::rejected, d, &QDialog::reject);
}

bool showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    return text.isEmpty();
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

QString itemsSummary(const QList<cp::protocol::ArchiveItem>& items)
{
    QStringList titles;
    for (const auto& i : items)
        titles << i.title;
    return ArchiveTerms::tr("%n item(s): %1", nullptr, int(items.size()))
        .arg(titles.join(ArchiveTerms::tr("; ")));
}

} // namespace

// --- filing -------------------------------------------------------------------------------

ArchiveFilingDialog::ArchiveFilingDialog(QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ArchiveFilingDialog>())
{
    ui->setupUi(this);
    wireButtons(this, ui.get());
}
ArchiveFilingDialog::~ArchiveFilingDialog() = default;

void ArchiveFilingDialog::setValues(const QString& volume, const cp::protocol::ArchiveLocation& at)
{
    ui->volumeEdit->setText(volume);
    ui->roomEdit->setText(at.room);
    ui->cabinetEdit->setText(at.cabinet);
    ui->shelfEdit->setText(at.shelf);
}

cp::protocol::FilingInput ArchiveFilingDialog::input(const QList<qint64>& itemIds) const
{
    return {
        itemIds,
        ui->volumeEdit->text().trimmed(),
        {ui->roomEdit->text().trimmed(), ui->cabinetEdit->text().trimmed(), ui->shelfEdit->text().trimmed()}};
}

void ArchiveFilingDialog::accept()
{
    const auto in = input({});
    if (showError(ui->errorLabel, in.volumeNumber.isEmpty() || in.location.room.isEmpty() ||
                                          in.location.cabinet.isEmpty() || in.location.shelf.isEmpty()
                                      ? tr("Enter the volume number and its room, cabinet and shelf.")
                                      : QString()))
        QDialog::accept();
}

// --- loan -----------------------------------------------------------------------------------

ArchiveLoanDialog::ArchiveLoanDialog(QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ArchiveLoanDialog>())
{
    ui->setupUi(this);
    wireButtons(this, ui.get());
    ui->modeCombo->addItem(ArchiveTerms::mode(QStringLiteral("on_site")), QStringLiteral("on_site"));
    ui->modeCombo->addItem(ArchiveTerms::mode(QStringLiteral("take_out")), QStringLiteral("take_out"));
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, &ArchiveLoanDialog::modeChanged);
    setToday(QDate::currentDate());
}
ArchiveLoanDialog::~ArchiveLoanDialog() = default;

void ArchiveLoanDialog::setItems(const QList<cp::protocol::ArchiveItem>& items)
{
    m_itemIds.clear();
    for (const auto& i : items)
        m_itemIds << i.id;
    ui->itemsLabel->setText(itemsSummary(items));
}

void ArchiveLoanDialog::setStaff(const QList<cp::protocol::StaffMember>& staff)
{
    ui->borrowerCombo->clear();
    for (const auto& s : staff)
        ui->borrowerCombo->addItem(tr("%1 (%2)").arg(s.fullName, s.login), s.id);
}

void ArchiveLoanDialog::setToday(const QDate& today)
{
    m_today = today;
    ui->returnDate->setMinimumDate(today);
    ui->returnDate->setDate(today);
    modeChanged();
}

void ArchiveLoanDialog::modeChanged()
{
    // On-site reading ends the same day (seed 004 §29).
    const bool onSite = ui->modeCombo->currentData().toString() == QLatin1String("on_site");
    if (onSite)
        ui->returnDate->setDate(m_today);
    ui->returnDate->setEnabled(!onSite);
}

void ArchiveLoanDialog::setValues(qint64 borrowerId, const QString& mode, const QString& purpose,
                                  const QDate& returnBy)
{
    selectData(ui->borrowerCombo, borrowerId);
    selectData(ui->modeCombo, mode);
    ui->purposeEdit->setText(purpose);
    if (returnBy.isValid() && ui->returnDate->isEnabled())
        ui->returnDate->setDate(returnBy);
}

cp::protocol::LoanRequestInput ArchiveLoanDialog::input() const
{
    return {m_itemIds, ui->borrowerCombo->currentData().toLongLong(), ui->purposeEdit->text().trimmed(),
            ui->modeCombo->currentData().toString(), ui->returnDate->date()};
}

void ArchiveLoanDialog::accept()
{
    const auto in = input();
    QString error;
    if (in.borrowerId <= 0)
        error = tr("Choose the borrower.");
    else if (in.purpose.isEmpty())
        error = tr("Enter the purpose of the loan.");
    if (showError(ui->errorLabel, error))
        QDialog::accept();
}

// --- return ---------------------------------------------------------------------------------

ArchiveReturnDialog::ArchiveReturnDialog(QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ArchiveReturnDialog>())
{
    ui->setupUi(this);
    wireButtons(this, ui.get());
    ui->itemsTable->setColumnCount(3);
    ui->itemsTable->setHorizontalHeaderLabels({tr("Item"), tr("Condition"), tr("Details")});
    ui->itemsTable->verticalHeader()->hide();
    ui->itemsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}
ArchiveReturnDialog::~ArchiveReturnDialog() = default;

void ArchiveReturnDialog::setLoan(const cp::protocol::ArchiveLoan& loan)
{
    setWindowTitle(tr("Register the return of %1").arg(loan.number));
    m_itemIds.clear();
    ui->itemsTable->setRowCount(0);
    for (int i = 0; i < loan.items.size(); ++i) {
        m_itemIds << loan.items[i].itemId;
        ui->itemsTable->insertRow(i);
        auto* title = new QTableWidgetItem(loan.items[i].title);
        title->setFlags(title->flags() & ~Qt::ItemIsEditable);
        ui->itemsTable->setItem(i, 0, title);
        auto* combo = new QComboBox(ui->itemsTable);
        for (const char* c : {"intact", "damaged", "incomplete"})
            combo->addItem(ArchiveTerms::condition(QLatin1String(c)), QLatin1String(c));
        ui->itemsTable->setCellWidget(i, 1, combo);
        ui->itemsTable->setItem(i, 2, new QTableWidgetItem);
    }
}

void ArchiveReturnDialog::setCondition(int row, const QString& condition, const QString& note)
{
    if (auto* combo = qobject_cast<QComboBox*>(ui->itemsTable->cellWidget(row, 1)))
        selectData(combo, condition);
    if (auto* item = ui->itemsTable->item(row, 2))
        item->setText(note);
}

cp::protocol::LoanReturnInput ArchiveReturnDialog::input() const
{
    cp::protocol::LoanReturnInput in;
    for (int i = 0; i < m_itemIds.size(); ++i) {
        cp::protocol::LoanItem item;
        item.itemId = m_itemIds[i];
        if (auto* combo = qobject_cast<QComboBox*>(ui->itemsTable->cellWidget(i, 1)))
            item.condition = combo->currentData().toString();
        item.conditionNote =
            ui->itemsTable->item(i, 2) ? ui->itemsTable->item(i, 2)->text().trimmed() : QString();
        in.items << item;
    }
    in.note = ui->noteEdit->text().trimmed();
    return in;
}

void ArchiveReturnDialog::accept()
{
    QString error;
    for (const auto& item : input().items)
        if (item.condition != QLatin1String("intact") && item.conditionNote.isEmpty())
            error = tr("Describe the damage or the missing pages.");
    if (showError(ui->errorLabel, error))
        QDialog::accept();
}

// --- a decision with a note -----------------------------------------------------------------

ArchiveStepDialog::ArchiveStepDialog(const QString& title, const QString& prompt, int fields, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ArchiveStepDialog>()), m_fields(fields)
{
    ui->setupUi(this);
    wireButtons(this, ui.get());
    setWindowTitle(title);
    ui->promptLabel->setText(prompt);
    ui->dateLabel->setVisible(fields & WithDate);
    ui->dateEdit->setVisible(fields & WithDate);
    ui->countLabel->setVisible(fields & WithCount);
    ui->countSpin->setVisible(fields & WithCount);
    ui->dateEdit->setDate(QDate::currentDate());
}
ArchiveStepDialog::~ArchiveStepDialog() = default;

void ArchiveStepDialog::setValues(const QString& note, const QDate& date, int count)
{
    ui->noteEdit->setPlainText(note);
    if (date.isValid())
        ui->dateEdit->setDate(date);
    ui->countSpin->setValue(count);
}
QString ArchiveStepDialog::note() const
{
    return ui->noteEdit->toPlainText().trimmed();
}
QDate ArchiveStepDialog::date() const
{
    return ui->dateEdit->date();
}
int ArchiveStepDialog::count() const
{
    return ui->countSpin->value();
}

void ArchiveStepDialog::accept()
{
    if (showError(ui->errorLabel,
                  (m_fields & NoteRequired) && note().isEmpty() ? tr("Enter the reason.") : QString()))
        QDialog::accept();
}

// --- destruction ----------------------------------------------------------------------------

ArchiveDestructionDialog::ArchiveDestructionDialog(QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ArchiveDestructionDialog>())
{
    ui->setupUi(this);
    wireButtons(this, ui.get());
    ui->reasonEdit->setText(tr("Retention period expired"));
}
ArchiveDestructionDialog::~ArchiveDestructionDialog() = default;

void ArchiveDestructionDialog::setItems(const QList<cp::protocol::ArchiveItem>& items)
{
    m_itemIds.clear();
    for (const auto& i : items)
        m_itemIds << i.id;
    ui->introLabel->setText(itemsSummary(items));
}

void ArchiveDestructionDialog::setStaff(const QList<cp::protocol::StaffMember>& staff)
{
    ui->checkerCombo->clear();
    for (const auto& s : staff)
        if (s.roles.contains(QStringLiteral("archivist")))
            ui->checkerCombo->addItem(tr("%1 (%2)").arg(s.fullName, s.login), s.id);
}

void ArchiveDestructionDialog::setValues(qint64 checkerId, const QString& reason)
{
    selectData(ui->checkerCombo, checkerId);
    ui->reasonEdit->setText(reason);
}

cp::protocol::DestructionProposalInput ArchiveDestructionDialog::input() const
{
    return {m_itemIds, ui->checkerCombo->currentData().toLongLong(), ui->reasonEdit->text().trimmed()};
}

void ArchiveDestructionDialog::accept()
{
    const auto in = input();
    if (showError(ui->errorLabel, in.checkerId <= 0     ? tr("Choose who counts and checks the items.")
                                  : in.reason.isEmpty() ? tr("Enter the reason.")
                                                        : QString()))
        QDialog::accept();
}

ArchiveExecutionDialog::ArchiveExecutionDialog(QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ArchiveExecutionDialog>())
{
    ui->setupUi(this);
    wireButtons(this, ui.get());
}
ArchiveExecutionDialog::~ArchiveExecutionDialog() = default;

void ArchiveExecutionDialog::setValues(const cp::protocol::DestructionExecutionInput& in)
{
    ui->placeEdit->setText(in.place);
    ui->methodEdit->setText(in.method);
    ui->performersEdit->setText(in.performers);
    ui->problemsEdit->setPlainText(in.problems);
}

cp::protocol::DestructionExecutionInput ArchiveExecutionDialog::input() const
{
    return {ui->placeEdit->text().trimmed(), ui->methodEdit->text().trimmed(),
            ui->performersEdit->text().trimmed(), ui->problemsEdit->toPlainText().trimmed()};
}

void ArchiveExecutionDialog::accept()
{
    const auto in = input();
    if (showError(ui->errorLabel, in.place.isEmpty() || in.method.isEmpty() || in.performers.isEmpty()
                                      ? tr("Enter the place, the method and who destroyed the files.")
                                      : QString()))
        QDialog::accept();
}

// --- page helpers -----------------------------------------------------------------------------

void showArchiveReminders(ArchivesApi& api, QWidget* page, QLabel* label, std::function<void()> loaded)
{
    api.reminders(page, [label, loaded = std::move(loaded)](const ApiResult& r,
                                                            const cp::protocol::ArchiveReminders& reminders) {
        if (r.ok())
            showArchiveMessage(label, ArchiveTerms::reminderText(reminders));
        loaded();
    });
}

void fetchArchiveDocument(ArchivesApi& api, QWidget* page, QLabel* errorLabel, const QString& number,
                          std::function<void(const std::optional<cp::protocol::Report>&)> done)
{
    api.document(
        number, page,
        [errorLabel, done = std::move(done)](const ApiResult& r, const cp::protocol::Report& report) {
            if (!r.ok()) {
                showArchiveMessage(errorLabel, r.userMessage());
                done(std::nullopt);
                return;
            }
            done(report);
        });
}

bool showArchiveStepAnswer(QLabel* errorLabel, const ApiResult& r)
{
    showArchiveMessage(errorLabel, r.ok() ? QString() : r.userMessage());
    return r.ok();
}

} // namespace cp::client
