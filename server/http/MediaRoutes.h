#pragma once

#include "http/Api.h"

namespace cp::server {

/// /api/v1/media/* : the storage-media register, its events and carry-out approvals.
void addMediaRoutes(RouteTable& table);

} // namespace cp::server
