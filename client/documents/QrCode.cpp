#include "documents/QrCode.h"

#include <memory>
#include <qrencode.h>

namespace cp::client {

QrCode QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    QrCode qr;
    if (!code)
        return qr;
    qr.m_size = code->width;
    qr.m_dark.resize(qsizetype(qr.m_size) * qr.m_size);
    for (qsizetype i = 0; i < qr.m_dark.size(); ++i)
        qr.m_dark[i] = (code->data[i] & 1) != 0; // bit 0 of each byte: dark module
    return qr;
}

QPainterPath QrCode::path(const QRectF& square) const
{
    QPainterPath path;
    if (isNull())
        return path;
    const double module = square.width() / (m_size + 2 * kQuietZone);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (isDark(x, y))
                path.addRect(QRectF(square.left() + (x + kQuietZone) * module,
                                    square.top() + (y + kQuietZone) * module, module, module));
    return path;
}

QImage QrCode::toImage(int scale) const
{
    if (isNull() || scale < 1)
        return {};
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (isDark(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + kQuietZone) * scale + dx, (y + kQuietZone) * scale + dy,
                                       qRgb(0, 0, 0));
    return image;
}

} // namespace cp::client
