#include "archives/ArchiveLoansPage.h"

#include "archives/ArchiveDialogs.h"
#include "archives/ArchiveHistoryDialog.h"
#include "archives/ArchiveTerms.h"
#include "common/CommonTerms.h"
#include "ui_ArchiveLoansPage.h"

#include <QPushButton>

namespace cp::client {

using namespace cp::protocol;

ArchiveLoansPage::ArchiveLoansPage(ApiClient& api, QWidget* parent)
    : DeskListPage(parent), ui(std::make_unique<Ui::ArchiveLoansPage>()), m_api(api)
{
    ui->setupUi(this);
    bindDeskPage(ui->errorLabel, ui->reminderLabel, ui->stateCombo);
    deskAddChoices(ui->stateCombo, {{QStringLiteral("open"), tr("Open loans")},
                                    {QStringLiteral("overdue"), tr("Overdue")},
                                    {QStringLiteral("all"), tr("All")}});
    connect(ui->stateCombo, &QComboBox::currentIndexChanged, this, &ArchiveLoansPage::refresh);
    connect(ui->refreshButton, &QPushButton::clicked, this, &ArchiveLoansPage::refresh);
    connect(ui->loansTable, &QTableWidget::itemSelectionChanged, this, [this] {
        // The history button shows the selected loan's borrower, or anyone picked in the list.
        if (const auto loan = selectedLoan()) {
            const int i = ui->personCombo->findData(loan->borrowerId);
            if (i >= 0)
                ui->personCombo->setCurrentIndex(i);
        }
        updateButtons();
    });
    connect(ui->personCombo, &QComboBox::currentIndexChanged, this, &ArchiveLoansPage::updateButtons);
    m_api.staff(this, [this](const ApiResult& r, const QList<StaffMember>& staff) {
        if (r.ok())
            for (const auto& s : staff)
                ui->personCombo->addItem(tr("%1 (%2)").arg(s.fullName, s.login), s.id);
        updateButtons();
        Q_EMIT staffLoaded();
    });
    connect(ui->checkoutButton, &QPushButton::clicked, this, &ArchiveLoansPage::checkOut);
    connect(ui->borrowerHistoryButton, &QPushButton::clicked, this, &ArchiveLoansPage::openBorrowerHistory);
    connect(ui->returnButton, &QPushButton::clicked, this, [this] {
        const auto loan = selectedLoan();
        if (!loan)
            return;
        auto* dialog = new ArchiveReturnDialog(this);
        dialog->setLoan(*loan);
        openArchiveDialog(dialog, [=, this] { registerReturn(dialog->input()); });
    });
    connect(ui->cancelButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new ArchiveStepDialog(tr("Cancel the loan"), tr("Why is the loan cancelled?"),
                                             ArchiveStepDialog::NoteRequired, this);
        openArchiveDialog(dialog, [=, this] { cancel(dialog->note()); });
    });
    connectArchiveDocumentButtons(this, ui->printButton, ui->pdfButton, ui->errorLabel,
                                  [this] { loadSlip(); });
    // seed 004 §29 "定期归还": overdue loans are shown when the page opens.
    showArchiveReminders(m_api, this, ui->reminderLabel, [this] { Q_EMIT remindersLoaded(); });
    updateButtons();
    refresh();
}

ArchiveLoansPage::~ArchiveLoansPage() = default;

void ArchiveLoansPage::refresh()
{
    ui->refreshButton->setEnabled(false);
    m_api.loans(ui->stateCombo->currentData().toString(), 0, this,
                m_latest.wrap([this](const ApiResult& r, const QList<ArchiveLoan>& loans) {
                    ui->refreshButton->setEnabled(true);
                    if (!r.ok())
                        showArchiveMessage(ui->errorLabel, r.userMessage());
                    else
                        m_loans = loans;
                    fill();
                    Q_EMIT loaded();
                }));
}

