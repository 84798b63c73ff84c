// What the client remembers between runs (QSettings). Never a password.
#pragma once

#include "app/Translations.h"

#include <QString>
#include <optional>

namespace cp::client {

struct ClientSettings
{
    static constexpr auto kDefaultServer = "127.0.0.1:8443";

    QString certPath;
    QString server = QString::fromLatin1(kDefaultServer);
    QString caPath;
    QString workstation;                // e.g. "3号窗口"
    std::optional<UiLanguage> language; // unset: product default (Chinese)

    /// Reads QSettings of the application's organisation/name.
    static ClientSettings load();
    void save() const;
    /// Only the language (the menu changes it while the rest stays untouched).
    static void saveLanguage(UiLanguage language);
};

} // namespace cp::client
