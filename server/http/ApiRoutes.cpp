#include "http/ApiRoutes.h"

#include "http/AdminRoutes.h"
#include "http/ArchiveRoutes.h"
#include "http/AuditRoutes.h"
#include "http/AuthRoutes.h"
#include "http/BackupRoutes.h"
#include "http/DepartmentRoutes.h"
#include "http/DisputeRoutes.h"
#include "http/MediaRoutes.h"
#include "http/WalkInRoutes.h"

namespace cp::server {

RouteTable apiRoutes(BackupService& backups, const QString& serverVersion)
{
    RouteTable routes;
    addAuthRoutes(routes, serverVersion);
    addWalkInRoutes(routes);
    addDepartmentRoutes(routes);
    addDisputeRoutes(routes);
    addAuditRoutes(routes);
    addBackupRoutes(routes, backups);
    addMediaRoutes(routes);
    addAdminRoutes(routes);
    addArchiveRoutes(routes);
    return routes;
}

} // namespace cp::server
