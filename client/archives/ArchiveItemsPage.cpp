#include "archives/ArchiveItemsPage.h"

#include "archives/ArchiveDialogs.h"
#include "archives/ArchiveHistoryDialog.h"
#include "archives/ArchiveTerms.h"
#include "common/CommonTerms.h"
#include "ui_ArchiveItemsPage.h"

#include <QPushButton>
#include <QTimeZone>

namespace cp::client {

using namespace cp::protocol;

ArchiveItemsPage::ArchiveItemsPage(ApiClient& api, QWidget* parent)
    : DeskListPage(parent), ui(std::make_unique<Ui::ArchiveItemsPage>()), m_api(api)
{
    ui->setupUi(this);
    bindDeskPage(ui->errorLabel, ui->reminderLabel, ui->statusCombo);
    deskAddChoices(ui->statusCombo, {{QStringLiteral("unfiled"), tr("Not yet filed")},
                                     {QStringLiteral("filed"), tr("Filed")},
                                     {QStringLiteral("expired"), tr("Retention expired")},
                                     {QStringLiteral("destroyed"), tr("Destroyed")},
                                     {QStringLiteral("all"), tr("All")}});
    connect(ui->statusCombo, &QComboBox::currentIndexChanged, this, &ArchiveItemsPage::refresh);
    connect(ui->refreshButton, &QPushButton::clicked, this, &ArchiveItemsPage::refresh);
    connect(ui->itemsTable, &QTableWidget::itemSelectionChanged, this, &ArchiveItemsPage::updateButtons);
    connect(ui->itemsTable, &QTableWidget::itemActivated, this, &ArchiveItemsPage::openHistory);
    connect(ui->historyButton, &QPushButton::clicked, this, &ArchiveItemsPage::openHistory);
    connect(ui->fileButton, &QPushButton::clicked, this, &ArchiveItemsPage::fileClicked);
    connect(ui->lendButton, &QPushButton::clicked, this, &ArchiveItemsPage::lendClicked);
    connect(ui->destroyButton, &QPushButton::clicked, this, &ArchiveItemsPage::destroyClicked);
    m_api.staff(this, [this](const ApiResult& r, const QList<StaffMember>& staff) {
        if (r.ok())
            m_staff = staff;
        Q_EMIT staffLoaded();
    });
    // The archivist is reminded of overdue loans when the page opens (seed 004 §29).
    showArchiveReminders(m_api, this, ui->reminderLabel, [this] { Q_EMIT remindersLoaded(); });
    updateButtons();
    refresh();
}

ArchiveItemsPage::~ArchiveItemsPage() = default;

void ArchiveItemsPage::refresh()
{
    ui->refreshButton->setEnabled(false);
    m_api.items(ui->statusCombo->currentData().toString(), this,
                m_latest.wrap([this](const ApiResult& r, const QList<ArchiveItem>& items) {
                    ui->refreshButton->setEnabled(true);
                    if (!r.ok()) {
                        showArchiveMessage(ui->errorLabel, r.userMessage());
                        Q_EMIT loaded();
                        return;
                    }
                    m_items = items;
                    fill();
                    Q_EMIT loaded();
                }));
}

void ArchiveItemsPage::fill()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
    QList<QStringList> rows;
    QList<bool> marked;
    int ofToday = 0;
    for (const auto& i : m_items) {
        const bool createdToday = i.createdAt.toTimeZone(QTimeZone(8 * 3600)).date() == today;
        ofToday += createdToday && i.status == QLatin1String("unfiled") ? 1 : 0;
        rows << QStringList{i.title,
                            ArchiveTerms::sourceKind(i.sourceKind),
                            i.sourceNumber,
                            CommonTerms::dateTime(i.createdAt),
                            ArchiveTerms::itemStatus(i.status),
                            i.volumeNumber,
                            ArchiveTerms::location(i.location),
                            ArchiveTerms::retention(i),
                            i.loanNumber.isEmpty() ? QString() : tr("On loan (%1)").arg(i.loanNumber),
                            QString::number(i.materialCount)};
        marked << (i.retentionExpired || (i.status == QLatin1String("unfiled") && !createdToday));
    }
    fillArchiveTable(ui->itemsTable,
                     {tr("Item"), tr("Kind"), tr("Number"), tr("Received"), tr("Status"), tr("Volume"),
                      tr("Place"), tr("Kept until"), tr("Loan"), tr("Materials")},
                     rows, marked);
    ui->countLabel->setText(
        tr("%n item(s).", nullptr, int(m_items.size())) +
        (ofToday > 0 ? QStringLiteral(" ") + tr("%n received today, not yet filed.", nullptr, ofToday)
                     : QString()));
    updateButtons();
}

