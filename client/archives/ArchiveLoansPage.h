// 借阅登记: the archivist's loans — check out approved ones to their borrower
// (issuing the signed 借阅登记单), register returns with each item's condition,
// cancel, chase overdue loans (days overdue shown in red), and each borrower's
// history (seed 004 §28–29).
#pragma once

#include "ArchiveProtocol.h"
#include "archives/ArchivesApi.h"
#include "common/DeskListPage.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ArchiveLoansPage;
}

namespace cp::client {

class ApiClient;

class ArchiveLoansPage : public DeskListPage
{
    Q_OBJECT
  public:
    explicit ArchiveLoansPage(ApiClient& api, QWidget* parent = nullptr);
    ~ArchiveLoansPage() override;

    /// Filters of setFilter(): open | overdue | all.
    void refresh() override;
    QList<cp::protocol::ArchiveLoan> loans() const { return m_loans; }
    void selectLoan(qint64 id);
    std::optional<cp::protocol::ArchiveLoan> selectedLoan() const;
    /// The loan slip of the selected loan (issued at check-out), once fetched.
    std::optional<cp::protocol::Report> lastDocument() const { return m_document; }

    void checkOut();
    void registerReturn(const cp::protocol::LoanReturnInput& input);
    void cancel(const QString& reason);
    /// Per-person history (借阅人履历) of the person chosen in the list (a selected loan picks its borrower).
    void selectPerson(qint64 accountId);
    void openBorrowerHistory();
    /// Fetches the selected loan's slip (stepDone when there).
    void loadSlip();

  Q_SIGNALS:
    void loaded();
    void remindersLoaded();
    void staffLoaded();
    void stepDone(bool ok);

  private:
    void fill();
    void updateButtons();
    void step(const QString& action, const QJsonObject& body, const QString& done);

    std::unique_ptr<Ui::ArchiveLoansPage> ui;
    ArchivesApi m_api;
    DeskLatestOnly m_latest;
    QList<cp::protocol::ArchiveLoan> m_loans;
    std::optional<cp::protocol::Report> m_document;
};

} // namespace cp::client
