#include "disputes/DisputeApprovalPage.h"

#include "disputes/DisputeCaseList.h"
#include "disputes/DisputeCaseView.h"
#include "ui_DisputeApprovalPage.h"

namespace cp::client {

DisputeApprovalPage::DisputeApprovalPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DisputeApprovalPage>()), m_api(api)
{
    ui->setupUi(this);
    m_list = new DisputeCaseList(m_api, QStringLiteral("result_submitted"), ui->caseListHost);
    ui->caseListHost->layout()->addWidget(m_list);
    m_view = new DisputeCaseView(m_api, {cp::Role::Approver}, ui->caseViewHost);
    ui->caseViewHost->layout()->addWidget(m_view);
    ui->casesSplitter->setStretchFactor(0, 2);
    ui->casesSplitter->setStretchFactor(1, 3);
    ui->casesSplitter->setSizes({440, 760}); // the case needs the room
    connect(m_list, &DisputeCaseList::caseSelected, m_view, &DisputeCaseView::open);
    connect(m_view, &DisputeCaseView::caseChanged, m_list, &DisputeCaseList::reload);
}

DisputeApprovalPage::~DisputeApprovalPage() = default;

} // namespace cp::client
