#include "Masking.h"

#include <QList>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <algorithm>

namespace cp::mask {
namespace {

const QChar kMask = u'*';

/// User-perceived characters (grapheme clusters): a rare name character outside
/// the BMP (e.g. "𠮷") or a letter with a combining mark is one character, so it is
/// never cut in half and gets exactly one "*".
QList<QStringView> characters(QStringView s)
{
    QList<QStringView> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, s);
    qsizetype from = 0;
    for (qsizetype to = finder.toNextBoundary(); to > 0; to = finder.toNextBoundary()) {
        out.append(s.sliced(from, to - from));
        from = to;
    }
    return out;
}

bool isAsciiDigit(QStringView ch)
{
    return ch.size() == 1 && ch[0] >= u'0' && ch[0] <= u'9';
}

char32_t firstCodePoint(QStringView ch)
{
    if (ch.size() >= 2 && ch[0].isHighSurrogate() && ch[1].isLowSurrogate())
        return QChar::surrogateToUcs4(ch[0], ch[1]);
    return ch.isEmpty() ? 0 : ch[0].unicode();
}

/// Separators between the parts of a name that stay visible: the interpunct of
/// minority and foreign names (GB/T 28039 uses U+00B7) and look-alikes typed by
/// input methods, plus ordinary spaces.
bool isNameSeparator(QStringView ch)
{
    if (ch.size() != 1)
        return false;
    switch (ch[0].unicode()) {
    case 0x00B7: // ·  MIDDLE DOT
    case 0x2022: // •  BULLET
    case 0x2027: // ‧  HYPHENATION POINT
    case 0x30FB: // ・ KATAKANA MIDDLE DOT
    case 0xFF0E: // ． FULLWIDTH FULL STOP
    case 0xFF65: // ･  HALFWIDTH KATAKANA MIDDLE DOT
        return true;
    default:
        return ch[0].isSpace();
    }
}

/// Keeps `head` characters at the start and `tail` at the end, one "*" for each other.
QString keepEnds(const QList<QStringView>& chars, qsizetype head, qsizetype tail)
{
    QString out;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (i < head || i >= chars.size() - tail)
            out.append(chars[i]);
        else
            out.append(kMask);
    }
    return out;
}

/// Fallback for numbers of no known shape: every letter or digit becomes "*" except
/// the last four digits; punctuation and spaces stay so the shape is recognisable.
/// Never reveals more than half of the digits (a 4-digit extension stays hidden).
QString keepLastDigits(QStringView phone)
{
    const QList<QStringView> chars = characters(phone);
    qsizetype digits = 0;
    for (QStringView ch : chars)
        digits += isAsciiDigit(ch) ? 1 : 0;
    qsizetype keep = std::min<qsizetype>(4, digits / 2);
    QString out;
    for (qsizetype i = chars.size() - 1; i >= 0; --i) {
        const QStringView ch = chars[i];
        if (isAsciiDigit(ch) && keep > 0) {
            --keep;
            out.prepend(ch);
        } else if (QChar::isLetterOrNumber(firstCodePoint(ch))) {
            out.prepend(kMask);
        } else {
            out.prepend(ch);
        }
    }
    return out;
}

} // namespace

QString idNumber(QStringView id)
{
    // seed 000 §16 / SPEC §2: "3301**********1234". Short values keep at most a
    // quarter at each end, so at least half of any value is hidden.
    const QList<QStringView> chars = characters(id);
    const qsizetype keep = std::min<qsizetype>(4, chars.size() / 4);
    return keepEnds(chars, keep, keep);
}

QString phone(QStringView phone)
{
    // Mainland mobile: 11 digits starting with 1, shown as 3 + **** + 4.
    // anchoredPattern, not ^…$: "$" would also match before a trailing newline.
    static const QRegularExpression mobile(QRegularExpression::anchoredPattern(u"1[0-9]{10}"));
    // Landline: area code 0 + 2-3 digits, "-", 7-8 digit local number (last 4 kept).
    static const QRegularExpression landline(
        QRegularExpression::anchoredPattern(u"(0[0-9]{2,3}-)([0-9]{3,4})([0-9]{4})"));
    if (phone.isEmpty())
        return {};
    if (mobile.match(phone).hasMatch())
        return phone.first(3).toString() + QString(4, kMask) + phone.last(4).toString();
    if (const auto m = landline.match(phone); m.hasMatch())
        return m.captured(1) + QString(m.capturedLength(2), kMask) + m.captured(3);
    return keepLastDigits(phone);
}

QString personName(QStringView name)
{
    const QList<QStringView> chars = characters(name);
    QString out;
    for (qsizetype i = 0; i < chars.size(); ++i)
        out.append(i == 0 || isNameSeparator(chars[i]) ? chars[i] : QStringView(&kMask, 1));
    return out;
}

} // namespace cp::mask