void ArchiveLoansPage::fill()
{
    QList<QStringList> rows;
    QList<bool> overdue;
    int late = 0;
    for (const auto& l : m_loans) {
        QStringList titles;
        for (const auto& i : l.items)
            titles << i.title;
        rows << QStringList{l.number,
                            l.borrowerName,
                            ArchiveTerms::mode(l.mode),
                            ArchiveTerms::loanState(l.state),
                            l.purpose,
                            CommonTerms::date(l.dueDate.isValid() ? l.dueDate : l.requestedReturn),
                            l.overdueDays > 0 ? tr("%n day(s) overdue", nullptr, l.overdueDays) : QString(),
                            l.approverName,
                            titles.join(tr("; "))};
        overdue << (l.overdueDays > 0);
        late += l.overdueDays > 0 ? 1 : 0;
    }
    fillArchiveTable(ui->loansTable,
                     {tr("Loan no."), tr("Borrower"), tr("Reading"), tr("State"), tr("Purpose"),
                      tr("Return by"), tr("Overdue"), tr("Approved by"), tr("Items")},
                     rows, overdue);
    ui->countLabel->setText(late > 0 ? tr("%n loan(s), %1 overdue.", nullptr, int(m_loans.size())).arg(late)
                                     : tr("%n loan(s).", nullptr, int(m_loans.size())));
    updateButtons();
}

void ArchiveLoansPage::selectLoan(qint64 id)
{
    deskSelectRow(ui->loansTable, m_loans, [id](const ArchiveLoan& l) { return l.id == id; });
    updateButtons();
}

std::optional<ArchiveLoan> ArchiveLoansPage::selectedLoan() const
{
    return deskSelectedEntry(ui->loansTable, m_loans);
}

void ArchiveLoansPage::updateButtons()
{
    const auto loan = selectedLoan();
    const QString state = loan ? loan->state : QString();
    ui->checkoutButton->setEnabled(state == QLatin1String("approved"));
    ui->returnButton->setEnabled(state == QLatin1String("checked_out"));
    ui->cancelButton->setEnabled(state == QLatin1String("requested") || state == QLatin1String("approved"));
    ui->borrowerHistoryButton->setEnabled(ui->personCombo->currentData().toLongLong() > 0);
    ui->printButton->setEnabled(loan && !loan->slipNumber.isEmpty());
    ui->pdfButton->setEnabled(loan && !loan->slipNumber.isEmpty());
}

void ArchiveLoansPage::step(const QString& action, const QJsonObject& body, const QString& done)
{
    const auto loan = selectedLoan();
    if (!loan)
        return;
    m_api.loanStep(loan->id, action, body, this, [this, done](const ApiResult& r, const LoanStep& s) {
        if (!showArchiveStepAnswer(ui->errorLabel, r)) {
            Q_EMIT stepDone(false);
            return;
        }
        if (s.document)
            m_document = s.document;
        // The answer is the loan as it now stands: show it at once, then reload the list.
        deskReplaceById(m_loans, s.loan);
        fill();
        selectLoan(s.loan.id);
        refresh();
        ui->countLabel->setText(done.arg(s.loan.number));
        Q_EMIT stepDone(true);
    });
}

void ArchiveLoansPage::checkOut()
{
    step(QStringLiteral("checkout"), {}, tr("Loan %1 checked out; print the slip for the borrower to sign."));
}

void ArchiveLoansPage::registerReturn(const LoanReturnInput& input)
{
    step(QStringLiteral("return"), input.toJson(), tr("Return of loan %1 registered."));
}

void ArchiveLoansPage::cancel(const QString& reason)
{
    step(QStringLiteral("cancellation"), {{QStringLiteral("reason"), reason}}, tr("Loan %1 cancelled."));
}

void ArchiveLoansPage::loadSlip()
{
    const auto loan = selectedLoan();
    if (!loan || loan->slipNumber.isEmpty())
        return;
    fetchArchiveDocument(m_api, this, ui->errorLabel, loan->slipNumber, [this](const auto& report) {
        if (report)
            m_document = report;
        Q_EMIT stepDone(report.has_value());
    });
}

void ArchiveLoansPage::selectPerson(qint64 accountId)
{
    const int i = ui->personCombo->findData(accountId);
    if (i >= 0)
        ui->personCombo->setCurrentIndex(i);
}

void ArchiveLoansPage::openBorrowerHistory()
{
    const qint64 person = ui->personCombo->currentData().toLongLong();
    if (person <= 0)
        return;
    m_api.personHistory(person, this, [this](const ApiResult& r, const PersonHistory& h) {
        if (!r.ok()) {
            showArchiveMessage(ui->errorLabel, r.userMessage());
            return;
        }
        auto* dialog = new ArchiveHistoryDialog(m_api, this);
        dialog->setObjectName(QStringLiteral("archiveBorrowerHistory"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->showPerson(h);
        dialog->show();
    });
}

} // namespace cp::client
