#pragma once

#include "http/Api.h"

namespace cp::server {

/// /api/v1/admin/*: accounts, certificates, roles and jurisdictions, policy, stale accounts.
void addAdminRoutes(RouteTable& table);

} // namespace cp::server
