// 审批 → B 类授权: the credit-centre officer's list of department users'
// B-class authorization requests, pending first; approve, or reject with a
// reason the requester sees (seed 000 §18). The server refuses deciding one's
// own request or one already decided.
#pragma once

#include "DepartmentProtocol.h"
#include "department/DepartmentApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class BAuthorizationApprovalPage;
}

namespace cp::client {

class ApiClient;

class BAuthorizationApprovalPage : public QWidget
{
    Q_OBJECT
  public:
    explicit BAuthorizationApprovalPage(ApiClient& api, QWidget* parent = nullptr);
    ~BAuthorizationApprovalPage() override;

    void refresh();
    /// Selects the request with this id; false if it is not listed.
    bool select(qint64 id);
    void approveCurrent();
    void rejectCurrent();

    bool isLoading() const { return m_loading; }
    const QList<cp::protocol::BAuthorization>& requests() const { return m_list; }

  Q_SIGNALS:
    void loaded();
    void decided(const cp::protocol::BAuthorization& authorization);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void decide(bool approve);
    void updateActions();
    std::optional<cp::protocol::BAuthorization> current() const;

    std::unique_ptr<Ui::BAuthorizationApprovalPage> ui;
    DepartmentApi m_api;
    QList<cp::protocol::BAuthorization> m_list;
    bool m_loading = false;
    bool m_deciding = false;
};

} // namespace cp::client
