#pragma once

#include "http/Api.h"

namespace cp::server {

/// /api/v1/health and /api/v1/session*: the foundation endpoints.
void addAuthRoutes(RouteTable& table, const QString& serverVersion);

} // namespace cp::server
