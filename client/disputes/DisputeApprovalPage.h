// 审批 › 异议处理结果: results awaiting the credit authority's approval (seed
// 003 附件2.五(三)); approve (the result report is issued and printed here)
// or return with a reason; extend a complicated case once by at most 15
// working days (附件2.三). A tab of the Approvals module (ModuleTabs.cpp).
#pragma once

#include "disputes/DisputesApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DisputeApprovalPage;
}

namespace cp::client {

class ApiClient;
class DisputeCaseList;
class DisputeCaseView;

class DisputeApprovalPage : public QWidget
{
    Q_OBJECT
  public:
    explicit DisputeApprovalPage(ApiClient& api, QWidget* parent = nullptr);
    ~DisputeApprovalPage() override;

    DisputeCaseList* caseList() const { return m_list; }
    DisputeCaseView* caseView() const { return m_view; }

  private:
    std::unique_ptr<Ui::DisputeApprovalPage> ui;
    DisputesApi m_api;
    DisputeCaseList* m_list = nullptr;
    DisputeCaseView* m_view = nullptr;
};

} // namespace cp::client
