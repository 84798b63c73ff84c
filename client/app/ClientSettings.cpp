#include "app/ClientSettings.h"

#include <QSettings>

namespace cp::client {
namespace {

const QString kCert = QStringLiteral("connection/certificate");
const QString kServer = QStringLiteral("connection/server");
const QString kCa = QStringLiteral("connection/ca");
const QString kWorkstation = QStringLiteral("connection/workstation");
const QString kLanguage = QStringLiteral("ui/language");

} // namespace

ClientSettings ClientSettings::load()
{
    const QSettings s;
    ClientSettings c;
    c.certPath = s.value(kCert).toString();
    c.server = s.value(kServer, QString::fromLatin1(kDefaultServer)).toString();
    c.caPath = s.value(kCa).toString();
    c.workstation = s.value(kWorkstation).toString();
    c.language = languageFromCode(s.value(kLanguage).toString());
    return c;
}

void ClientSettings::save() const
{
    QSettings s;
    s.setValue(kCert, certPath);
    s.setValue(kServer, server);
    s.setValue(kCa, caPath);
    s.setValue(kWorkstation, workstation);
    if (language)
        s.setValue(kLanguage, languageCode(*language));
}

void ClientSettings::saveLanguage(UiLanguage language)
{
    QSettings().setValue(kLanguage, languageCode(language));
}

} // namespace cp::client
