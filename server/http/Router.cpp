#include "http/Router.h"

#include "app/CertificateGuard.h"
#include "app/TlsContext.h"
#include "domain/UnitOfWork.h"
#include "domain/auth/AccountStore.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/URI.h>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <algorithm>
#include <limits>
#include <stdexcept>

namespace cp::server {
namespace {

using protocol::ErrorCode;

Poco::Logger& logger()
{
    return Poco::Logger::get("credit.http");
}

class ApiRequestHandler final : public Poco::Net::HTTPRequestHandler
{
  public:
    explicit ApiRequestHandler(Router& router) : m_router(router) {}
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp) override
    {
        m_router.handle(req, resp);
    }

  private:
    Router& m_router;
};

void send(Poco::Net::HTTPServerResponse& resp, const Response& r)
{
    resp.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.status));
    resp.set("Cache-Control", "no-store");
    resp.set("X-Content-Type-Options", "nosniff");
    if (r.noContent) {
        resp.setContentLength(0);
        resp.send();
        return;
    }
    const QByteArray json = QJsonDocument(r.body).toJson(QJsonDocument::Compact);
    resp.setContentType("application/json; charset=utf-8");
    resp.setContentLength(json.size());
    resp.send().write(json.constData(), json.size());
}

Response errorResponse(const DomainError& e)
{
    return {protocol::httpStatusFor(e.code()),
            protocol::ApiError{protocol::errorCodeString(e.code()), e.messageZh(), e.details()}.toJson(),
            false};
}

/// The verified TLS peer. The handshake already refused a missing, foreign,
/// expired or revoked certificate; this only reads what it verified.
PeerIdentity peerOf(Poco::Net::HTTPServerRequest& req)
{
    PeerIdentity p;
    p.address = QString::fromStdString(req.clientAddress().toString());
    auto& impl = static_cast<Poco::Net::HTTPServerRequestImpl&>(req);
    Poco::Net::SecureStreamSocket socket(impl.socket());
    if (!socket.havePeerCertificate())
        throw DomainError(ErrorCode::Unauthenticated, QStringLiteral("未提供客户端数字证书。"));
    const auto cert = socket.peerCertificate();
    p.certificate.fingerprint = QString::fromStdString(certificateFingerprint(cert));
    p.certificate.serial = QString::fromStdString(cert.serialNumber());
    p.certificate.subject = QString::fromStdString(cert.subjectName());
    p.certificate.issuer = QString::fromStdString(cert.issuerName());
    return p;
}

// attack review (issue 11) finding 6: before a session exists (health, login) a body is a
// login form at most; an unread rest of a refused body up to this much is read and
// discarded so the client sees the refusal, anything larger closes the connection.
constexpr int kCertificateOnlyBodyBytes = 64 * 1024;
constexpr qint64 kMaxDrainBytes = 4 * 1024 * 1024;

[[noreturn]] void tooLarge(int maxBytes)
{
    throw DomainError(ErrorCode::PayloadTooLarge,
                      QStringLiteral("请求内容超过 %1 KB 的上限。").arg(maxBytes / 1024));
}

bool hasBody(const Poco::Net::HTTPServerRequest& req)
{
    if (req.getChunkedTransferEncoding())
        return true;
    if (req.hasContentLength())
        return req.getContentLength64() > 0;
    const std::string& m = req.getMethod();
    return m != "GET" && m != "HEAD" && m != "DELETE"; // Poco then reads until the client closes
}

/// After the response is decided: a body the handler did not read (a refusal before or
/// while reading it) is drained if small, else the connection closes instead.
void settleUnreadBody(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp)
{
    std::istream& in = req.stream();
    if (in.eof() || !hasBody(req))
        return;
    const bool small = req.hasContentLength() && req.getContentLength64() <= kMaxDrainBytes;
    if (small && !req.getChunkedTransferEncoding()) {
        char buf[8192];
        try {
            while (in)
                in.read(buf, sizeof buf);
        } catch (const std::exception&) {
        }
        if (in.eof())
            return;
    }
    resp.setKeepAlive(false);
}

