#include "app/CreditServer.h"

#include "app/CertificateGuard.h"
#include "app/HttpsListener.h"
#include "app/TlsContext.h"
#include "domain/audit/AuditCheckpoints.h"
#include "domain/audit/AuditKey.h"
#include "domain/backup/BackupScheduler.h"
#include "domain/backup/BackupService.h"
#include "domain/calendar/CalendarStore.h"
#include "http/ApiRoutes.h"
#include "http/Router.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <Poco/Logger.h>
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

QByteArray loadBackupKey(const BackupConfig& config)
{
    return config.keyFile.isEmpty() ? QByteArray() : store::loadKeyFile(config.keyFile);
}

std::shared_ptr<const AuditKey> installAuditTrustFrom(const ServerConfig& config,
                                                      const QByteArray& databaseKeyHex,
                                                      const QByteArray& backupKeyHex)
{
    if (config.audit.keyFile.isEmpty())
        throw std::runtime_error("audit.keyFile is not configured: the audit chain needs its own key "
                                 "(create it with `credit-server init-keys`)");
    const auto hash = auditHashFromCode(config.audit.hash);
    if (!hash)
        throw std::runtime_error("audit.hash must be sha256 or sm3, not " + config.audit.hash.toStdString());
    auto key = AuditKey::load(config.audit.keyFile, *hash);
    // Whoever holds the database key must not hold the audit key by that fact.
    if (key->sameAs(databaseKeyHex) || (!backupKeyHex.isEmpty() && key->sameAs(backupKeyHex)))
        throw std::runtime_error("the audit key must differ from the database and backup keys");
    installAuditTrust({key, config.audit.checkpointFile(config.database)});
    return key;
}

CreditServer::CreditServer(const ServerConfig& config, QByteArray databaseKeyHex, const Clock& clock)
    : m_config(config), m_clock(clock)
{
    QByteArray backupKey = loadBackupKey(config.backup);
    const auto auditKey = installAuditTrustFrom(config, databaseKeyHex, backupKey);
    m_db = openDatabase(config.database.path, databaseKeyHex);
    auto& log = Poco::Logger::get("credit.backup");
    if (backupKey.isEmpty() || backupKey == databaseKeyHex)
        log.warning("backups are refused until backup.keyFile names a key of its own (issue 11, finding 16)");
    m_backups =
        std::make_unique<BackupService>(*m_db, m_clock, backupSettings(config), databaseKeyHex, backupKey);
    store::wipe(backupKey);
    // The head as the server finds it, before anything is appended: a chain cut
    // while the server was stopped still disagrees with the earlier lines.
    m_checkpointer = std::make_unique<AuditCheckpointer>(
        *m_db, m_clock,
        CheckpointPolicy{config.audit.checkpointEveryEntries, config.audit.checkpointEveryMinutes});
    m_checkpointer->flush();
    AuditCheckpointFile(auditTrust().checkpointFile).publishPublicKey(*auditKey);
    m_backupScheduler = std::make_unique<BackupScheduler>(*m_backups, m_clock);
    databaseKeyHex.fill('\0');
    m_context = makeServerContext(config.tls);
    m_certificateGuard = std::make_unique<CertificateGuard>(*m_context, *m_db, m_clock, config.tls.crlFile);
}

CreditServer::~CreditServer()
{
    stop();
}

void CreditServer::start()
{
    Poco::Net::HTTPRequestHandlerFactory::Ptr router(
        new Router(apiRoutes(*m_backups, QString::fromLatin1(kServerVersion)), *m_db, m_clock,
                   RouterLimits{m_config.http.maxRequestBytes}));
    m_http = std::make_unique<HttpsListener>(m_context, m_config.http, router);
    m_http->start();
    startBackupTimer();
    startCheckpointTimer();
    Poco::Logger::get("credit.server").information("listening on https://%s:%hu", m_config.http.host, port());
}

void CreditServer::stop()
{
    if (m_backupTimer)
        m_backupTimer->stop(); // waits for a running scheduled backup
    m_backupTimer.reset();
    if (m_checkpointTimer)
        m_checkpointTimer->stop();
    m_checkpointTimer.reset();
    if (!m_http)
        return;
    m_http->stop(); // waits for in-flight requests so no worker touches the database after this
    m_http.reset();
    try { // clean shutdown: the final head goes outside the database too
        m_checkpointer->flush();
    } catch (const std::exception& e) {
        Poco::Logger::get("credit.audit").error("final audit checkpoint failed: %s", std::string(e.what()));
    }
}

quint16 CreditServer::port() const
{
    return m_http ? m_http->port() : 0;
}

store::Database& CreditServer::database()
{
    return *m_db;
}

BackupService& CreditServer::backups()
{
    return *m_backups;
}

BackupScheduler& CreditServer::backupScheduler()
{
    return *m_backupScheduler;
}

BackupSettings backupSettings(const ServerConfig& config)
{
    BackupSettings s;
    const QString dbDir = QFileInfo(config.database.path).absolutePath();
    s.directory = config.backup.directory.isEmpty() ? QDir(dbDir).filePath(QStringLiteral("backups"))
                                                    : config.backup.directory;
    s.restoreDirectory = config.backup.restoreDirectory.isEmpty()
                             ? QDir(s.directory).filePath(QStringLiteral("restored"))
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

void CreditServer::startCheckpointTimer()
{
    if (m_config.audit.checkpointCheckSeconds <= 0)
        return;
    const long periodMs = long(m_config.audit.checkpointCheckSeconds) * 1000;
    m_checkpointTimer = std::make_unique<Poco::Timer>(periodMs, periodMs);
    m_checkpointTimer->start(Poco::TimerCallback<CreditServer>(*this, &CreditServer::onCheckpointTimer));
}

void CreditServer::onCheckpointTimer(Poco::Timer&)
{
    try {
        if (const auto c = m_checkpointer->tick()) // a second copy in the server log
            Poco::Logger::get("credit.audit")
                .information("audit checkpoint: entry %s link %s", std::to_string(c->seq),
                             c->link.toStdString());
    } catch (const std::exception& e) {
        Poco::Logger::get("credit.audit").error("audit checkpoint failed: %s", std::string(e.what()));
    }
    m_db->closeThreadConnection();
}

void CreditServer::reloadCrl()
{
    m_certificateGuard->reloadCrl(); // first: it refuses a rolled-back CRL before the store sees it
    loadCrl(*m_context, m_config.tls.crlFile);
}

} // namespace cp::server
