#pragma once

#include "http/Api.h"

namespace cp::server {

/// /api/v1/department/*: subject search, records by jurisdiction and class, B-class authorizations.
void addDepartmentRoutes(RouteTable& table);

} // namespace cp::server
