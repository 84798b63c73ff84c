// credit-client: the desk client of the public credit information platform.
#include "app/AppController.h"
#include "app/AppStyle.h"
#include "app/ClientSettings.h"
#include "app/Translations.h"
#include "net/TlsIdentity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace cp::client;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditPlatform"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("credit-platform.local"));
    QCoreApplication::setApplicationName(QStringLiteral("credit-client"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CP_VERSION));
    // Windows are replaced (login → main → login); the controller says when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Credit Platform Desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Server address, host:port."),
                                       QStringLiteral("host:port"));
    const QCommandLineOption certOpt(QStringLiteral("cert"), QStringLiteral("Your PKCS#12 certificate file."),
                                     QStringLiteral("file"));
    const QCommandLineOption caOpt(
        QStringLiteral("ca"), QStringLiteral("The platform's CA certificate (PEM)."), QStringLiteral("file"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("User interface language: zh_CN or en."),
                                     QStringLiteral("language"));
    parser.addOptions({serverOpt, certOpt, caOpt, langOpt});
    parser.process(app);

    ClientSettings settings = ClientSettings::load();
    if (parser.isSet(serverOpt))
        settings.server = parser.value(serverOpt);
    if (parser.isSet(certOpt))
        settings.certPath = parser.value(certOpt);
    if (parser.isSet(caOpt))
        settings.caPath = parser.value(caOpt);
    std::optional<UiLanguage> cliLanguage;
    if (parser.isSet(langOpt)) {
        cliLanguage = languageFromCode(parser.value(langOpt));
        if (!cliLanguage) {
            QTextStream(stderr) << "credit-client: unknown language '" << parser.value(langOpt)
                                << "' (use zh_CN or en)\n";
            return 2;
        }
    }
    const UiLanguage language = chooseLanguage(cliLanguage, settings.language);
    if (!installTranslators(app, language))
        QTextStream(stderr) << "credit-client: the Chinese catalogue is missing; using English\n";

    applyAppStyle(app);
    // The login dialog says it too; the log line helps whoever installs the client.
    if (const auto reason = TlsIdentity::tlsUnavailableReason())
        QTextStream(stderr) << "credit-client: " << *reason << '\n';

    AppController controller(settings, language);
    QObject::connect(&controller, &AppController::finished, &app, &QCoreApplication::quit);
    controller.start();
    return app.exec();
}
