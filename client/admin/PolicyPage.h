// 安全策略 (安全管理): password length and classes, maximum age, lockout
// threshold and duration, session idle timeout. Saved by the security admin,
// in force at once, logged; the server refuses anything below SPEC §8.
#pragma once

#include "PasswordPolicy.h"
#include "admin/AdminApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class PolicyPage;
}

namespace cp::client {

class ApiClient;

class PolicyPage : public QWidget
{
    Q_OBJECT
  public:
    explicit PolicyPage(ApiClient& api, QWidget* parent = nullptr);
    ~PolicyPage() override;

    void reload();
    void save();
    cp::PasswordPolicy edited() const;

  Q_SIGNALS:
    void loaded();
    void saved(bool ok);

  private:
    void show(const cp::PasswordPolicy& p);

    std::unique_ptr<Ui::PolicyPage> ui;
    AdminApi m_api;
};

} // namespace cp::client
