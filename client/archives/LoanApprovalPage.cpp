#include "archives/LoanApprovalPage.h"

#include "archives/ArchiveDialogs.h"
#include "archives/ArchiveTerms.h"
#include "common/CommonTerms.h"
#include "ui_LoanApprovalPage.h"

#include <QPushButton>

namespace cp::client {

using namespace cp::protocol;

LoanApprovalPage::LoanApprovalPage(ApiClient& api, QWidget* parent)
    : DeskListPage(parent), ui(std::make_unique<Ui::LoanApprovalPage>()), m_api(api)
{
    ui->setupUi(this);
    bindDeskPage(ui->errorLabel, ui->reminderLabel, ui->stateCombo);
    deskAddChoices(ui->stateCombo, {{QStringLiteral("requested"), tr("Awaiting approval")},
                                    {QStringLiteral("checked_out"), tr("Checked out")},
                                    {QStringLiteral("overdue"), tr("Overdue")}});
    connect(ui->stateCombo, &QComboBox::currentIndexChanged, this, &LoanApprovalPage::refresh);
    connect(ui->refreshButton, &QPushButton::clicked, this, &LoanApprovalPage::refresh);
    connect(ui->loansTable, &QTableWidget::itemSelectionChanged, this, &LoanApprovalPage::updateButtons);
    connect(ui->approveButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new ArchiveStepDialog(tr("Approve the loan"),
                                             tr("Approve taking these files out of the archive room?"),
                                             ArchiveStepDialog::NoteOptional, this);
        openArchiveDialog(dialog, [=, this] { approve(dialog->note()); });
    });
    connect(ui->rejectButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new ArchiveStepDialog(tr("Reject the loan"), tr("Why is the loan not approved?"),
                                             ArchiveStepDialog::NoteRequired, this);
        openArchiveDialog(dialog, [=, this] { reject(dialog->note()); });
    });
    connect(ui->renewButton, &QPushButton::clicked, this, [this] {
        auto* dialog =
            new ArchiveStepDialog(tr("Renew the loan"), tr("New return date and the reason for the renewal:"),
                                  ArchiveStepDialog::NoteRequired | ArchiveStepDialog::WithDate, this);
        if (const auto loan = selected())
            dialog->setValues({}, loan->dueDate.addDays(7));
        openArchiveDialog(dialog, [=, this] { renew(dialog->date(), dialog->note()); });
    });
    showArchiveReminders(m_api, this, ui->reminderLabel, [this] { Q_EMIT remindersLoaded(); });
    updateButtons();
    refresh();
}

LoanApprovalPage::~LoanApprovalPage() = default;

void LoanApprovalPage::refresh()
{
    m_api.loans(ui->stateCombo->currentData().toString(), 0, this,
                m_latest.wrap([this](const ApiResult& r, const QList<ArchiveLoan>& loans) {
                    if (!r.ok())
                        showArchiveMessage(ui->errorLabel, r.userMessage());
                    else
                        m_loans = loans;
                    fill();
                    Q_EMIT loaded();
                }));
}

void LoanApprovalPage::fill()
{
    QList<QStringList> rows;
    QList<bool> overdue;
    for (const auto& l : m_loans) {
        QStringList titles;
        for (const auto& i : l.items)
            titles << i.title;
        rows << QStringList{l.number,
                            l.borrowerName,
                            ArchiveTerms::mode(l.mode),
                            l.purpose,
                            CommonTerms::date(l.dueDate.isValid() ? l.dueDate : l.requestedReturn),
                            l.overdueDays > 0 ? tr("%n day(s) overdue", nullptr, l.overdueDays) : QString(),
                            QString::number(l.renewals),
                            l.requestedByName,
                            titles.join(tr("; "))};
        overdue << (l.overdueDays > 0);
    }
    fillArchiveTable(ui->loansTable,
                     {tr("Loan no."), tr("Borrower"), tr("Reading"), tr("Purpose"), tr("Return by"),
                      tr("Overdue"), tr("Renewals"), tr("Registered by"), tr("Items")},
                     rows, overdue);
    ui->countLabel->setText(tr("%n loan(s).", nullptr, int(m_loans.size())));
    updateButtons();
}

void LoanApprovalPage::selectLoan(qint64 id)
{
    deskSelectRow(ui->loansTable, m_loans, [id](const ArchiveLoan& l) { return l.id == id; });
    updateButtons();
}

std::optional<ArchiveLoan> LoanApprovalPage::selected() const
{
    return deskSelectedEntry(ui->loansTable, m_loans);
}

void LoanApprovalPage::updateButtons()
{
    const auto loan = selected();
    const QString state = loan ? loan->state : QString();
    ui->approveButton->setEnabled(state == QLatin1String("requested"));
    ui->rejectButton->setEnabled(state == QLatin1String("requested"));
    ui->renewButton->setEnabled(state == QLatin1String("checked_out") &&
                                loan->mode == QLatin1String("take_out"));
}

void LoanApprovalPage::step(const QString& action, const QJsonObject& body)
{
    const auto loan = selected();
    if (!loan)
        return;
    m_api.loanStep(loan->id, action, body, this, [this](const ApiResult& r, const LoanStep&) {
        if (showArchiveStepAnswer(ui->errorLabel, r))
            refresh();
        Q_EMIT stepDone(r.ok());
    });
}

void LoanApprovalPage::approve(const QString& note)
{
    step(QStringLiteral("approval"), {{QStringLiteral("note"), note}});
}

void LoanApprovalPage::reject(const QString& reason)
{
    step(QStringLiteral("rejection"), {{QStringLiteral("reason"), reason}});
}

void LoanApprovalPage::renew(const QDate& dueDate, const QString& reason)
{
    step(QStringLiteral("renewal"), {{QStringLiteral("dueDate"), cp::protocol::toWireDate(dueDate)},
                                     {QStringLiteral("reason"), reason}});
}

} // namespace cp::client
