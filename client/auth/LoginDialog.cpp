#include "auth/LoginDialog.h"

#include "auth/PasswordChangeDialog.h"
#include "net/ApiClient.h"
#include "ui_LoginDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace cp::client {

using cp::protocol::ErrorCode;

LoginDialog::LoginDialog(ApiClient& api, const ClientSettings& settings, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::LoginDialog>()), m_api(api), m_settings(settings)
{
    ui->setupUi(this);

    ui->certPathEdit->setText(QDir::toNativeSeparators(settings.certPath));
    ui->serverEdit->setText(settings.server);
    ui->caPathEdit->setText(QDir::toNativeSeparators(settings.caPath));
    ui->workstationEdit->setText(settings.workstation);

    connect(ui->advancedToggle, &QToolButton::toggled, this,
            [this](bool on) { ui->advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow); });
    connect(ui->certBrowseButton, &QPushButton::clicked, this, [this] { browse(true); });
    connect(ui->caBrowseButton, &QPushButton::clicked, this, [this] { browse(false); });
    connect(ui->certPathEdit, &QLineEdit::textChanged, this, [this] { suggestCaFile(); });
    connect(ui->caPathEdit, &QLineEdit::textEdited, this, [this] { m_caSuggested = false; });
    for (QLineEdit* edit : {ui->certPathEdit, ui->passwordEdit, ui->serverEdit, ui->caPathEdit})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateLoginEnabled);
    connect(ui->loginButton, &QPushButton::clicked, this, &LoginDialog::submit);

    suggestCaFile();
    // Connection settings are set once per workstation; show them only when missing.
    ui->advancedToggle->setChecked(ui->serverEdit->text().trimmed().isEmpty() ||
                                   ui->caPathEdit->text().trimmed().isEmpty());
    if (const auto reason = TlsIdentity::tlsUnavailableReason())
        showError(*reason);
    updateLoginEnabled();
    focusFirstEmptyField();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setNotice(const QString& text)
{
    ui->noticeLabel->setText(text);
    ui->noticeLabel->setVisible(!text.isEmpty());
}

ClientSettings LoginDialog::currentSettings() const
{
    ClientSettings s = m_settings;
    s.certPath = QDir::fromNativeSeparators(ui->certPathEdit->text().trimmed());
    s.server = ui->serverEdit->text().trimmed();
    s.caPath = QDir::fromNativeSeparators(ui->caPathEdit->text().trimmed());
    s.workstation = ui->workstationEdit->text().trimmed();
    return s;
}

ConnectionSettings LoginDialog::connectionSettings() const
{
    const ClientSettings s = currentSettings();
    return {s.server, s.certPath, ui->certPasswordEdit->text(), s.caPath};
}

void LoginDialog::updateLoginEnabled()
{
    const bool filled = !ui->certPathEdit->text().trimmed().isEmpty() &&
                        !ui->passwordEdit->text().isEmpty() && !ui->serverEdit->text().trimmed().isEmpty() &&
                        !ui->caPathEdit->text().trimmed().isEmpty();
    ui->loginButton->setEnabled(filled && !m_busy);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{
             ui->certPathEdit, ui->certBrowseButton, ui->certPasswordEdit, ui->passwordEdit,
             ui->workstationEdit, ui->serverEdit, ui->caPathEdit, ui->caBrowseButton})
        w->setEnabled(!busy);
    ui->busyBar->setVisible(busy);
    ui->loginButton->setText(busy ? tr("Logging in…") : tr("&Log In"));
    updateLoginEnabled();
}

void LoginDialog::showError(const QString& message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->setVisible(!message.isEmpty());
}

void LoginDialog::submit()
{
    if (m_busy || !ui->loginButton->isEnabled())
        return;
    showError({});
    setBusy(true);
    if (const auto error = m_api.configure(connectionSettings())) {
        setBusy(false);
        showError(*error);
        return;
    }
    m_api.login(ui->passwordEdit->text(), ui->workstationEdit->text(), this,
                [this](const ApiResult& r, const cp::protocol::SessionInfo& s) { handleLoginReply(r, s); });
}

