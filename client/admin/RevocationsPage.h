// 证书吊销 (安全管理): the security admin revokes a certificate in use; the
// server refuses it from its next request and its next TLS handshake on.
#pragma once

#include "AdminProtocol.h"
#include "admin/AdminApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class RevocationsPage;
}

namespace cp::client {

class ApiClient;

class RevocationsPage : public QWidget
{
    Q_OBJECT
  public:
    explicit RevocationsPage(ApiClient& api, QWidget* parent = nullptr);
    ~RevocationsPage() override;

    void refresh();
    bool selectAccount(const QString& login);
    void revoke();
    QList<cp::protocol::CertificateView> certificates() const { return m_certificates; }

  Q_SIGNALS:
    void loaded();
    void revoked(bool ok);

  private:
    std::unique_ptr<Ui::RevocationsPage> ui;
    AdminApi m_api;
    QList<cp::protocol::CertificateView> m_certificates; // in use only
};

} // namespace cp::client
