// Who is acting: resolved by the router from the session and the client
// certificate, handed to every service that writes or audits.
#pragma once

#include "domain/audit/AuditLog.h"

#include <QString>

namespace cp::server {

struct Operator
{
    qint64 accountId = 0;
    QString fullName;
    QString workstation;
    AuditActor actor;
};

} // namespace cp::server
