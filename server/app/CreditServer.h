// The running server: database, TLS context, routes and the HTTPS listener
// (Poco's HTTP connections behind our own accept loop and TLS handshakes). Used by the ServerApplication and
// by tests alike.
#pragma once

#include "app/ServerConfig.h"
#include "domain/Clock.h"

#include <Poco/Net/Context.h>
#include <QByteArray>
#include <memory>

namespace Poco {
class Timer;
}

namespace cp::store {
class Database;
}

namespace cp::server {
class CertificateGuard;
class HttpsListener;
} // namespace cp::server

namespace cp::server {

class BackupService;
class BackupScheduler;
class AuditCheckpointer;
class AuditKey;

inline constexpr auto kServerVersion = "0.1.0";

class CreditServer
{
  public:
    /// Opens the database (applying migrations) and builds the TLS context.
    /// Throws std::runtime_error with a readable reason.
    CreditServer(const ServerConfig& config, QByteArray databaseKeyHex, const Clock& clock);
    ~CreditServer();

    void start();
    void stop(); // waits for running requests
    quint16 port() const;

    store::Database& database();
    Poco::Net::Context::Ptr tlsContext() const { return m_context; }
    /// Re-reads the configured CRL into the live TLS context.
    void reloadCrl();
    BackupService& backups();
    BackupScheduler& backupScheduler();
    CertificateGuard& certificateGuard() { return *m_certificateGuard; }
    /// Checkpoints of the audit head outside the database (the timer calls tick()).
    AuditCheckpointer& auditCheckpointer() { return *m_checkpointer; }

  private:
    void startBackupTimer();
    void onBackupTimer(Poco::Timer&);
    void startCheckpointTimer();
    void onCheckpointTimer(Poco::Timer&);

    ServerConfig m_config;
    const Clock& m_clock;
    std::unique_ptr<store::Database> m_db;
    Poco::Net::Context::Ptr m_context;
    std::unique_ptr<CertificateGuard> m_certificateGuard; // revocation at once, CRL file watched
    std::unique_ptr<HttpsListener> m_http;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<BackupScheduler> m_backupScheduler;
    std::unique_ptr<Poco::Timer> m_backupTimer;
    std::unique_ptr<AuditCheckpointer> m_checkpointer;
    std::unique_ptr<Poco::Timer> m_checkpointTimer;
};

/// Opens (creating if needed) the database and applies pending migrations.
std::unique_ptr<store::Database> openDatabase(const QString& path, const QByteArray& keyHex);

/// Key from the configured key file, else from the configured environment variable.
QByteArray loadDatabaseKey(const DatabaseSettings& settings);

/// Loads the audit key (audit.keyFile, audit.hash) and installs it process-wide with the
/// checkpoint file (installAuditTrust). Throws if the key is missing, malformed, or the
/// same as the database key or another key given. Returns the key.
std::shared_ptr<const AuditKey> installAuditTrustFrom(const ServerConfig& config,
                                                      const QByteArray& databaseKeyHex,
                                                      const QByteArray& backupKeyHex = {});
/// The configured backup key, or empty when backup.keyFile is not set.
QByteArray loadBackupKey(const BackupConfig& config);

/// The backup settings with their defaults next to the database file filled in.
struct BackupSettings;
BackupSettings backupSettings(const ServerConfig& config);

} // namespace cp::server
