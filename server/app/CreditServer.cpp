#include "app/CreditServer.h"

#include "app/TlsContext.h"
#include "domain/calendar/CalendarStore.h"
#include "http/ArchiveRoutes.h"
#include "http/AuthRoutes.h"
#include "http/DepartmentRoutes.h"
#include "http/DisputeRoutes.h"
#include "http/WalkInRoutes.h"
#include "http/Router.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Thread.h>

namespace cp::server {

std::unique_ptr<store::Database> openDatabase(const QString& path, const QByteArray& keyHex)
{
    auto db = std::make_unique<store::Database>(store::DatabaseConfig{path, keyHex});
    QSqlDatabase conn = db->connection();
    store::Migrator migrator(store::loadMigrationsFromDir(QStringLiteral(":/migrations")));
    migrator.apply(conn);
    CalendarStore(conn).ensureOfficialYears();
    return db;
}

QByteArray loadDatabaseKey(const DatabaseSettings& settings)
{
    if (!settings.keyFile.isEmpty())
        return store::loadKeyFile(settings.keyFile);
    return store::loadKeyFromEnv(settings.keyEnv.c_str());
}

CreditServer::CreditServer(const ServerConfig& config, QByteArray databaseKeyHex, const Clock& clock)
    : m_config(config), m_clock(clock)
{
    m_db = openDatabase(config.database.path, databaseKeyHex);
    databaseKeyHex.fill('\0');
    m_context = makeServerContext(config.tls);
}

CreditServer::~CreditServer() { stop(); }

void CreditServer::start()
{
    Poco::Net::SecureServerSocket socket(m_context);
    socket.bind(Poco::Net::SocketAddress(m_config.http.host, static_cast<Poco::UInt16>(m_config.http.port)), true);
    socket.listen(64);

    // One pool thread per connection, handshake included: keep-alive and
    // receive timeouts short so idle clients cannot hold the pool (STACK-NOTES).
    Poco::Net::HTTPServerParams::Ptr params(new Poco::Net::HTTPServerParams);
    params->setMaxThreads(m_config.http.maxThreads);
    params->setMaxQueued(m_config.http.maxQueued);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(m_config.http.keepAliveSeconds, 0));
    params->setMaxKeepAliveRequests(1000);
    params->setTimeout(Poco::Timespan(m_config.http.receiveTimeoutSeconds, 0));
    params->setServerName("credit-server");

    RouteTable routes;
    addAuthRoutes(routes, QString::fromLatin1(kServerVersion));
    addWalkInRoutes(routes);
    addDepartmentRoutes(routes);
    addDisputeRoutes(routes);
    addArchiveRoutes(routes);
    auto* router = new Router(std::move(routes), *m_db, m_clock, RouterLimits{m_config.http.maxRequestBytes});
    m_http = std::make_unique<Poco::Net::HTTPServer>(router, socket, params); // takes ownership of router
    m_http->start();
    Poco::Logger::get("credit.server")
        .information("listening on https://%s:%hu", m_config.http.host, port());
}

void CreditServer::stop()
{
    if (!m_http)
        return;
    m_http->stopAll(false);
    // Wait for in-flight requests so no worker touches the database after this.
    for (int i = 0; i < 200 && m_http->currentConnections() > 0; ++i)
        Poco::Thread::sleep(25);
    m_http.reset();
}

quint16 CreditServer::port() const { return m_http ? m_http->port() : 0; }

store::Database& CreditServer::database() { return *m_db; }

void CreditServer::reloadCrl() { loadCrl(*m_context, m_config.tls.crlFile); }

} // namespace cp::server
