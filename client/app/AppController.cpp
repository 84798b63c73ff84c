#include "app/AppController.h"

#include "auth/LoginDialog.h"
#include "auth/PasswordChangeDialog.h"
#include "shell/MainWindow.h"

#include <QTimer>

namespace cp::client {

AppController::AppController(ClientSettings settings, UiLanguage language, ModuleRegistry registry,
                             QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_language(language), m_registry(std::move(registry))
{
    connect(&m_api, &ApiClient::sessionExpired, this, [this](const QString& code, const QString& message) {
        if (!m_main && !m_password)
            return;
        // Idle expiry is the everyday case: say it in the user's language.
        // Anything else (account disabled, certificate withdrawn) is the
        // server's own explanation.
        const bool idle = code == cp::protocol::errorCodeString(cp::protocol::ErrorCode::SessionExpired);
        returnToLogin(idle ? tr("Your session has ended because it was idle for too "
                                "long. Please log in again.")
                           : message);
    });
    connect(&m_api, &ApiClient::passwordChangeRequired, this, [this] {
        if (m_main && !m_password)
            requirePasswordChange(m_main.get());
    });
}

AppController::~AppController()
{
    // Dialogs parented to the main window go with it; delete children first.
    m_password.reset();
    m_main.reset();
    m_login.reset();
}

template <class W> void AppController::retire(std::unique_ptr<W>& window)
{
    if (!window)
        return;
    window->disconnect();
    window->hide();
    window.release()->deleteLater();
}

void AppController::start()
{
    showLogin({});
}

void AppController::showLogin(const QString& notice)
{
    retire(m_login);
    m_login = std::make_unique<LoginDialog>(m_api, m_settings);
    m_login->setNotice(notice);
    connect(m_login.get(), &LoginDialog::loggedIn, this, &AppController::onLoggedIn);
    connect(m_login.get(), &QDialog::rejected, this, &AppController::quit);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void AppController::onLoggedIn(const cp::protocol::SessionInfo& session)
{
    m_settings = m_login->currentSettings();
    if (session.mustChangePassword)
        requirePasswordChange(nullptr);
    else
        showMain(session);
    retire(m_login);
}

void AppController::requirePasswordChange(QWidget* parent)
{
    retire(m_password);
    m_password = std::make_unique<PasswordChangeDialog>(m_api, PasswordChangeDialog::Mode::Required, parent);
    connect(m_password.get(), &PasswordChangeDialog::passwordChanged, this,
            [this](const cp::protocol::SessionInfo& s) {
                if (!m_main)
                    showMain(s);
                retire(m_password);
            });
    connect(m_password.get(), &QDialog::rejected, this,
            [this] { logout(tr("You have been logged out because the password was not changed.")); });
    if (parent)
        m_password->open(); // window-modal over the main window
    else
        m_password->show();
}

void AppController::showMain(const cp::protocol::SessionInfo& session)
{
    m_main = std::make_unique<MainWindow>(m_api, session, m_registry, m_language);
    connect(m_main.get(), &MainWindow::logoutRequested, this, [this] { logout(tr("You have logged out.")); });
    connect(m_main.get(), &MainWindow::closeRequested, this, &AppController::quit);
    m_main->show();
}

void AppController::returnToLogin(const QString& notice)
{
    // Show the next window before hiding the others, so that no moment
    // without a visible window exists.
    showLogin(notice);
    retire(m_password);
    retire(m_main);
}

void AppController::logout(const QString& notice)
{
    if (m_api.isLoggedIn())
        m_api.logout(nullptr, {}); // best effort; the token is forgotten either way
    returnToLogin(notice);
}

void AppController::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    retire(m_password);
    retire(m_main);
    retire(m_login);
    if (!m_api.isLoggedIn()) {
        QMetaObject::invokeMethod(this, &AppController::finished, Qt::QueuedConnection);
        return;
    }
    // End the session on the server, but never hang the exit on the network.
    auto done = std::make_shared<bool>(false);
    auto finish = [this, done] {
        if (!*done) {
            *done = true;
            Q_EMIT finished();
        }
    };
    m_api.logout(this, [finish](const ApiResult&) { finish(); });
    QTimer::singleShot(3000, this, finish);
}

} // namespace cp::client
