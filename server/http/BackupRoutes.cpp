// Backup and restore 备份与恢复 over /api/v1/backups (SPEC §9; seed 002 §18;
// seed 000 §24–25). Paths and shapes: shared/BackupProtocol.h. The system
// administrator's alone; every backup, verification and restore is in the
// audit chain (BackupService). A restore writes a new file in the configured
// restore directory and never the live database.
#include "http/BackupRoutes.h"

#include "domain/backup/BackupService.h"

namespace cp::server {

void addBackupRoutes(RouteTable& t, BackupService& backups)
{
    const QSet<Role> sysadmin{Role::SystemAdmin};

    t.add({"GET", "/api/v1/backups", Access::Session, sysadmin,
           [&backups](RequestContext&) { return Response::ok(backups.overview().toJson()); }});

    t.add({"POST", "/api/v1/backups", Access::Session, sysadmin, [&backups](RequestContext& ctx) {
               return Response::created(backups.backupNow(QStringLiteral("manual"), ctx.actor()).toJson());
           }});

    t.add({"POST", "/api/v1/backups/{id}/verify", Access::Session, sysadmin, [&backups](RequestContext& ctx) {
               return Response::ok(backups.verify(ctx.idParam(QStringLiteral("id")), ctx.actor()).toJson());
           }});

    t.add(
        {"POST", "/api/v1/backups/{id}/restore", Access::Session, sysadmin, [&backups](RequestContext& ctx) {
             return Response::ok(backups
                                     .restore(ctx.idParam(QStringLiteral("id")),
                                              ctx.text(QStringLiteral("target"), 100), ctx.actor())
                                     .toJson());
         }});
}

} // namespace cp::server
