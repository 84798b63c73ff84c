#include "shell/MainWindow.h"

#include "archives/ArchiveReminderNotice.h"

#include "app/ClientSettings.h"
#include "app/DisplayNames.h"
#include "auth/PasswordChangeDialog.h"
#include "documents/VerifyReportDialog.h"
#include "net/ApiClient.h"
#include "shell/ModuleRegistry.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSet>

namespace cp::client {

MainWindow::MainWindow(ApiClient& api, const cp::protocol::SessionInfo& session,
                       const ModuleRegistry& registry, UiLanguage language, QWidget* parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_api(api), m_session(session)
{
    m_session.token.clear(); // the ApiClient holds it; nothing else needs it
    ui->setupUi(this);
    setWindowTitle(tr("Credit Platform Desk"));

    setUpStatusBar();
    setUpLanguageMenu(language);
    buildModules(registry);
    updateIdentity();
    showArchiveReminders(m_api, statusBar()); // overdue archive loans, at login (seed 004 §29)

    connect(ui->actionChangePassword, &QAction::triggered, this, &MainWindow::openPasswordChange);
    connect(ui->actionLogout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // Any logged-in user may check a printed report (SPEC §3).
    connect(ui->actionVerifyReport, &QAction::triggered, this, [this] {
        auto* dialog = new VerifyReportDialog(m_api, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    connect(&m_clock, &SessionClock::changed, this, &MainWindow::updateCountdown);
    // The local estimate ran out: let the server say whether the session is gone.
    connect(&m_clock, &SessionClock::lapsed, this, &MainWindow::refreshSession);
    connect(&m_api, &ApiClient::sessionActivity, this, [this] { m_clock.restart(); });
    m_clock.restart(m_session);
    m_sinceRefresh.start();

    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildModules(const ModuleRegistry& registry)
{
    QSet<cp::Role> roles;
    for (const QString& code : std::as_const(m_session.account.roles))
        if (const auto role = cp::roleFromCode(code))
            roles.insert(*role);
    m_modules = cp::modulesFor(roles);

    const ModuleContext context{m_api, m_session};
    for (cp::Module module : std::as_const(m_modules)) {
        auto* item = new QListWidgetItem(DisplayNames::module(module), ui->moduleList);
        item->setData(Qt::UserRole, int(module));
        ui->moduleStack->addWidget(registry.create(module, context, ui->moduleStack));
    }
    if (m_modules.isEmpty()) {
        auto* none = new QLabel(tr("No work area is assigned to your account. Please contact "
                                   "the system administrator."),
                                ui->moduleStack);
        none->setObjectName(QStringLiteral("noModulesLabel"));
        none->setAlignment(Qt::AlignCenter);
        none->setWordWrap(true);
        ui->moduleStack->addWidget(none);
    }
    connect(ui->moduleList, &QListWidget::currentRowChanged, ui->moduleStack,
            &QStackedWidget::setCurrentIndex);
    if (!m_modules.isEmpty())
        ui->moduleList->setCurrentRow(0);
}

void MainWindow::showModule(cp::Module module)
{
    const auto row = m_modules.indexOf(module);
    if (row >= 0)
        ui->moduleList->setCurrentRow(int(row));
}

void MainWindow::setUpStatusBar()
{
    auto field = [this](const char* name) {
        auto* label = new QLabel(ui->statusbar);
        label->setObjectName(QLatin1String(name));
        ui->statusbar->addPermanentWidget(label);
        return label;
    };
    m_serverLabel = field("serverStatusLabel");
    m_userLabel = field("userStatusLabel");
    m_rolesLabel = field("rolesStatusLabel");
    m_sessionLabel = field("sessionStatusLabel");
}

void MainWindow::setUpLanguageMenu(UiLanguage language)
{
    auto* group = new QActionGroup(this);
    group->addAction(ui->actionLanguageZh);
    group->addAction(ui->actionLanguageEn);
    (language == UiLanguage::Chinese ? ui->actionLanguageZh : ui->actionLanguageEn)->setChecked(true);
    auto choose = [this](UiLanguage chosen) {
        ClientSettings::saveLanguage(chosen);
        statusBar()->showMessage(tr("The new language is used the next time the client starts."), 10000);
    };
    connect(ui->actionLanguageZh, &QAction::triggered, this, [choose] { choose(UiLanguage::Chinese); });
    connect(ui->actionLanguageEn, &QAction::triggered, this, [choose] { choose(UiLanguage::English); });
}

void MainWindow::updateIdentity()
{
    const cp::protocol::AccountInfo& a = m_session.account;
    const QStringList roleNames = DisplayNames::rolesFromCodes(a.roles);
    m_serverLabel->setText(tr("Server: %1").arg(m_api.serverDisplay()));
    m_userLabel->setText(tr("User: %1 (%2)").arg(a.fullName, a.login));
    m_rolesLabel->setText(tr("Roles: %1").arg(roleNames.join(tr(", "))));
    ui->headerUserLabel->setText(a.unit.isEmpty() ? a.fullName : tr("%1 · %2").arg(a.fullName, a.unit));
}

void MainWindow::updateCountdown(qint64 secondsLeft)
{
    if (secondsLeft <= 0) {
        m_sessionLabel->setText(tr("Session: expired"));
    } else {
        const QString left = QStringLiteral("%1:%2")
                                 .arg(secondsLeft / 60, 2, 10, QLatin1Char('0'))
                                 .arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
        m_sessionLabel->setText(tr("Session: %1 left").arg(left));
    }
    // The last five minutes stand out, so nobody loses a half-filled form.
    m_sessionLabel->setProperty("warning", secondsLeft < 300);
    m_sessionLabel->setStyleSheet(secondsLeft < 300 ? QStringLiteral("color: #b3261e;") : QString());
}

void MainWindow::setActivityRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshInterval = interval;
}

void MainWindow::refreshSession()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_sinceRefresh.restart();
    m_api.sessionInfo(this, [this](const ApiResult& r, const cp::protocol::SessionInfo& s) {
        m_refreshing = false;
        if (!r.ok()) {
            // An ended session is handled by whoever listens to ApiClient::sessionExpired.
            statusBar()->showMessage(r.userMessage(), 15000);
            return;
        }
        m_session.account = s.account;
        m_session.mustChangePassword = s.mustChangePassword;
        m_session.idleTimeoutSeconds = s.idleTimeoutSeconds;
        m_session.expiresAt = s.expiresAt;
        m_clock.restart(m_session);
        updateIdentity();
    });
}

bool MainWindow::ownsWidget(const QObject* object) const
{
    for (const QObject* o = object; o; o = o->parent())
        if (o == this)
            return true;
    return false;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if ((type == QEvent::KeyPress || type == QEvent::MouseButtonPress) && ownsWidget(watched) &&
        std::chrono::milliseconds(m_sinceRefresh.elapsed()) >= m_refreshInterval)
        refreshSession();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    Q_EMIT closeRequested();
}

void MainWindow::openPasswordChange()
{
    auto* dialog = new PasswordChangeDialog(m_api, PasswordChangeDialog::Mode::Voluntary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordChangeDialog::passwordChanged, this, [this](const cp::protocol::SessionInfo& s) {
        m_session.mustChangePassword = s.mustChangePassword;
        m_clock.restart(s);
        statusBar()->showMessage(tr("Your password has been changed."), 10000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("About Credit Platform Desk"),
                        tr("<h3>Credit Platform Desk</h3>"
                           "<p>Version %1</p>"
                           "<p>Desk client of the municipal public credit information platform: walk-in and "
                           "department queries, disputes, archives and administration.</p>"
                           "<p>Connected to %2 with your digital certificate.</p>")
                            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                 m_api.serverDisplay().toHtmlEscaped()),
                        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cp::client
