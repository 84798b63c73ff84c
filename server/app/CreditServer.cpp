#include "app/CreditServer.h"

#include "app/CertificateGuard.h"
#include "app/TlsContext.h"
#include "domain/backup/BackupScheduler.h"
#include "domain/backup/BackupService.h"
#include "domain/calendar/CalendarStore.h"
#include "http/AdminRoutes.h"
#include "http/ArchiveRoutes.h"
#include "http/AuditRoutes.h"
#include "http/AuthRoutes.h"
#include "http/BackupRoutes.h"
#include "http/DepartmentRoutes.h"
#include "http/DisputeRoutes.h"
#include "http/MediaRoutes.h"
#include "http/Router.h"
#include "http/WalkInRoutes.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Thread.h>
#include <Poco/Timer.h>
#include <QDir>
#include <QFileInfo>

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
    QByteArray backupKey = config.backup.keyFile.isEmpty() ? QByteArray() : store::loadKeyFile(config.backup.keyFile);
    m_backups = std::make_unique<BackupService>(*m_db, m_clock, backupSettings(config), databaseKeyHex, backupKey);
    store::wipe(backupKey);
    m_backupScheduler = std::make_unique<BackupScheduler>(*m_backups, m_clock);
    databaseKeyHex.fill('\0');
    m_context = makeServerContext(config.tls);
    m_certificateGuard = std::make_unique<CertificateGuard>(*m_context, *m_db, m_clock, config.tls.crlFile);
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
    addAuditRoutes(routes);
    addBackupRoutes(routes, *m_backups);
    addMediaRoutes(routes);
    addAdminRoutes(routes);
    addArchiveRoutes(routes);
    auto* router = new Router(std::move(routes), *m_db, m_clock, RouterLimits{m_config.http.maxRequestBytes});
    m_http = std::make_unique<Poco::Net::HTTPServer>(router, socket, params); // takes ownership of router
    m_http->start();
    startBackupTimer();
    Poco::Logger::get("credit.server")
        .information("listening on https://%s:%hu", m_config.http.host, port());
}

void CreditServer::stop()
{
    if (m_backupTimer)
        m_backupTimer->stop(); // waits for a running scheduled backup
    m_backupTimer.reset();
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

BackupService& CreditServer::backups() { return *m_backups; }

BackupScheduler& CreditServer::backupScheduler() { return *m_backupScheduler; }

BackupSettings backupSettings(const ServerConfig& config)
{
    BackupSettings s;
    const QString dbDir = QFileInfo(config.database.path).absolutePath();
    s.directory = config.backup.directory.isEmpty() ? QDir(dbDir).filePath(QStringLiteral("backups"))
                                                    : config.backup.directory;
    s.restoreDirectory = config.backup.restoreDirectory.isEmpty() ? QDir(s.directory).filePath(QStringLiteral("restored"))
                                                                  : config.backup.restoreDirectory;
    s.retention = config.backup.retention;
    s.intervalSeconds = qint64(config.backup.intervalHours) * 3600;
    return s;
}

void CreditServer::startBackupTimer()
{
    if (!m_config.backup.scheduleEnabled || m_config.backup.checkSeconds <= 0)
        return;
    // The first check comes one period after start; each check asks the injected clock.
    const long periodMs = long(m_config.backup.checkSeconds) * 1000;
    m_backupTimer = std::make_unique<Poco::Timer>(periodMs, periodMs);
    m_backupTimer->start(Poco::TimerCallback<CreditServer>(*this, &CreditServer::onBackupTimer));
}

void CreditServer::onBackupTimer(Poco::Timer&)
{
    try {
        if (const auto b = m_backupScheduler->tick())
            Poco::Logger::get("credit.backup")
                .information("scheduled backup %s: %s", b->fileName.toStdString(), b->status.toStdString());
    } catch (const std::exception& e) {
        Poco::Logger::get("credit.backup").error("scheduled backup check failed: %s", std::string(e.what()));
    }
    m_db->closeThreadConnection(); // the timer thread keeps no connection between checks
}

void CreditServer::reloadCrl()
{
    m_certificateGuard->reloadCrl(); // first: it refuses a rolled-back CRL before the store sees it
    loadCrl(*m_context, m_config.tls.crlFile);
}

} // namespace cp::server
