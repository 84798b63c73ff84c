#include "domain/backup/BackupScheduler.h"

#include "domain/DomainError.h"
#include "domain/backup/BackupService.h"

namespace cp::server {

bool BackupScheduler::isDue()
{
    return m_clock.now() >= m_service.nextDueAt();
}

std::optional<protocol::BackupInfo> BackupScheduler::tick()
{
    if (!isDue())
        return std::nullopt;
    const AuditActor scheduler{std::nullopt, QStringLiteral("scheduler"), QString(),
                               QStringLiteral("server")};
    try {
        return m_service.backupNow(QStringLiteral("scheduled"), scheduler);
    } catch (const DomainError& e) {
        if (e.code() == protocol::ErrorCode::Conflict) // a manual backup is running right now
            return std::nullopt;
        protocol::BackupInfo failed;
        failed.kind = QStringLiteral("scheduled");
        failed.status = QStringLiteral("failed");
        failed.error = e.messageZh();
        return failed;
    }
}

} // namespace cp::server
