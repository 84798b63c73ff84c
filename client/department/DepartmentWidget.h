// 部门查询 (SPEC §1–2; seed 000 §16–18): the module page of department users and
// credit-centre officers. The first tab finds a subject and opens it (search
// list ↔ subject view); department users also see their B-class authorization
// requests. Officers decide those requests in the Approvals module
// (BAuthorizationApprovalPage).
#pragma once

#include "Protocol.h"
#include "department/DepartmentApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DepartmentWidget;
}

namespace cp::client {

class ApiClient;
class DepartmentAuthorizationList;
class DepartmentSearchPage;
class DepartmentSubjectView;

class DepartmentWidget : public QWidget
{
    Q_OBJECT
  public:
    DepartmentWidget(ApiClient& api, const cp::protocol::SessionInfo& session, QWidget* parent = nullptr);
    ~DepartmentWidget() override;

    DepartmentSearchPage* searchPage() const;
    DepartmentSubjectView* subjectView() const;
    /// Null for officers (they hold no requests of their own).
    DepartmentAuthorizationList* authorizationList() const;
    bool isShowingSubject() const;

    void openSubject(const cp::protocol::SubjectSummary& subject);
    void backToResults();
    void showAuthorizations();

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    std::unique_ptr<Ui::DepartmentWidget> ui;
    DepartmentApi m_api;
    bool m_requester = false;
};

} // namespace cp::client
