// The client's life cycle without nested event loops: login → (required
// password change) → main window → back to login on logout or session expiry.
#pragma once

#include "Protocol.h"
#include "app/ClientSettings.h"
#include "net/ApiClient.h"
#include "shell/ModuleRegistry.h"

#include <QObject>
#include <QWidget>
#include <memory>

namespace cp::client {

class LoginDialog;
class MainWindow;
class PasswordChangeDialog;

class AppController : public QObject
{
    Q_OBJECT
  public:
    AppController(ClientSettings settings, UiLanguage language,
                  ModuleRegistry registry = ModuleRegistry::standard(), QObject* parent = nullptr);
    ~AppController() override;

    /// Shows the login dialog.
    void start();

    ApiClient& api() { return m_api; }
    // The window currently shown, or nullptr (for tests and diagnostics).
    LoginDialog* loginDialog() const { return m_login.get(); }
    PasswordChangeDialog* passwordDialog() const { return m_password.get(); }
    MainWindow* mainWindow() const { return m_main.get(); }

  Q_SIGNALS:
    /// The user left the client (exit on login, window closed); quit now.
    void finished();

  private:
    void showLogin(const QString& notice);
    void onLoggedIn(const cp::protocol::SessionInfo& session);
    void requirePasswordChange(QWidget* parent);
    void showMain(const cp::protocol::SessionInfo& session);
    void returnToLogin(const QString& notice);
    void logout(const QString& notice);
    void quit();

    /// Hides a window and deletes it once control is back in the event loop
    /// (it may be the sender of the signal being handled).
    template <class W> static void retire(std::unique_ptr<W>& window);

    ApiClient m_api;
    ClientSettings m_settings;
    UiLanguage m_language;
    ModuleRegistry m_registry;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<PasswordChangeDialog> m_password; // only the required one
    std::unique_ptr<MainWindow> m_main;
    bool m_quitting = false;
};

} // namespace cp::client
