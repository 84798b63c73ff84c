// The checks every uploaded file gets, whatever module takes it (walk-in
// materials, dispute materials): a name that is a label only, content present
// and within the size limit, and content that is the declared JPEG, PNG or PDF
// (shared/UploadContent.h).
#pragma once

#include <QByteArray>
#include <QString>

namespace cp::server {

/// Name (shared/FileNames.h checkFileName: VALIDATION_FAILED naming "fileName"),
/// emptiness, size and magic bytes (MATERIAL_REJECTED). Store the file under
/// safeFileName(fileName, mimeType).
void checkUploadedFile(const QString& fileName, const QString& mimeType, const QByteArray& content,
                       qint64 maxBytes);

} // namespace cp::server
