// Makes the text of the report PDFs extractable as written.
//
// Qt's PDF writer maps every embedded glyph back to the lowest code point the
// font assigns to it (its ToUnicode table). CJK fonts give a Kangxi radical
// (U+2F00…) or a CJK radical supplement character (U+2E80…) the same glyph as
// the ideograph, so "信用" would be copied or searched as "信⽤" (and the space
// glyph, shared with the tab, as a tab). This rewrites such entries to the
// ideograph (the space), in place: same length, offsets unchanged.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace cp::client {

/// families: the font families the PDF was drawn with. Returns how many
/// entries were corrected (0 also when Qt wrote no uncompressed ToUnicode map).
int repairCjkToUnicode(QByteArray& pdf, const QStringList& families);

} // namespace cp::client
