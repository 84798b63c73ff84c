#include "app/ServerConfig.h"

#include "domain/audit/AuditCheckpoints.h"

#include <Poco/Util/AbstractConfiguration.h>
#include <QDir>
#include <QFileInfo>

namespace cp::server {

ServerConfig ServerConfig::fromPoco(const Poco::Util::AbstractConfiguration& c)
{
    ServerConfig s;
    s.tls.certificateFile = c.getString("tls.certificate", "");
    s.tls.privateKeyFile = c.getString("tls.privateKey", "");
    s.tls.caFile = c.getString("tls.caBundle", "");
    s.tls.crlFile = c.getString("tls.crl", "");
    s.tls.cipherList = c.getString("tls.cipherList", s.tls.cipherList);

    s.http.host = c.getString("http.host", s.http.host);
    s.http.port = c.getInt("http.port", s.http.port);
    s.http.maxThreads = c.getInt("http.maxThreads", s.http.maxThreads);
    s.http.maxQueued = c.getInt("http.maxQueued", s.http.maxQueued);
    s.http.keepAliveSeconds = c.getInt("http.keepAliveSeconds", s.http.keepAliveSeconds);
    s.http.receiveTimeoutSeconds = c.getInt("http.receiveTimeoutSeconds", s.http.receiveTimeoutSeconds);
    s.http.headerDeadlineSeconds = c.getInt("http.headerDeadlineSeconds", s.http.headerDeadlineSeconds);
    s.http.maxConnectionsPerAddress =
        c.getInt("http.maxConnectionsPerAddress", s.http.maxConnectionsPerAddress);
    s.http.maxConnectionsPerCertificate =
        c.getInt("http.maxConnectionsPerCertificate", s.http.maxConnectionsPerCertificate);
    s.http.maxConnections = c.getInt("http.maxConnections", s.http.maxConnections);
    s.http.maxRequestBytes = c.getInt("http.maxRequestBytes", s.http.maxRequestBytes);

    s.database.path = QString::fromStdString(c.getString("database.path", ""));
    s.database.keyFile = QString::fromStdString(c.getString("database.keyFile", ""));
    s.database.keyEnv = c.getString("database.keyEnv", s.database.keyEnv);

    s.backup.directory = QString::fromStdString(c.getString("backup.directory", ""));
    s.backup.restoreDirectory = QString::fromStdString(c.getString("backup.restoreDirectory", ""));
    s.backup.keyFile = QString::fromStdString(c.getString("backup.keyFile", ""));
    s.backup.retention = c.getInt("backup.retention", s.backup.retention);
    s.backup.intervalHours = c.getInt("backup.intervalHours", s.backup.intervalHours);
    s.backup.checkSeconds = c.getInt("backup.checkSeconds", s.backup.checkSeconds);
    s.backup.scheduleEnabled = c.getBool("backup.schedule", s.backup.scheduleEnabled);

    s.audit.keyFile = QString::fromStdString(c.getString("audit.keyFile", ""));
    s.audit.hash = QString::fromStdString(c.getString("audit.hash", s.audit.hash.toStdString()));
    s.audit.checkpointDirectory = QString::fromStdString(c.getString("audit.checkpointDirectory", ""));
    s.audit.checkpointEveryEntries = c.getInt("audit.checkpointEveryEntries", s.audit.checkpointEveryEntries);
    s.audit.checkpointEveryMinutes = c.getInt("audit.checkpointEveryMinutes", s.audit.checkpointEveryMinutes);
    s.audit.checkpointCheckSeconds = c.getInt("audit.checkpointCheckSeconds", s.audit.checkpointCheckSeconds);
    return s;
}

QString AuditConfig::checkpointFile(const DatabaseSettings& database) const
{
    const QString dir =
        checkpointDirectory.isEmpty()
            ? QDir(QFileInfo(database.path).absolutePath()).filePath(QStringLiteral("audit-checkpoints"))
            : checkpointDirectory;
    return QDir(dir).filePath(QLatin1String(AuditCheckpointFile::kFileName));
}

} // namespace cp::server
