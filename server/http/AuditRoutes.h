#pragma once

#include "http/Api.h"

namespace cp::server {

/// /api/v1/audit/* : the security auditor's review of the audit chain (shared/AuditProtocol.h).
/// Only the auditor may call them; none changes an audit row.
void addAuditRoutes(RouteTable& table);

} // namespace cp::server
