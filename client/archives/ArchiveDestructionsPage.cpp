#include "archives/ArchiveDestructionsPage.h"

#include "archives/ArchiveDialogs.h"
#include "archives/ArchiveTerms.h"
#include "common/CommonTerms.h"
#include "ui_ArchiveDestructionsPage.h"
#include "ui_DestructionApprovalPage.h"

#include <QPushButton>

namespace cp::client {

using namespace cp::protocol;

namespace {

void fillLists(QTableWidget* t, const QList<Destruction>& lists)
{
    QList<QStringList> rows;
    for (const auto& d : lists)
        rows << QStringList{d.number,
                            ArchiveTerms::destructionState(d.state),
                            QString::number(d.items.size()),
                            d.reason,
                            d.proposedByName,
                            d.checkerName,
                            d.approverName,
                            d.executedAt.isValid() ? CommonTerms::dateTime(d.executedAt) : QString(),
                            d.place,
                            d.method};
    fillArchiveTable(t,
                     {ArchiveTerms::tr("List no."), ArchiveTerms::tr("State"), ArchiveTerms::tr("Items"),
                      ArchiveTerms::tr("Reason"), ArchiveTerms::tr("Drawn up by"),
                      ArchiveTerms::tr("Checker"), ArchiveTerms::tr("Approved by"),
                      ArchiveTerms::tr("Destroyed at"), ArchiveTerms::tr("Place"),
                      ArchiveTerms::tr("Method")},
                     rows);
}

void fillItems(QTableWidget* t, const std::optional<Destruction>& d)
{
    QList<QStringList> rows;
    if (d)
        for (const auto& i : d->items)
            rows << QStringList{i.title,
                                i.sourceNumber,
                                i.volumeNumber,
                                ArchiveTerms::location(i.location),
                                ArchiveTerms::retention(i),
                                ArchiveTerms::itemStatus(i.status)};
    fillArchiveTable(t,
                     {ArchiveTerms::tr("Item"), ArchiveTerms::tr("Number"), ArchiveTerms::tr("Volume"),
                      ArchiveTerms::tr("Place"), ArchiveTerms::tr("Kept until"), ArchiveTerms::tr("Status")},
                     rows);
}

void selectIn(QTableWidget* t, const QList<Destruction>& lists, qint64 id)
{
    deskSelectRow(t, lists, [id](const Destruction& d) { return d.id == id; });
}

} // namespace

ArchiveDestructionsPage::ArchiveDestructionsPage(ApiClient& api, QWidget* parent)
    : DeskListPage(parent), ui(std::make_unique<Ui::ArchiveDestructionsPage>()), m_api(api)
{
    ui->setupUi(this);
    bindDeskPage(ui->errorLabel, nullptr, ui->stateCombo);
    deskAddChoices(ui->stateCombo, {{QStringLiteral("open"), tr("In progress")},
                                    {QStringLiteral("destroyed"), tr("Destroyed")},
                                    {QStringLiteral("all"), tr("All")}});
    connect(ui->stateCombo, &QComboBox::currentIndexChanged, this, &ArchiveDestructionsPage::refresh);
    connect(ui->refreshButton, &QPushButton::clicked, this, &ArchiveDestructionsPage::refresh);
    connect(ui->listsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showItems();
        updateButtons();
    });
    connect(ui->checkButton, &QPushButton::clicked, this, [this] {
        const auto d = selectedList();
        if (!d)
            return;
        auto* dialog = new ArchiveStepDialog(
            tr("Count and check"),
            tr("Count the items of list %1 against the list and record the result.").arg(d->number),
            ArchiveStepDialog::WithCount, this);
        openArchiveDialog(dialog, [=, this] { check(dialog->count(), dialog->note()); });
    });
    connect(ui->executeButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new ArchiveExecutionDialog(this);
        openArchiveDialog(dialog, [=, this] { execute(dialog->input()); });
    });
    connectArchiveDocumentButtons(this, ui->printButton, ui->pdfButton, ui->errorLabel,
                                  [this] { loadList(); });
    updateButtons();
    refresh();
}

ArchiveDestructionsPage::~ArchiveDestructionsPage() = default;

void ArchiveDestructionsPage::refresh()
{
    m_api.destructions(ui->stateCombo->currentData().toString(), this,
                       m_latest.wrap([this](const ApiResult& r, const QList<Destruction>& lists) {
                           if (!r.ok())
                               showArchiveMessage(ui->errorLabel, r.userMessage());
                           else
                               m_lists = lists;
                           fill();
                           Q_EMIT loaded();
                       }));
}

void ArchiveDestructionsPage::fill()
{
    fillLists(ui->listsTable, m_lists);
    showItems();
    ui->countLabel->setText(tr("%n destruction list(s).", nullptr, int(m_lists.size())));
    updateButtons();
}

void ArchiveDestructionsPage::showItems()
{
    fillItems(ui->itemsTable, selectedList());
}

void ArchiveDestructionsPage::selectList(qint64 id)
{
    selectIn(ui->listsTable, m_lists, id);
    updateButtons();
}

std::optional<Destruction> ArchiveDestructionsPage::selectedList() const
{
    return deskSelectedEntry(ui->listsTable, m_lists);
}

