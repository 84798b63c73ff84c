#pragma once

#include "http/Api.h"

namespace cp::server {

/// /api/v1/walkin/*, /api/v1/reports/*, /api/v1/subjects/lookup, /api/v1/calendar/*
void addWalkInRoutes(RouteTable& table);

} // namespace cp::server
