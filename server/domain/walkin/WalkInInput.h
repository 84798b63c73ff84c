// Server-side validation of walk-in input: whatever the client checked, every
// field is checked again here with a specific zh_CN message naming the field.
#pragma once

#include "WalkInProtocol.h"

#include <QSqlDatabase>

namespace cp::server::walkin {

/// Returns the normalised input (trimmed, IDs uppercased) or throws DomainError.
protocol::WalkInApplicationInput validated(const protocol::WalkInApplicationInput& in, QSqlDatabase& db);

/// Kind, name (shared/FileNames.h checkFileName), declared type, size and magic bytes of an
/// uploaded material. Store it under safeFileName(fileName, mimeType).
void checkMaterial(const QString& kind, const QString& fileName, const QString& mimeType,
                   const QByteArray& content, qint64 maxBytes);

} // namespace cp::server::walkin
