#include "FileNames.h"

#include <QStringList>

namespace cp {
namespace {

enum class CharClass { Ok, Control, Formatting, Separator };

CharClass classify(char32_t c)
{
    if (c == U'/' || c == U'\\')
        return CharClass::Separator;
    if (QChar::isNonCharacter(c)) // U+FFFE, U+FFFF, U+FDD0–U+FDEF, …
        return CharClass::Control;
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // C0, DEL, C1
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
    case QChar::Other_Surrogate:     // a half pair
        return CharClass::Control;
    case QChar::Other_Format: // U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, U+FEFF, U+061C, U+00AD
        return CharClass::Formatting;
    default:
        return CharClass::Ok;
    }
}

/// Calls f(codePoint, classOfIt, utf16Length) for each code point; a lone surrogate is a Control.
template <typename F> void forEachCodePoint(QStringView s, F f)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, s[i + 1]);
            f(cp, classify(cp), 2);
            ++i;
        } else if (c.isSurrogate()) {
            f(char32_t(c.unicode()), CharClass::Control, 1);
        } else {
            f(char32_t(c.unicode()), classify(c.unicode()), 1);
        }
    }
}

QStringList extensionsOf(QStringView mimeType)
{
    if (mimeType == u"application/pdf")
        return {QStringLiteral("pdf")};
    if (mimeType == u"image/jpeg")
        return {QStringLiteral("jpg"), QStringLiteral("jpeg")};
    if (mimeType == u"image/png")
        return {QStringLiteral("png")};
    return {};
}

} // namespace

QString fileNameProblemCode(FileNameProblem p)
{
    switch (p) {
    case FileNameProblem::Empty:
        return QStringLiteral("EMPTY");
    case FileNameProblem::TooLong:
        return QStringLiteral("TOO_LONG");
    case FileNameProblem::ControlCharacter:
        return QStringLiteral("CONTROL_CHARACTER");
    case FileNameProblem::Formatting:
        return QStringLiteral("FORMATTING_CHARACTER");
    case FileNameProblem::PathSeparator:
        return QStringLiteral("PATH_SEPARATOR");
    case FileNameProblem::LeadingDot:
        return QStringLiteral("LEADING_DOT");
    }
    return {};
}

QString fileNameProblemZh(FileNameProblem p)
{
    switch (p) {
    case FileNameProblem::Empty:
        return QStringLiteral("文件名不能为空。");
    case FileNameProblem::TooLong:
        return QStringLiteral("文件名不能超过 %1 个字符。").arg(kMaxFileNameLength);
    case FileNameProblem::ControlCharacter:
        return QStringLiteral("文件名含有控制字符或无效字符。");
    case FileNameProblem::Formatting:
        return QStringLiteral("文件名含有文字方向控制符或不可见字符，可能伪装文件类型。");
    case FileNameProblem::PathSeparator:
        return QStringLiteral("文件名不能含有路径分隔符“/”或“\\”。");
    case FileNameProblem::LeadingDot:
        return QStringLiteral("文件名不能以“.”开头（如“.”“..”或隐藏文件）。");
    }
    return {};
}

std::optional<FileNameProblem> checkFileName(QStringView name)
{
    if (name.trimmed().isEmpty())
        return FileNameProblem::Empty;
    if (name.size() > kMaxFileNameLength)
        return FileNameProblem::TooLong;
    std::optional<FileNameProblem> found;
    forEachCodePoint(name, [&](char32_t, CharClass k, int) {
        if (found)
            return;
        if (k == CharClass::Control)
            found = FileNameProblem::ControlCharacter;
        else if (k == CharClass::Formatting)
            found = FileNameProblem::Formatting;
        else if (k == CharClass::Separator)
            found = FileNameProblem::PathSeparator;
    });
    if (found)
        return found;
    if (name.trimmed().startsWith(u'.'))
        return FileNameProblem::LeadingDot;
    return std::nullopt;
}

QString extensionForContentType(QStringView mimeType)
{
    const QStringList known = extensionsOf(mimeType);
    return known.isEmpty() ? QString() : known.first();
}

QString safeFileName(QStringView name, QStringView mimeType)
{
    QString clean;
    forEachCodePoint(name, [&](char32_t c, CharClass k, int) {
        if (k == CharClass::Ok)
            clean.append(QString::fromUcs4(&c, 1));
        else
            clean.append(u'_');
    });
    clean = clean.trimmed();
    while (clean.endsWith(u'.') || clean.endsWith(u' '))
        clean.chop(1);
    const QStringList known = extensionsOf(mimeType);
    const QString extension = known.isEmpty() ? QStringLiteral("bin") : known.first();
    // The uploader's extension is kept only when it is one of the content type's own.
    const qsizetype dot = clean.lastIndexOf(u'.');
    if (dot >= 0 && (known.isEmpty() ? QStringList{extension} : known).contains(clean.mid(dot + 1).toLower()))
        clean.truncate(dot);
    while (clean.startsWith(u'.') || clean.startsWith(u' '))
        clean.remove(0, 1);
    const qsizetype room = kMaxFileNameLength - extension.size() - 1;
    if (clean.size() > room)
        clean.truncate(clean[room - 1].isHighSurrogate() ? room - 1 : room);
    while (clean.endsWith(u'.') || clean.endsWith(u' '))
        clean.chop(1);
    if (clean.isEmpty())
        clean = QStringLiteral("scan");
    return clean + u'.' + extension;
}

} // namespace cp
