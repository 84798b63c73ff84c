// A QR code (libqrencode, error correction level M) as a module matrix, drawn
// as vector squares on paper/PDF or as an image on screen.
#pragma once

#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QString>

namespace cp::client {

class QrCode
{
  public:
    /// A null code if text cannot be encoded (too long).
    static QrCode encode(const QString& text);

    bool isNull() const { return m_size == 0; }
    /// Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_dark[qsizetype(y) * m_size + x]; }

    /// The dark modules filling square, with the 4-module quiet zone around them.
    QPainterPath path(const QRectF& square) const;
    /// scale pixels per module, quiet zone included; null image for a null code.
    QImage toImage(int scale) const;

  private:
    static constexpr int kQuietZone = 4;
    int m_size = 0;
    QList<bool> m_dark;
};

} // namespace cp::client
