// 账户 (系统管理): real-name accounts with status, roles and last login,
// filtered by status, text or "unused for 90 days"; create, disable,
// re-enable, deregister, reset the password, unlock, and the one-step action
// for a reported leaked password or lost certificate. The server decides
// every step (server/http/AdminRoutes.cpp); this page shows its answer.
#pragma once

#include "AdminProtocol.h"
#include "admin/AdminApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AccountsPage;
}

namespace cp::client {

class ApiClient;

class AccountsPage : public QWidget
{
    Q_OBJECT
  public:
    explicit AccountsPage(ApiClient& api, QWidget* parent = nullptr);
    ~AccountsPage() override;

    void refresh();
    QList<cp::protocol::AccountView> accounts() const { return m_accounts; }
    /// Selects the row of this login; false if it is not listed.
    bool select(const QString& login);
    bool isLoading() const { return m_loading; }

  Q_SIGNALS:
    void loaded();
    /// An action finished (ok or refused); the message is shown on the page.
    void actionFinished(bool ok);

  private:
    const cp::protocol::AccountView* current() const;
    void fill();
    void updateButtons();
    void newAccount();
    void askThenAct(int kind);
    void resetPassword();
    void unlock();
    void enable();
    void finished(const ApiResult& r, const QString& doneMessage);

    std::unique_ptr<Ui::AccountsPage> ui;
    AdminApi m_api;
    QList<cp::protocol::AccountView> m_accounts;
    QList<cp::protocol::RegionView> m_regions;
    bool m_loading = false;
};

} // namespace cp::client
