// Server configuration, read from the layered Poco configuration (properties
// file given with --config-file; example in installer/credit-server.properties).
#pragma once

#include <QString>
#include <string>

namespace Poco::Util {
class AbstractConfiguration;
}

namespace cp::server {

struct TlsConfig
{
    std::string certificateFile; // server certificate (PEM)
    std::string privateKeyFile;  // server key (PEM, owner-readable only)
    std::string caFile;          // private CA bundle that issues client certificates
    std::string crlFile;         // CRL of that CA; required
    std::string cipherList = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5:!RC4:!3DES";
};

struct HttpConfig
{
    std::string host = "127.0.0.1";
    int port = 8443;
    int maxThreads = 16;
    int maxQueued = 64;
    int keepAliveSeconds = 5;
    int receiveTimeoutSeconds = 15; // each recv of a body
    // Slow and silent clients (attack review, issue 11, finding 5): connections reach a
    // worker only after a verified TLS handshake, and within these bounds.
    int headerDeadlineSeconds = 5;        // TLS handshake + request line + headers, in total
    int maxConnectionsPerAddress = 8;     // open connections of one client address
    int maxConnectionsPerCertificate = 8; // open connections of one client certificate
    int maxConnections = 512;             // all open connections, handshakes included
    int maxRequestBytes = 1 << 20;        // JSON bodies; uploads get their own limit later
};

struct DatabaseSettings
{
    QString path;
    QString keyFile;                      // 0600 file with 64 hex chars
    std::string keyEnv = "CREDIT_DB_KEY"; // used when keyFile is empty
};

// Backups (seed 002 §18: full backup at least weekly). Empty directories default
// to "backups" and "backups/restored" next to the database file.
struct BackupConfig
{
    QString directory;
    QString restoreDirectory;
    QString keyFile;   // 0600 file with the backup key (never the database key; empty = backups refused)
    int retention = 8; // newest backup files kept
    int intervalHours = 168; // scheduled full backup: weekly
    int checkSeconds = 300;  // how often the server asks whether a backup is due
    bool scheduleEnabled = true;
};

// The keyed audit chain and its checkpoints (attack review, issue 11, finding 4).
struct AuditConfig
{
    QString keyFile; // 0400/0600 file of the service user; required; never in the database
    QString hash =
        QStringLiteral("sha256"); // "sha256" | "sm3": HMAC-SHA256 or HMAC-SM3 (GB/T 32905) for new entries
    QString checkpointDirectory;  // checkpoint file the auditor collects; empty = "audit-checkpoints" next to
                                  // the database
    int checkpointEveryEntries = 500;
    int checkpointEveryMinutes = 60;
    int checkpointCheckSeconds = 30; // how often the server asks whether a checkpoint is due

    QString checkpointFile(const DatabaseSettings& database) const;
};

struct ServerConfig
{
    TlsConfig tls;
    HttpConfig http;
    DatabaseSettings database;
    BackupConfig backup;
    AuditConfig audit;

    static ServerConfig fromPoco(const Poco::Util::AbstractConfiguration& c);
};

} // namespace cp::server
