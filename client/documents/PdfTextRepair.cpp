#include "documents/PdfTextRepair.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>

namespace cp::client {

namespace {

bool isRadical(char16_t c)
{
    return c >= 0x2E80 && c <= 0x2FDF;
}

/// Radical → the ideograph drawn with the same glyph in one of the families.
QHash<char16_t, char16_t> radicalMap(const QStringList& families)
{
    QString ideographs;
    for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs.append(QChar(char16_t(c)));
    QString radicals;
    for (char32_t c = 0x2E80; c <= 0x2FDF; ++c)
        radicals.append(QChar(char16_t(c)));

    QHash<char16_t, char16_t> out;
    for (const QString& family : families) {
        const QRawFont raw = QRawFont::fromFont(QFont(family), QFontDatabase::SimplifiedChinese);
        if (!raw.isValid())
            continue;
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> firstForGlyph;
        for (qsizetype i = 0; i < ideographGlyphs.size(); ++i)
            if (ideographGlyphs[i] != 0 && !firstForGlyph.contains(ideographGlyphs[i]))
                firstForGlyph.insert(ideographGlyphs[i], ideographs[i].unicode());
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
            const char16_t r = radicals[i].unicode();
            if (!out.contains(r) && firstForGlyph.contains(radicalGlyphs[i]))
                out.insert(r, firstForGlyph.value(radicalGlyphs[i]));
        }
    }
    // The same rule turns the space glyph into a tab or an em space.
    out.insert(u'\t', u' ');
    for (char16_t space = 0x2000; space <= 0x200A; ++space)
        out.insert(space, u' ');
    // Kangxi radicals also decompose (NFKC) to their ideograph.
    for (char16_t r = 0x2F00; r <= 0x2FD5; ++r) {
        if (out.contains(r))
            continue;
        const QString n = QString(QChar(r)).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1 && !isRadical(n[0].unicode()))
            out.insert(r, n[0].unicode());
    }
    return out;
}

/// Rewrites the 4-hex-digit tokens of [a, b) that are radicals.
int repairTokens(QByteArray& pdf, qsizetype from, qsizetype to, const QHash<char16_t, char16_t>& map)
{
    int changed = 0;
    for (qsizetype i = pdf.indexOf('<', from); i >= 0 && i + 5 < to; i = pdf.indexOf('<', i + 1)) {
        if (pdf[i + 5] != '>')
            continue;
        bool ok = false;
        const auto code = char16_t(pdf.mid(i + 1, 4).toUShort(&ok, 16));
        if (!ok || !map.contains(code))
            continue;
        const QByteArray hex = QByteArray::number(map.value(code), 16).toUpper().rightJustified(4, '0');
        pdf.replace(i + 1, 4, hex);
        ++changed;
    }
    return changed;
}

} // namespace

int repairCjkToUnicode(QByteArray& pdf, const QStringList& families)
{
    const QHash<char16_t, char16_t> map = radicalMap(families);
    int changed = 0;
    // Qt writes each ToUnicode map uncompressed as
    //   <first> <last> [<unicode> <unicode> …]   (glyphs first…last)
    // Only the destinations inside the brackets are touched.
    for (qsizetype cmap = pdf.indexOf("begincmap"); cmap >= 0; cmap = pdf.indexOf("begincmap", cmap + 1)) {
        const qsizetype end = pdf.indexOf("endcmap", cmap);
        if (end < 0)
            break;
        for (qsizetype open = pdf.indexOf('[', cmap); open >= 0 && open < end;
             open = pdf.indexOf('[', open + 1)) {
            const qsizetype close = pdf.indexOf(']', open);
            if (close < 0 || close > end)
                break;
            changed += repairTokens(pdf, open, close, map);
        }
    }
    return changed;
}

} // namespace cp::client
