// What an uploaded scan is, from its first bytes: the desk accepts JPEG, PNG
// and PDF only. The client picks the declared type with it; the server checks
// that content and declared type agree.
#pragma once

#include <QByteArray>
#include <QString>

namespace cp {

/// "image/jpeg", "image/png" or "application/pdf" from the magic bytes; empty if none.
QString sniffedContentType(const QByteArray& content);

/// The content is one of the accepted types and it is the declared one.
bool contentMatchesType(const QByteArray& content, const QString& mimeType);

} // namespace cp
