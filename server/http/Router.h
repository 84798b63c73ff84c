// Poco request handling for /api/v1: matches a route, enforces the limits and
// the access pipeline, turns DomainError into the stable JSON error shape.
#pragma once

#include "http/Api.h"
#include "store/Database.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace cp::server {

struct RouterLimits
{
    int maxRequestBytes = 1 << 20;
};

class Router final : public Poco::Net::HTTPRequestHandlerFactory
{
  public:
    Router(RouteTable routes, store::Database& db, const Clock& clock, RouterLimits limits);
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

    /// Handles one request fully (used by the Poco handler; public for tests).
    void handle(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp);

  private:
    Response dispatch(const Route& route, RequestContext& ctx);
    int bodyLimit(const Route& route) const;

    RouteTable m_routes;
    store::Database& m_db;
    const Clock& m_clock;
    RouterLimits m_limits;
};

} // namespace cp::server