void ArchiveDestructionsPage::updateButtons()
{
    const auto d = selectedList();
    const QString state = d ? d->state : QString();
    ui->checkButton->setEnabled(state == QLatin1String("proposed"));
    ui->executeButton->setEnabled(state == QLatin1String("approved"));
    ui->printButton->setEnabled(d && !d->listNumber.isEmpty());
    ui->pdfButton->setEnabled(d && !d->listNumber.isEmpty());
}

void ArchiveDestructionsPage::step(const QString& action, const QJsonObject& body, const QString& done)
{
    const auto d = selectedList();
    if (!d)
        return;
    m_api.destructionStep(d->id, action, body, this,
                          [this, done](const ApiResult& r, const DestructionStep& s) {
                              if (!showArchiveStepAnswer(ui->errorLabel, r)) {
                                  Q_EMIT stepDone(false);
                                  return;
                              }
                              if (s.document)
                                  m_document = s.document;
                              deskReplaceById(m_lists, s.destruction);
                              fill();
                              selectList(s.destruction.id);
                              refresh();
                              ui->countLabel->setText(done.arg(s.destruction.number));
                              Q_EMIT stepDone(true);
                          });
}

void ArchiveDestructionsPage::check(int counted, const QString& note)
{
    step(QStringLiteral("check"), {{QStringLiteral("counted"), counted}, {QStringLiteral("note"), note}},
         tr("List %1 counted and checked; it awaits the leader's approval."));
}

void ArchiveDestructionsPage::execute(const DestructionExecutionInput& input)
{
    step(QStringLiteral("execution"), input.toJson(),
         tr("Destruction of list %1 recorded; the scans are erased and the list is archived."));
}

void ArchiveDestructionsPage::loadList()
{
    const auto d = selectedList();
    if (!d || d->listNumber.isEmpty())
        return;
    fetchArchiveDocument(m_api, this, ui->errorLabel, d->listNumber, [this](const auto& report) {
        if (report)
            m_document = report;
        Q_EMIT stepDone(report.has_value());
    });
}

// --- the approver's page ----------------------------------------------------------------------

DestructionApprovalPage::DestructionApprovalPage(ApiClient& api, QWidget* parent)
    : DeskListPage(parent), ui(std::make_unique<Ui::DestructionApprovalPage>()), m_api(api)
{
    ui->setupUi(this);
    bindDeskPage(ui->errorLabel);
    connect(ui->refreshButton, &QPushButton::clicked, this, &DestructionApprovalPage::refresh);
    auto update = [this] {
        fillItems(ui->itemsTable, selected());
        ui->approveButton->setEnabled(selected().has_value());
        ui->rejectButton->setEnabled(selected().has_value());
    };
    connect(ui->listsTable, &QTableWidget::itemSelectionChanged, this, update);
    connect(ui->approveButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new ArchiveStepDialog(tr("Approve destruction"),
                                             tr("Approve the destruction of the items on this list?"),
                                             ArchiveStepDialog::NoteOptional, this);
        openArchiveDialog(dialog, [=, this] { approve(dialog->note()); });
    });
    connect(ui->rejectButton, &QPushButton::clicked, this, [this] {
        auto* dialog =
            new ArchiveStepDialog(tr("Reject destruction"), tr("Why may these items not be destroyed?"),
                                  ArchiveStepDialog::NoteRequired, this);
        openArchiveDialog(dialog, [=, this] { reject(dialog->note()); });
    });
    update();
    refresh();
}

DestructionApprovalPage::~DestructionApprovalPage() = default;

void DestructionApprovalPage::refresh()
{
    m_api.destructions(QStringLiteral("checked"), this,
                       m_latest.wrap([this](const ApiResult& r, const QList<Destruction>& lists) {
                           if (!r.ok())
                               showArchiveMessage(ui->errorLabel, r.userMessage());
                           else
                               m_lists = lists;
                           fillLists(ui->listsTable, m_lists);
                           fillItems(ui->itemsTable, selected());
                           ui->countLabel->setText(
                               tr("%n list(s) await your approval.", nullptr, int(m_lists.size())));
                           Q_EMIT loaded();
                       }));
}

void DestructionApprovalPage::selectList(qint64 id)
{
    selectIn(ui->listsTable, m_lists, id);
}

std::optional<Destruction> DestructionApprovalPage::selected() const
{
    return deskSelectedEntry(ui->listsTable, m_lists);
}

void DestructionApprovalPage::decide(const QString& action, const QJsonObject& body)
{
    const auto d = selected();
    if (!d)
        return;
    m_api.destructionStep(d->id, action, body, this, [this](const ApiResult& r, const DestructionStep&) {
        if (showArchiveStepAnswer(ui->errorLabel, r))
            refresh();
        Q_EMIT stepDone(r.ok());
    });
}

void DestructionApprovalPage::approve(const QString& note)
{
    decide(QStringLiteral("approval"), {{QStringLiteral("note"), note}});
}

void DestructionApprovalPage::reject(const QString& reason)
{
    decide(QStringLiteral("rejection"), {{QStringLiteral("reason"), reason}});
}

} // namespace cp::client
