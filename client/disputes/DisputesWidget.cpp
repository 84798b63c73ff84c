#include "disputes/DisputesWidget.h"

#include "disputes/DisputeApplicationForm.h"
#include "disputes/DisputeCaseList.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeMarkList.h"
#include "ui_DisputesWidget.h"

namespace cp::client {

DisputesWidget::DisputesWidget(ApiClient& api, const QSet<cp::Role>& roles, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DisputesWidget>()), m_api(api)
{
    ui->setupUi(this);
    // Approving is done in the Approvals module, never here.
    QSet<cp::Role> here;
    for (cp::Role r : {cp::Role::WindowClerk, cp::Role::CreditOfficer})
        if (roles.contains(r))
            here.insert(r);
    const bool clerk = here.contains(cp::Role::WindowClerk);

    if (clerk) {
        m_form = new DisputeApplicationForm(m_api, ui->applicationHost);
        ui->applicationHost->layout()->addWidget(m_form);
    } else {
        ui->disputesTabs->removeTab(ui->disputesTabs->indexOf(ui->applicationTab));
        ui->applicationTab->hide();
    }
    m_list = new DisputeCaseList(m_api, QStringLiteral("open"), ui->caseListHost);
    ui->caseListHost->layout()->addWidget(m_list);
    m_view = new DisputeCaseView(m_api, here, ui->caseViewHost);
    ui->caseViewHost->layout()->addWidget(m_view);
    ui->casesSplitter->setStretchFactor(0, 2);
    ui->casesSplitter->setStretchFactor(1, 3);
    ui->casesSplitter->setSizes({440, 760}); // the case needs the room

    m_marks = new DisputeMarkList(m_api, ui->markListHost);
    ui->markListHost->layout()->addWidget(m_marks);

    connect(m_list, &DisputeCaseList::caseSelected, m_view, &DisputeCaseView::open);
    connect(m_marks, &DisputeMarkList::openRequested, this, &DisputesWidget::showMark);
    connect(m_view, &DisputeCaseView::caseChanged, m_list, &DisputeCaseList::reload);
    connect(m_view, &DisputeCaseView::caseChanged, m_marks, &DisputeMarkList::reload);
    if (m_form)
        connect(m_form, &DisputeApplicationForm::accepted, m_list, &DisputeCaseList::reload);
}

DisputesWidget::~DisputesWidget() = default;

void DisputesWidget::showMark(qint64 caseId, qint64 markId)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_view, &DisputeCaseView::loaded, this, [this, caseId, markId, connection] {
        if (!m_view->dispute() || m_view->dispute()->id != caseId)
            return;
        QObject::disconnect(*connection);
        m_view->selectMark(markId);
    });
    showCase(caseId);
}

void DisputesWidget::showCase(qint64 caseId)
{
    ui->disputesTabs->setCurrentWidget(ui->casesTab);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_list, &DisputeCaseList::loaded, this, [this, caseId, connection] {
        QObject::disconnect(*connection);
        if (!m_list->select(caseId))
            m_view->open(caseId); // not in this filter: open it anyway
    });
    m_list->reload();
}

} // namespace cp::client