void ArchiveItemsPage::selectItems(const QList<qint64>& ids)
{
    ui->itemsTable->clearSelection();
    for (int r = 0; r < m_items.size(); ++r)
        if (ids.contains(m_items[r].id))
            ui->itemsTable->selectionModel()->select(ui->itemsTable->model()->index(r, 0),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    updateButtons();
}

QList<ArchiveItem> ArchiveItemsPage::selectedItems() const
{
    QList<ArchiveItem> out;
    for (const auto& index : ui->itemsTable->selectionModel()->selectedRows())
        if (index.row() < m_items.size())
            out << m_items[index.row()];
    return out;
}

void ArchiveItemsPage::updateButtons()
{
    const auto selected = selectedItems();
    auto all = [&](auto pred) {
        return !selected.isEmpty() && std::all_of(selected.cbegin(), selected.cend(), pred);
    };
    ui->historyButton->setEnabled(selected.size() == 1);
    ui->fileButton->setEnabled(
        all([](const ArchiveItem& i) { return i.status == QLatin1String("unfiled"); }));
    ui->lendButton->setEnabled(all(
        [](const ArchiveItem& i) { return i.status == QLatin1String("filed") && i.loanNumber.isEmpty(); }));
    ui->destroyButton->setEnabled(all([](const ArchiveItem& i) { return i.retentionExpired; }));
}

void ArchiveItemsPage::finish(const ApiResult& r, const QString& done)
{
    if (!showArchiveStepAnswer(ui->errorLabel, r)) {
        Q_EMIT stepDone(false);
        return;
    }
    ui->countLabel->setText(done);
    refresh();
    Q_EMIT stepDone(true);
}

void ArchiveItemsPage::fileItems(const FilingInput& input)
{
    m_api.file(input, this, [this](const ApiResult& r, const QList<ArchiveItem>& filed) {
        finish(r, tr("%n item(s) filed.", nullptr, int(filed.size())));
    });
}

void ArchiveItemsPage::requestLoan(const LoanRequestInput& input)
{
    m_api.requestLoan(input, this, [this](const ApiResult& r, const LoanStep& s) {
        finish(r, s.loan.state == QLatin1String("requested")
                      ? tr("Loan %1 registered; it awaits the leader's approval.").arg(s.loan.number)
                      : tr("Loan %1 registered; check it out on the Loans tab.").arg(s.loan.number));
    });
}

void ArchiveItemsPage::proposeDestruction(const DestructionProposalInput& input)
{
    m_api.proposeDestruction(input, this, [this](const ApiResult& r, const DestructionStep& s) {
        finish(r, tr("Destruction list %1 drawn up; %2 counts and checks it.")
                      .arg(s.destruction.number, s.destruction.checkerName));
    });
}

void ArchiveItemsPage::fileClicked()
{
    auto* dialog = new ArchiveFilingDialog(this);
    QList<qint64> ids;
    for (const auto& i : selectedItems())
        ids << i.id;
    openArchiveDialog(dialog, [=, this] { fileItems(dialog->input(ids)); });
}

void ArchiveItemsPage::lendClicked()
{
    auto* dialog = new ArchiveLoanDialog(this);
    dialog->setItems(selectedItems());
    dialog->setStaff(m_staff);
    openArchiveDialog(dialog, [=, this] { requestLoan(dialog->input()); });
}

void ArchiveItemsPage::destroyClicked()
{
    auto* dialog = new ArchiveDestructionDialog(this);
    dialog->setItems(selectedItems());
    dialog->setStaff(m_staff);
    openArchiveDialog(dialog, [=, this] { proposeDestruction(dialog->input()); });
}

void ArchiveItemsPage::openHistory()
{
    const auto selected = selectedItems();
    if (selected.size() != 1)
        return;
    m_api.item(selected.first().id, this, [this](const ApiResult& r, const ArchiveItem& item) {
        if (!r.ok()) {
            showArchiveMessage(ui->errorLabel, r.userMessage());
            return;
        }
        auto* dialog = new ArchiveHistoryDialog(m_api, this);
        dialog->setObjectName(QStringLiteral("archiveItemHistory"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->showItem(item);
        dialog->show();
    });
}

} // namespace cp::client
