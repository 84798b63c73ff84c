// 证书 (系统管理): bind a client certificate to an account by importing its
// certificate file (never a private key; the server refuses one), list every
// certificate with subject, issuer, serial and validity, and those expiring
// within 30 days (SPEC §8).
#pragma once

#include "AdminProtocol.h"
#include "admin/AdminApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CertificatesPage;
}

namespace cp::client {

class ApiClient;

class CertificatesPage : public QWidget
{
    Q_OBJECT
  public:
    explicit CertificatesPage(ApiClient& api, QWidget* parent = nullptr);
    ~CertificatesPage() override;

    void refresh();
    /// Imports this file for the account chosen above (what the button does after the file dialog).
    void importFile(const QString& path);
    bool selectAccount(const QString& login);
    QList<cp::protocol::CertificateView> certificates() const { return m_certificates; }

  Q_SIGNALS:
    void loaded();
    void importFinished(bool ok);

  private:
    void fill();
    void showDetail();

    std::unique_ptr<Ui::CertificatesPage> ui;
    AdminApi m_api;
    QList<cp::protocol::CertificateView> m_certificates;
};

} // namespace cp::client
