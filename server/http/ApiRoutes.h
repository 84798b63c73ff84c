// Every route of /api/v1, in one table: the server serves it and
// tests/server/test_route_table checks each route's access and roles.
#pragma once

#include "http/Api.h"

namespace cp::server {

class BackupService;

RouteTable apiRoutes(BackupService& backups, const QString& serverVersion);

} // namespace cp::server
