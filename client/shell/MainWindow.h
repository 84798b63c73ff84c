// The shell after login: navigation of the user's modules, one page each, and
// the session shown in the status bar.
#pragma once

#include "Protocol.h"
#include "Roles.h"
#include "app/Translations.h"
#include "shell/SessionClock.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <chrono>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace cp::client {

class ApiClient;
class ModuleRegistry;

class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    MainWindow(ApiClient& api, const cp::protocol::SessionInfo& session, const ModuleRegistry& registry,
               UiLanguage language, QWidget* parent = nullptr);
    ~MainWindow() override;

    const cp::protocol::SessionInfo& session() const { return m_session; }
    /// Modules in navigation order.
    QList<cp::Module> modules() const { return m_modules; }
    void showModule(cp::Module module);

    /// User activity refreshes the session at most this often (default one minute).
    void setActivityRefreshInterval(std::chrono::milliseconds interval);
    /// Asks the server for the session now (GET /session also restarts its idle timer).
    void refreshSession();

  Q_SIGNALS:
    void logoutRequested();
    /// The user closed the window: log out and quit.
    void closeRequested();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildModules(const ModuleRegistry& registry);
    void setUpStatusBar();
    void setUpLanguageMenu(UiLanguage language);
    void updateIdentity();
    void updateCountdown(qint64 secondsLeft);
    void openPasswordChange();
    void showAbout();
    bool ownsWidget(const QObject* object) const;

    std::unique_ptr<Ui::MainWindow> ui;
    ApiClient& m_api;
    cp::protocol::SessionInfo m_session; // without the token
    QList<cp::Module> m_modules;
    SessionClock m_clock;
    QElapsedTimer m_sinceRefresh;
    std::chrono::milliseconds m_refreshInterval{60000};
    bool m_refreshing = false;
    // Status bar fields (owned by the status bar).
    QLabel* m_serverLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_rolesLabel = nullptr;
    QLabel* m_sessionLabel = nullptr;
};

} // namespace cp::client
