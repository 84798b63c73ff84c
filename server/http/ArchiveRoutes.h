#pragma once

#include "http/Api.h"

namespace cp::server {

/// /api/v1/archives/* : archive items and filing, loans, destruction registers, histories, reminders.
void addArchiveRoutes(RouteTable& table);

} // namespace cp::server
