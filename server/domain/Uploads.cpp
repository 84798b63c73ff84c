#include "domain/Uploads.h"

#include "FileNames.h"
#include "UploadContent.h"
#include "domain/DomainError.h"

namespace cp::server {

void checkUploadedFile(const QString& fileName, const QString& mimeType, const QByteArray& content,
                       qint64 maxBytes)
{
    // Issue 11 finding 14: a name is a label, never a path or a type (shared/FileNames.h).
    if (const auto problem = checkFileName(fileName))
        throw DomainError(protocol::ErrorCode::ValidationFailed,
                          QStringLiteral("文件名无效：") + fileNameProblemZh(*problem),
                          {{QStringLiteral("field"), QStringLiteral("fileName")},
                           {QStringLiteral("reason"), fileNameProblemCode(*problem)}});
    if (content.isEmpty())
        throw DomainError(protocol::ErrorCode::MaterialRejected, QStringLiteral("文件内容为空。"));
    if (content.size() > maxBytes)
        throw DomainError(protocol::ErrorCode::MaterialRejected,
                          QStringLiteral("文件大小 %1 KB 超过 %2 MB 的上限。")
                              .arg(content.size() / 1024)
                              .arg(maxBytes >> 20));
    if (!contentMatchesType(content, mimeType))
        throw DomainError(
            protocol::ErrorCode::MaterialRejected,
            QStringLiteral("文件类型不符：只接受 JPEG、PNG 或 PDF，且内容须与声明的类型一致。"));
}

} // namespace cp::server
