// The shape every API request goes through, in one place (STYLE.md):
// authenticate → authorize (role; jurisdiction in the domain) → validate →
// act in a transaction → audit → respond. A route declares who may call it;
// the router does the rest before the handler sees the request.
#pragma once

#include "Roles.h"
#include "domain/Clock.h"
#include "domain/DomainError.h"
#include "domain/auth/AuthService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServerRequest;
}

namespace cp::server {

enum class Access {
    Certificate,    // a verified client certificate is enough (health, login)
    Session,        // a logged-in session whose password need not be changed
    PasswordChange, // a logged-in session, even one that must change its password first
};

/// ?page=&pageSize= of a list, range-checked by RequestContext::paging (issue 11 finding 15):
/// page and size are bounded, so the offset fits easily and is computed in 64 bits anyway.
struct Paging
{
    static constexpr int kMaxPage = 1000000;
    int page = 1;
    int pageSize = 0;
    qint64 offset() const { return qint64(page - 1) * pageSize; }
};

struct RequestContext
{
    Poco::Net::HTTPServerRequest& request;
    PeerIdentity peer;
    QSqlDatabase db;
    const Clock& clock;
    QJsonObject body;
    QHash<QString, QString> params; // {name} segments of the route path
    QHash<QString, QString> query;  // ?name=value parameters, decoded
    std::optional<Session> session; // set for Session / PasswordChange routes

    const Session& requireSession() const;
    AuditActor actor() const;
    /// A {name} path segment as a positive id; VALIDATION_FAILED otherwise.
    qint64 idParam(const QString& name) const;
    /// A {name} path segment as an integer in [min, max]; VALIDATION_FAILED naming it otherwise
    /// (never truncated: "/calendar/4294969322" is not 2026).
    qint64 intParam(const QString& name, qint64 min, qint64 max) const;
    /// ?name= as a positive id, 0 when absent or empty; VALIDATION_FAILED naming it otherwise.
    qint64 queryId(const QString& name) const;
    /// ?page= as 1 … Paging::kMaxPage (1 when absent); VALIDATION_FAILED naming "page" otherwise.
    int pageParam() const;
    /// ?page= as pageParam() and ?pageSize= as 1 … maxPageSize (defaultPageSize when absent).
    Paging paging(int defaultPageSize, int maxPageSize) const;
    /// A string field of the body, trimmed; VALIDATION_FAILED naming the field if required and empty.
    QString text(const QString& field, int maxLength, bool required = true) const;
    bool hasRole(Role role) const;

    /// Records a refusal ("denied") by this caller in a unit of work of its own, committed
    /// at once: it stays in the audit chain although the request fails.
    void recordDenied(const QString& action, const QString& target, const QString& detail);
};

struct Response
{
    int status = 200;
    QJsonObject body;
    bool noContent = false;

    static Response ok(QJsonObject body) { return {200, std::move(body), false}; }
    static Response created(QJsonObject body) { return {201, std::move(body), false}; }
    static Response empty() { return {204, {}, true}; }
};

/// [item.toJson(), …] for a list answer.
template <typename T> QJsonArray toJsonArray(const QList<T>& items)
{
    QJsonArray out;
    for (const auto& item : items)
        out.append(item.toJson());
    return out;
}

/// A stored file as every material download answers it: its description and contentBase64.
Response fileResponse(QJsonObject description, const QByteArray& content);

using Handler = std::function<Response(RequestContext&)>;

struct Route
{
    std::string method;
    std::string path; // "/api/v1/session", "/api/v1/accounts/{id}"
    Access access = Access::Session;
    QSet<Role> roles; // empty = any logged-in account (only with Session/PasswordChange)
    Handler handler;
    int maxBodyBytes = 0; // 0 = the server's default limit
};

/// Routes of one domain are added by that domain's registration function.
class RouteTable
{
  public:
    struct Match
    {
        const Route* route = nullptr;
        QHash<QString, QString> params;
        bool pathKnown = false; // path matched some route but not this method
    };

    void add(Route r) { m_routes.push_back(std::move(r)); }
    const std::vector<Route>& routes() const { return m_routes; }
    /// The route for method and path. Literal segments win over {param} ones, left to
    /// right ("/reports/verify" before "/reports/{number}"): registration order never matters.
    Match match(const std::string& method, const std::string& path) const;

  private:
    std::vector<Route> m_routes;
};

} // namespace cp::server
