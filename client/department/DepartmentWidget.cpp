#include "department/DepartmentWidget.h"

#include "Roles.h"
#include "department/DepartmentAuthorizationList.h"
#include "department/DepartmentSearchPage.h"
#include "department/DepartmentSubjectView.h"
#include "ui_DepartmentWidget.h"

#include <QKeyEvent>
#include <QTabBar>

namespace cp::client {

DepartmentWidget::DepartmentWidget(ApiClient& api, const cp::protocol::SessionInfo& session, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DepartmentWidget>()), m_api(api)
{
    ui->setupUi(this);
    // Department users request B-class access; officers see every class and decide requests.
    m_requester = session.account.roles.contains(cp::roleCode(cp::Role::DepartmentUser));
    ui->searchPage->setApi(&m_api);
    ui->subjectView->setApi(&m_api);
    ui->subjectView->setViewer(session.account.fullName, m_requester);
    ui->authorizationList->setApi(&m_api);
    if (!m_requester)
        ui->departmentTabs->removeTab(ui->departmentTabs->indexOf(ui->authorizationsTab));
    ui->departmentTabs->tabBar()->setVisible(ui->departmentTabs->count() > 1);

    connect(ui->searchPage, &DepartmentSearchPage::openRequested, this, &DepartmentWidget::openSubject);
    connect(ui->subjectView, &DepartmentSubjectView::backRequested, this, &DepartmentWidget::backToResults);
    connect(ui->subjectView, &DepartmentSubjectView::authorizationRequested, ui->authorizationList,
            &DepartmentAuthorizationList::refresh);
    ui->searchPage->focusSearch();
}

DepartmentWidget::~DepartmentWidget() = default;

DepartmentSearchPage* DepartmentWidget::searchPage() const
{
    return ui->searchPage;
}
DepartmentSubjectView* DepartmentWidget::subjectView() const
{
    return ui->subjectView;
}

DepartmentAuthorizationList* DepartmentWidget::authorizationList() const
{
    return m_requester ? ui->authorizationList : nullptr;
}

bool DepartmentWidget::isShowingSubject() const
{
    return ui->queryStack->currentWidget() == ui->subjectView;
}

void DepartmentWidget::openSubject(const cp::protocol::SubjectSummary& subject)
{
    ui->departmentTabs->setCurrentWidget(ui->queryTab);
    ui->queryStack->setCurrentWidget(ui->subjectView);
    ui->subjectView->setSubject(subject);
}

void DepartmentWidget::backToResults()
{
    ui->queryStack->setCurrentWidget(ui->searchPage);
    ui->searchPage->focusSearch();
}

void DepartmentWidget::showAuthorizations()
{
    if (m_requester)
        ui->departmentTabs->setCurrentWidget(ui->authorizationsTab);
}

void DepartmentWidget::keyPressEvent(QKeyEvent* event)
{
    // Escape in the subject view goes back to the results.
    if (event->key() == Qt::Key_Escape && isShowingSubject()) {
        backToResults();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace cp::client
