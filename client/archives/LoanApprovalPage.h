// 借阅审批 (审批 module, approver): loans that take files out wait here for the
// leader's approval before check-out (seed 004 §29); checked-out loans can be
// renewed, overdue ones are listed with their days overdue, and the approver is
// reminded of overdue loans they approved when the page opens.
#pragma once

#include "ArchiveProtocol.h"
#include "archives/ArchivesApi.h"
#include "common/DeskListPage.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class LoanApprovalPage;
}

namespace cp::client {

class ApiClient;

class LoanApprovalPage : public DeskListPage
{
    Q_OBJECT
  public:
    explicit LoanApprovalPage(ApiClient& api, QWidget* parent = nullptr);
    ~LoanApprovalPage() override;

    /// Filters of setFilter(): requested | checked_out | overdue.
    void refresh() override;
    QList<cp::protocol::ArchiveLoan> loans() const { return m_loans; }
    void selectLoan(qint64 id);

    void approve(const QString& note);
    void reject(const QString& reason);
    void renew(const QDate& dueDate, const QString& reason);

  Q_SIGNALS:
    void loaded();
    void remindersLoaded();
    void stepDone(bool ok);

  private:
    void fill();
    void updateButtons();
    std::optional<cp::protocol::ArchiveLoan> selected() const;
    void step(const QString& action, const QJsonObject& body);

    std::unique_ptr<Ui::LoanApprovalPage> ui;
    ArchivesApi m_api;
    DeskLatestOnly m_latest;
    QList<cp::protocol::ArchiveLoan> m_loans;
};

} // namespace cp::client
