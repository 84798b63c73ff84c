// 闲置账户 (安全管理): active accounts nobody used for 90 days (or more),
// for the periodic review that removes unused accounts (seed 000 §10).
#pragma once

#include "AdminProtocol.h"
#include "admin/AdminApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class StaleAccountsPage;
}

namespace cp::client {

class ApiClient;

class StaleAccountsPage : public QWidget
{
    Q_OBJECT
  public:
    explicit StaleAccountsPage(ApiClient& api, QWidget* parent = nullptr);
    ~StaleAccountsPage() override;

    void refresh();
    QList<cp::protocol::StaleAccount> accounts() const { return m_accounts; }

  Q_SIGNALS:
    void loaded();

  private:
    std::unique_ptr<Ui::StaleAccountsPage> ui;
    AdminApi m_api;
    QList<cp::protocol::StaleAccount> m_accounts;
};

} // namespace cp::client
