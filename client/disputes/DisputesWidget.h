// 异议处理 (SPEC §5): the module page of window clerks and credit officers.
// Clerks see the application form and the cases (delivery, reprint, marks,
// revocations, documents); officers see the queue with due dates and work the
// cases (verification, outcomes, result, marks); both follow the mark
// applications in their own queue. Approvals are a tab of the
// Approvals module (DisputeApprovalPage).
#pragma once

#include "Roles.h"
#include "disputes/DisputesApi.h"

#include <QSet>
#include <QWidget>
#include <memory>

namespace Ui {
class DisputesWidget;
}

namespace cp::client {

class ApiClient;
class DisputeApplicationForm;
class DisputeCaseList;
class DisputeCaseView;
class DisputeMarkList;

class DisputesWidget : public QWidget
{
    Q_OBJECT
  public:
    /// roles: the user's roles; only clerk and officer steps are offered here.
    DisputesWidget(ApiClient& api, const QSet<cp::Role>& roles, QWidget* parent = nullptr);
    ~DisputesWidget() override;

    /// nullptr for a user who is not a window clerk.
    DisputeApplicationForm* applicationForm() const { return m_form; }
    DisputeCaseList* caseList() const { return m_list; }
    DisputeCaseView* caseView() const { return m_view; }
    DisputeMarkList* markList() const { return m_marks; }
    /// Shows the cases tab with the case selected (reloading the list).
    void showCase(qint64 caseId);
    /// As showCase, with the mark selected once the case is shown.
    void showMark(qint64 caseId, qint64 markId);

  private:
    std::unique_ptr<Ui::DisputesWidget> ui;
    DisputesApi m_api;
    DisputeApplicationForm* m_form = nullptr;
    DisputeCaseList* m_list = nullptr;
    DisputeCaseView* m_view = nullptr;
    DisputeMarkList* m_marks = nullptr;
};

} // namespace cp::client
