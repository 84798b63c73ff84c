// Which language the client speaks and loading its catalogues. Staff use the
// client in Simplified Chinese; English exists for maintainers and vendors.
#pragma once

#include <QString>
#include <optional>

class QCoreApplication;

namespace cp::client {

enum class UiLanguage { Chinese, English };

QString languageCode(UiLanguage language); // "zh_CN" / "en"
/// Accepts "zh_CN", "zh", "zh-CN", "en", "en_US", … (case-insensitive).
std::optional<UiLanguage> languageFromCode(const QString& code);

/// Command line beats the saved setting; without either the client speaks Chinese.
UiLanguage chooseLanguage(const std::optional<UiLanguage>& commandLine,
                          const std::optional<UiLanguage>& saved);

/// Resource path of the client's compiled catalogue for a language (empty for English).
QString catalogueResource(UiLanguage language);

/// Installs the client's and Qt's own (qtbase: standard buttons) translators,
/// owned by app, and sets the default QLocale. Returns false if the client's
/// catalogue could not be loaded.
bool installTranslators(QCoreApplication& app, UiLanguage language);

} // namespace cp::client
