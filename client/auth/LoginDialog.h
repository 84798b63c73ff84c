// 登录: certificate (first factor, TLS) + account password (second factor).
// After an administrator reset the password, the server answers
// PASSWORD_RESET_PENDING and the holder chooses a new one here, then logs in with it.
#pragma once

#include "Protocol.h"
#include "app/ClientSettings.h"
#include "net/TlsIdentity.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace cp::client {

class ApiClient;
struct ApiResult;

class LoginDialog : public QDialog
{
    Q_OBJECT
  public:
    LoginDialog(ApiClient& api, const ClientSettings& settings, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /// An information line above the form, e.g. why the user is back here.
    void setNotice(const QString& text);
    /// The fields as they are now (settings to remember; never a password).
    ClientSettings currentSettings() const;

  Q_SIGNALS:
    void loggedIn(const cp::protocol::SessionInfo& session);

  private:
    ConnectionSettings connectionSettings() const;
    void submit();
    void handleLoginReply(const ApiResult& result, const cp::protocol::SessionInfo& session);
    void chooseNewPassword(const ApiResult& result);
    void setBusy(bool busy);
    void showError(const QString& message);
    void updateLoginEnabled();
    void suggestCaFile();
    void browse(bool forCertificate);
    void focusFirstEmptyField();
    static QString describeLoginError(const ApiResult& result);

    std::unique_ptr<Ui::LoginDialog> ui;
    ApiClient& m_api;
    ClientSettings m_settings;
    bool m_busy = false;
    bool m_caSuggested = false; // CA path was filled in by us, not typed
};

} // namespace cp::client
