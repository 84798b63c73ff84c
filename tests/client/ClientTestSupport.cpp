#include "ClientTestSupport.h"

#include "app/Translations.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace cp::client::test {

void initClientTestApplication(const QString& testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditPlatformTests"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
    static bool installed = false;
    if (!installed)
        installed = installTranslators(*QCoreApplication::instance(), UiLanguage::Chinese);
    if (!installed)
        qFatal("the zh_CN catalogue is not embedded in cpclient");
}

cp::test::AccountSpec account(const QString& login, const QString& fullName, const QStringList& roles,
                              const QString& password, bool mustChangePassword)
{
    cp::test::AccountSpec spec;
    spec.login = login;
    spec.fullName = fullName;
    spec.roles = roles;
    spec.password = password;
    spec.certName = login;
    spec.mustChangePassword = mustChangePassword;
    return spec;
}

ClientSettings settingsForP12(const cp::test::TestServer& server, const QString& p12Path)
{
    ClientSettings s;
    s.certPath = p12Path;
    s.caPath = server.pki().caCert();
    s.server = QStringLiteral("127.0.0.1:%1").arg(server.port());
    s.workstation = QStringLiteral("3号窗口");
    return s;
}

ClientSettings settingsFor(const cp::test::TestServer& server, const QString& certName)
{
    return settingsForP12(server, server.pki().userP12(certName));
}

void enter(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(edit, &commit);
        }
    }
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

bool submitLogin(QWidget* loginDialog, const QString& certPassword, const QString& password)
{
    auto* certPassword_ = child<QLineEdit>(loginDialog, "certPasswordEdit");
    auto* password_ = child<QLineEdit>(loginDialog, "passwordEdit");
    if (!certPassword_ || !password_)
        return false;
    typeInto(certPassword_, certPassword);
    typeInto(password_, password);
    QTest::keyClick(password_, Qt::Key_Return);
    return true;
}

void flushDeferredDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace cp::client::test
