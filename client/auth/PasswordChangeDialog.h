// 修改密码: voluntary from the menu, or required after the first login / when
// the password has aged (then cancelling logs out), or — after an administrator
// reset the password — chosen by the holder at the login, without the old one
// and without a session (Reset; issue 11 finding 3). The shared password check
// gives live feedback; the server's verdict is the one that counts.
#pragma once

#include "PasswordPolicy.h"
#include "Protocol.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PasswordChangeDialog;
}

namespace cp::client {

class ApiClient;
struct ApiResult;

class PasswordChangeDialog : public QDialog
{
    Q_OBJECT
  public:
    enum class Mode { Voluntary, Required, Reset };

    PasswordChangeDialog(ApiClient& api, Mode mode, QWidget* parent = nullptr);
    ~PasswordChangeDialog() override;

    Mode mode() const { return m_mode; }
    /// Text of every rule the typed password does not meet yet (for tests and tooltips).
    QStringList unmetRules() const;
    /// What the user reads for a policy problem.
    static QString problemText(cp::PasswordProblem problem, const cp::PasswordPolicy& policy);

  public Q_SLOTS:
    /// Sends the change; the dialog closes only when the server agrees.
    void accept() override;

    /// Reset: until when the server accepts the new password (shown in the introduction).
    void setResetDeadline(const QDateTime& until);

  Q_SIGNALS:
    void passwordChanged(const cp::protocol::SessionInfo& session);
    /// Reset: the server took the new password; the holder logs in with it next.
    void passwordChosen();

  private:
    void updateFeedback();
    void handleReply(const ApiResult& result, const cp::protocol::SessionInfo& session);
    QString describeError(const ApiResult& result) const;
    void setBusy(bool busy);

    std::unique_ptr<Ui::PasswordChangeDialog> ui;
    ApiClient& m_api;
    Mode m_mode;
    cp::PasswordPolicy m_policy; // defaults; the server may be stricter and says so
    bool m_busy = false;
};

} // namespace cp::client