void LoginDialog::handleLoginReply(const ApiResult& result, const cp::protocol::SessionInfo& session)
{
    setBusy(false);
    if (result.hasCode(ErrorCode::PasswordResetPending)) {
        chooseNewPassword(result);
        return;
    }
    if (!result.ok()) {
        showError(describeLoginError(result));
        if (result.hasCode(ErrorCode::BadPassword)) {
            ui->passwordEdit->clear();
            ui->passwordEdit->setFocus();
        }
        return;
    }
    ui->passwordEdit->clear();
    ui->certPasswordEdit->clear();
    m_settings = currentSettings();
    m_settings.save();
    Q_EMIT loggedIn(session);
    accept();
}

void LoginDialog::chooseNewPassword(const ApiResult& result)
{
    ui->passwordEdit->clear();
    auto* dialog = new PasswordChangeDialog(m_api, PasswordChangeDialog::Mode::Reset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResetDeadline(
        cp::protocol::fromWireTime(result.error->details.value(QStringLiteral("pendingUntil")).toString()));
    connect(dialog, &PasswordChangeDialog::passwordChosen, this, [this] {
        showError({});
        setNotice(tr("Your new password is set. Log in with it now."));
        ui->passwordEdit->setFocus();
    });
    dialog->open();
}

QString LoginDialog::describeLoginError(const ApiResult& result)
{
    QString text = result.userMessage();
    if (!result.error)
        return text;
    const QJsonObject& details = result.error->details;
    if (result.hasCode(ErrorCode::BadPassword) && details.contains(QStringLiteral("remainingAttempts"))) {
        const int left = details.value(QStringLiteral("remainingAttempts")).toInt();
        if (!text.contains(QString::number(left)))
            text += u' ' + tr("%n more attempt(s) before the account is locked.", nullptr, left);
    }
    if (result.hasCode(ErrorCode::AccountLocked)) {
        const QDateTime until =
            cp::protocol::fromWireTime(details.value(QStringLiteral("lockedUntil")).toString());
        const QString when = QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat);
        if (until.isValid() && !text.contains(when))
            text += u' ' +
                    tr("Locked until %1.").arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    }
    return text;
}

void LoginDialog::suggestCaFile()
{
    // The CA file is handed out with the certificate; look next to it.
    if (!ui->caPathEdit->text().trimmed().isEmpty() && !m_caSuggested)
        return;
    const QFileInfo cert(QDir::fromNativeSeparators(ui->certPathEdit->text().trimmed()));
    if (ui->certPathEdit->text().trimmed().isEmpty())
        return;
    for (const QString& dir :
         {cert.absolutePath(), cert.absoluteDir().absoluteFilePath(QStringLiteral(".."))}) {
        const QFileInfo ca(QDir(dir).absoluteFilePath(QStringLiteral("ca.pem")));
        if (ca.isFile()) {
            ui->caPathEdit->setText(QDir::toNativeSeparators(ca.canonicalFilePath()));
            m_caSuggested = true;
            return;
        }
    }
}

void LoginDialog::browse(bool forCertificate)
{
    QLineEdit* edit = forCertificate ? ui->certPathEdit : ui->caPathEdit;
    const QString current = QDir::fromNativeSeparators(edit->text().trimmed());
    const QString dir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    // A parent-owned dialog opened asynchronously: no nested event loop.
    auto* dialog = new QFileDialog(
        this, forCertificate ? tr("Choose your certificate file") : tr("Choose the CA certificate"), dir,
        forCertificate ? tr("Certificate files (*.p12 *.pfx);;All files (*)")
                       : tr("CA certificates (*.pem *.crt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, edit](const QString& file) {
        edit->setText(QDir::toNativeSeparators(file));
        if (edit == ui->caPathEdit)
            m_caSuggested = false;
        focusFirstEmptyField();
    });
    dialog->open();
}

void LoginDialog::focusFirstEmptyField()
{
    for (QLineEdit* edit : {ui->certPathEdit, ui->certPasswordEdit, ui->passwordEdit}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    ui->loginButton->setFocus();
}

} // namespace cp::client
