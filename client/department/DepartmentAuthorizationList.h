// 我的授权申请: the department user's own B-class authorization requests with
// their status (pending, approved, rejected with the officer's reason, expired
// after the end date). Refreshed whenever the list is shown.
#pragma once

#include "DepartmentProtocol.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DepartmentAuthorizationList;
}

namespace cp::client {

class DepartmentApi;

class DepartmentAuthorizationList : public QWidget
{
    Q_OBJECT
  public:
    explicit DepartmentAuthorizationList(QWidget* parent = nullptr);
    ~DepartmentAuthorizationList() override;

    void setApi(DepartmentApi* api) { m_api = api; }
    void refresh();
    bool isLoading() const { return m_loading; }
    const QList<cp::protocol::BAuthorization>& authorizations() const { return m_list; }

  Q_SIGNALS:
    void loaded();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    std::unique_ptr<Ui::DepartmentAuthorizationList> ui;
    DepartmentApi* m_api = nullptr;
    QList<cp::protocol::BAuthorization> m_list;
    bool m_loading = false;
    bool m_again = false; // a refresh was asked for while one was running
};

} // namespace cp::client