/// The body as JSON, read only after authentication and authorization (dispatch).
/// A declared length is refused before reading and otherwise reserved once; a chunked
/// body is refused as soon as it passes the limit.
QJsonObject readJsonBody(Poco::Net::HTTPServerRequest& req, int maxBytes)
{
    std::istream& in = req.stream();
    QByteArray body;
    if (req.hasContentLength()) {
        const qint64 length = req.getContentLength64();
        if (length > maxBytes)
            tooLarge(maxBytes);
        body.reserve(static_cast<qsizetype>(length));
    }
    char buf[8192];
    while (in) {
        in.read(buf, sizeof buf);
        if (body.size() + in.gcount() > maxBytes)
            tooLarge(maxBytes);
        body.append(buf, in.gcount());
    }
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw DomainError(ErrorCode::InvalidJson);
    return doc.object();
}

void refuseRevokedCertificate(RequestContext& ctx)
{
    const PeerIdentity& peer = ctx.peer;
    std::optional<std::string> why;
    if (CertificateGuard* guard = CertificateGuard::ofRequest(ctx.request))
        why =
            guard->revocationOf(peer.certificate.issuer.toStdString(), peer.certificate.serial.toStdString(),
                                peer.certificate.fingerprint.toStdString());
    else if (AccountStore(ctx.db).certificateRevoked(peer.certificate.fingerprint))
        why = "console";
    if (!why)
        return;
    ctx.recordDenied(QStringLiteral("access.denied"),
                     QStringLiteral("certificate:") + peer.certificate.serial,
                     QStringLiteral("certificate revoked (%1)").arg(QString::fromStdString(*why)));
    throw DomainError(ErrorCode::CertificateUnknown, QStringLiteral("该证书已被吊销。"),
                      QJsonObject{{QStringLiteral("reason"), QStringLiteral("CERTIFICATE_REVOKED")}});
}

QString bearerToken(const Poco::Net::HTTPServerRequest& req)
{
    const std::string auth = req.get("Authorization", "");
    const std::string prefix = "Bearer ";
    if (auth.size() <= prefix.size() || auth.compare(0, prefix.size(), prefix) != 0)
        return {};
    return QString::fromStdString(auth.substr(prefix.size()));
}

/// "METHOD /path" for the log: never the query string, where ID numbers travel (finding 13).
std::string logTarget(const Poco::Net::HTTPServerRequest& req, const std::string& path)
{
    return req.getMethod() + " " + path.substr(0, 200);
}

/// Path segments, each percent-decoded after splitting so "%2F" cannot make a new segment.
std::vector<std::string> segments(const std::string& path)
{
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty()) {
            std::string decoded;
            Poco::URI::decode(cur, decoded);
            out.push_back(decoded);
        }
        cur.clear();
    };
    for (char c : path) {
        if (c == '/')
            flush();
        else
            cur += c;
    }
    flush();
    return out;
}

} // namespace

const Session& RequestContext::requireSession() const
{
    if (!session)
        throw DomainError(ErrorCode::Unauthenticated);
    return *session;
}

qint64 RequestContext::idParam(const QString& name) const
{
    bool ok = false;
    const qint64 id = params.value(name).toLongLong(&ok);
    if (!ok || id <= 0)
        throw DomainError::invalid(name, QStringLiteral("编号 %1 无效。").arg(params.value(name).left(32)));
    return id;
}

namespace {

/// A decimal integer in [min, max] or VALIDATION_FAILED naming the parameter (no silent clamping).
qint64 boundedInteger(const QString& name, const QString& value, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok, 10);
    if (!ok || n < min || n > max)
        throw DomainError::invalid(
            name, QStringLiteral("参数 %1 应为 %2 到 %3 之间的整数。").arg(name).arg(min).arg(max));
    return n;
}

} // namespace

