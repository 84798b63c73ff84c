// Shared helpers of the client widget tests: a Chinese-speaking test
// application with throw-away settings, and typing into the real dialogs.
#pragma once

#include "app/AppController.h"

#include <QLineEdit>
#include <QString>
#include <QWidget>

#include "TestServer.h"

namespace cp::client::test {

/// How long a test waits for a reply from the test server (ms).
inline constexpr int kReplyTimeout = 15000;
/// For replies that do slow work first (backups, calendar years).
inline constexpr int kSlowReplyTimeout = 30000;

/// Test-mode QSettings (emptied) and the zh_CN catalogues, as on a staff PC.
/// Call from initTestCase().
void initClientTestApplication(const QString& testName);

/// Settings that point the client at server with users/<certName>.p12.
ClientSettings settingsFor(const cp::test::TestServer& server, const QString& certName);
ClientSettings settingsForP12(const cp::test::TestServer& server, const QString& p12Path);

/// An account bound to users/<login>.p12.
cp::test::AccountSpec account(const QString& login, const QString& fullName, const QStringList& roles,
                              const QString& password, bool mustChangePassword = false);

/// The named child, or nullptr.
template <class T> T* child(const QObject* parent, const char* objectName)
{
    return parent ? parent->findChild<T*>(QLatin1String(objectName)) : nullptr;
}

/// Replaces a line edit's text by typing it, as a user would.
void typeInto(QLineEdit* edit, const QString& text);

/// Types text as a user would: ASCII on the keyboard, Chinese through the input method.
void enter(QLineEdit* edit, const QString& text);

/// Types both passwords into the login dialog and presses Enter in the
/// password field. False if the dialog lacks an expected field.
bool submitLogin(QWidget* loginDialog, const QString& certPassword, const QString& password);

/// Deletes windows retired with deleteLater().
void flushDeferredDeletes();

} // namespace cp::client::test
