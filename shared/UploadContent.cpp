#include "UploadContent.h"

namespace cp {

QString sniffedContentType(const QByteArray& content)
{
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

bool contentMatchesType(const QByteArray& content, const QString& mimeType)
{
    const QString sniffed = sniffedContentType(content);
    return !sniffed.isEmpty() && sniffed == mimeType;
}

} // namespace cp
