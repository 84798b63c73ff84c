#pragma once

#include "http/Api.h"

namespace cp::server {

/// /api/v1/disputes/* : dispute cases, "申请人存疑" marks and their revocation.
void addDisputeRoutes(RouteTable& table);

} // namespace cp::server
