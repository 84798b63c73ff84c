#pragma once

#include "http/Api.h"

namespace cp::server {

class BackupService;

/// /api/v1/backups* : backup and restore for the system administrator (shared/BackupProtocol.h).
void addBackupRoutes(RouteTable& table, BackupService& backups);

} // namespace cp::server