qint64 RequestContext::intParam(const QString& name, qint64 min, qint64 max) const
{
    return boundedInteger(name, params.value(name), min, max);
}

qint64 RequestContext::queryId(const QString& name) const
{
    const QString v = query.value(name);
    return v.isEmpty() ? 0 : boundedInteger(name, v, 1, std::numeric_limits<qint64>::max());
}

int RequestContext::pageParam() const
{
    const QString v = query.value(QStringLiteral("page"));
    return v.isEmpty() ? 1 : int(boundedInteger(QStringLiteral("page"), v, 1, Paging::kMaxPage));
}

Paging RequestContext::paging(int defaultPageSize, int maxPageSize) const
{
    const QString size = query.value(QStringLiteral("pageSize"));
    return {pageParam(), size.isEmpty()
                             ? defaultPageSize
                             : int(boundedInteger(QStringLiteral("pageSize"), size, 1, maxPageSize))};
}

QString RequestContext::text(const QString& field, int maxLength, bool required) const
{
    const QJsonValue v = body.value(field);
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        throw DomainError::invalid(field, QStringLiteral("字段 %1 应为文本。").arg(field));
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty())
        throw DomainError::invalid(field, QStringLiteral("请填写 %1。").arg(field));
    if (s.size() > maxLength)
        throw DomainError::invalid(field,
                                   QStringLiteral("%1 不能超过 %2 个字符。").arg(field).arg(maxLength));
    return s;
}

bool RequestContext::hasRole(Role role) const
{
    return session && session->account.roles.contains(roleCode(role));
}

AuditActor RequestContext::actor() const
{
    if (session)
        return session->actor(peer);
    return AuditActor{std::nullopt, QString(), peer.certificate.serial, peer.address};
}

Response fileResponse(QJsonObject description, const QByteArray& content)
{
    description.insert(QStringLiteral("contentBase64"), QString::fromLatin1(content.toBase64()));
    return Response::ok(description);
}

void RequestContext::recordDenied(const QString& action, const QString& target, const QString& detail)
{
    UnitOfWork work(db, clock, actor());
    work.audit(action, target, QStringLiteral("denied"), detail);
    work.commit();
}

Router::Router(RouteTable routes, store::Database& db, const Clock& clock, RouterLimits limits)
    : m_routes(std::move(routes)), m_db(db), m_clock(clock), m_limits(limits)
{
    // attack review (issue 11) finding 6: large bodies only for the roles that upload.
    for (const Route& r : m_routes.routes()) {
        const bool large = r.maxBodyBytes > m_limits.maxRequestBytes;
        if (large && (r.access == Access::Certificate || r.roles.isEmpty()))
            throw std::logic_error("route " + r.method + " " + r.path +
                                   " allows a large body but names no roles that may send it");
    }
}

int Router::bodyLimit(const Route& route) const
{
    if (route.access == Access::Certificate)
        return std::min(kCertificateOnlyBodyBytes, m_limits.maxRequestBytes);
    return route.maxBodyBytes > 0 ? route.maxBodyBytes : m_limits.maxRequestBytes;
}

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new ApiRequestHandler(*this); // Poco takes ownership
}

RouteTable::Match RouteTable::match(const std::string& method, const std::string& path) const
{
    const auto want = segments(path);
    Match best;
    std::vector<bool> bestLiterals;
    for (const Route& r : m_routes) {
        const auto have = segments(r.path);
        if (have.size() != want.size())
            continue;
        QHash<QString, QString> params;
        std::vector<bool> literals;
        bool same = true;
        for (size_t i = 0; i < have.size() && same; ++i) {
            const auto& seg = have[i];
            const bool param = seg.size() > 2 && seg.front() == '{' && seg.back() == '}';
            literals.push_back(!param);
            if (param)
                params.insert(QString::fromStdString(seg.substr(1, seg.size() - 2)),
                              QString::fromStdString(want[i]));
            else
                same = seg == want[i];
        }
        if (!same)
            continue;
        best.pathKnown = true;
        if (r.method == method && (!best.route || literals > bestLiterals)) {
            best.route = &r;
            best.params = std::move(params);
            bestLiterals = std::move(literals);
        }
    }
    return best;
}

