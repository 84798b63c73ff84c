// 角色与辖区 (安全管理): the security admin grants roles and the jurisdiction
// (region code) of an account. A combination that breaks separation of
// duties is explained before saving (shared/Roles.h, the rule the server
// applies); the server decides (seed 004 附件2 §3, §10; seed 001 §7).
#pragma once

#include "AdminProtocol.h"
#include "admin/AdminApi.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QCheckBox;

namespace Ui {
class RolesPage;
}

namespace cp::client {

class ApiClient;

class RolesPage : public QWidget
{
    Q_OBJECT
  public:
    RolesPage(ApiClient& api, qint64 ownAccountId, QWidget* parent = nullptr);
    ~RolesPage() override;

    void refresh();
    bool select(const QString& login);
    QCheckBox* roleBox(const QString& code) const { return m_boxes.value(code); }
    QList<cp::protocol::AccountView> accounts() const { return m_accounts; }
    void save();

  Q_SIGNALS:
    void loaded();
    void saved(bool ok);

  private:
    void fill();
    void showAccount();
    void explainConflict();
    QStringList checkedRoles() const;

    std::unique_ptr<Ui::RolesPage> ui;
    AdminApi m_api;
    qint64 m_ownId;
    qint64 m_shownId = 0;
    QHash<QString, QCheckBox*> m_boxes;
    QList<cp::protocol::AccountView> m_accounts;
};

} // namespace cp::client
