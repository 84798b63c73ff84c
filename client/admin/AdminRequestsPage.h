// 双人确认 (系统管理, 安全管理, 安全审计): a password reset or a certificate binding of an
// administrator's account waits here until an administrator of another post confirms or
// rejects it (issue 11 finding 3; seed 004 附件2 §10, §15). The server decides who may;
// this page shows the requests and its answer.
#pragma once

#include "AdminProtocol.h"
#include "admin/AdminApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AdminRequestsPage;
}

namespace cp::client {

class ApiClient;

class AdminRequestsPage : public QWidget
{
    Q_OBJECT
  public:
    explicit AdminRequestsPage(ApiClient& api, QWidget* parent = nullptr);
    ~AdminRequestsPage() override;

    void refresh();
    QList<cp::protocol::AdminRequestView> requests() const { return m_requests; }
    /// Selects the request for this account; false if none is listed.
    bool selectTarget(const QString& login);
    void confirm();
    void reject();

  Q_SIGNALS:
    void loaded();
    /// Confirmed or rejected (ok), or refused by the server.
    void decided(bool ok);

  private:
    void finished(const ApiResult& r, const QString& doneMessage);

    std::unique_ptr<Ui::AdminRequestsPage> ui;
    AdminApi m_api;
    QList<cp::protocol::AdminRequestView> m_requests;
};

} // namespace cp::client
