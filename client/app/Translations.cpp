#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace cp::client {

QString languageCode(UiLanguage language)
{
    return language == UiLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<UiLanguage> languageFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower().replace(u'-', u'_');
    if (c == QLatin1String("zh") || c == QLatin1String("zh_cn") || c == QLatin1String("zh_hans"))
        return UiLanguage::Chinese;
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return UiLanguage::English;
    return std::nullopt;
}

UiLanguage chooseLanguage(const std::optional<UiLanguage>& commandLine,
                          const std::optional<UiLanguage>& saved)
{
    if (commandLine)
        return *commandLine;
    if (saved)
        return *saved;
    return UiLanguage::Chinese; // staff-facing product: Simplified Chinese first
}

QString catalogueResource(UiLanguage language)
{
    return language == UiLanguage::Chinese ? QStringLiteral(":/i18n/credit-client_zh_CN.qm") : QString();
}

bool installTranslators(QCoreApplication& app, UiLanguage language)
{
    if (language == UiLanguage::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    const QLocale zh(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    QLocale::setDefault(zh);

    // Qt's own strings (standard dialog buttons, context menus), if installed.
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(zh, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qtbase->setParent(&app);
        QCoreApplication::installTranslator(qtbase.release());
    }

    auto own = std::make_unique<QTranslator>();
    if (!own->load(catalogueResource(language)))
        return false;
    own->setParent(&app);
    QCoreApplication::installTranslator(own.release());
    return true;
}

} // namespace cp::client