Response Router::dispatch(const Route& route, RequestContext& ctx)
{
    // A revoked certificate is refused on every route from the next request on, also on a
    // connection whose handshake came before the revocation (SPEC §8; seed 004 附件3) —
    // revoked in the console or listed in the CRL file as it is now (issue 11 finding 7).
    refuseRevokedCertificate(ctx);
    if (route.access != Access::Certificate) {
        AuthService auth(ctx.db, m_clock);
        ctx.session = auth.authenticate(bearerToken(ctx.request), ctx.peer);
        if (route.access == Access::Session && ctx.session->mustChangePassword)
            throw DomainError(ErrorCode::PasswordChangeRequired);
        if (!route.roles.isEmpty()) {
            bool allowed = false;
            for (const QString& code : ctx.session->account.roles) {
                const auto role = roleFromCode(code);
                allowed = allowed || (role && route.roles.contains(*role));
            }
            if (!allowed) {
                ctx.recordDenied(QStringLiteral("access.denied"),
                                 QString::fromStdString(ctx.request.getMethod() + " " + route.path),
                                 QStringLiteral("role not permitted"));
                throw DomainError(ErrorCode::Forbidden);
            }
        }
    }
    // attack review (issue 11) finding 6: the body is read only for a caller allowed to send it.
    ctx.body = readJsonBody(ctx.request, bodyLimit(route));
    try {
        return route.handler(ctx);
    } catch (const DomainError& e) {
        // Separation of duties (issue 11 finding 10): every "same person" refusal is in the
        // chain, whichever service made it; the handler's own transaction is rolled back by now.
        if (e.code() == ErrorCode::SamePerson) {
            ctx.recordDenied(QStringLiteral("access.same_person"),
                             QString::fromStdString(ctx.request.getMethod() + " " +
                                                    Poco::URI(ctx.request.getURI()).getPath()),
                             auditDetail(QJsonObject{
                                 {QStringLiteral("conflict"), e.details().value(QStringLiteral("conflict"))},
                                 {QStringLiteral("message"), e.messageZh()}}));
        }
        throw;
    }
}

void Router::handle(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp)
{
    Response out;
    std::string target = logTarget(req, req.getURI().substr(0, req.getURI().find_first_of("?#")));
    try {
        RouteTable::Match m;
        Poco::URI::QueryParameters query;
        try {
            const Poco::URI uri(req.getURI());
            m = m_routes.match(req.getMethod(), uri.getPath());
            query = uri.getQueryParameters();
        } catch (const Poco::SyntaxException&) {
            throw DomainError(ErrorCode::BadRequest); // bad escapes: nothing to log
        }
        if (!m.route)
            throw DomainError(m.pathKnown ? ErrorCode::MethodNotAllowed : ErrorCode::NotFound);
        target = logTarget(req, m.route->path); // the route's pattern: no ids from the path either
        RequestContext ctx{req, peerOf(req), m_db.connection(), m_clock, {}, m.params, {}, std::nullopt};
        for (const auto& [name, value] : query)
            ctx.query.insert(QString::fromStdString(name), QString::fromStdString(value));
        out = dispatch(*m.route, ctx); // authenticates and authorizes before it reads the body
    } catch (const DomainError& e) {
        out = errorResponse(e);
        if (e.code() == ErrorCode::PayloadTooLarge)
            resp.setKeepAlive(false);
    } catch (const std::exception& e) {
        logger().error("request %s failed: %s", target, std::string(e.what()));
        out = errorResponse(DomainError(ErrorCode::Internal));
    }
    settleUnreadBody(req, resp);
    try {
        send(resp, out);
    } catch (const std::exception& e) {
        logger().warning("could not send response: %s", std::string(e.what()));
    }
}

} // namespace cp::server
