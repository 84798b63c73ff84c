#include "TestServer.h"

#include "app/CreditServer.h"
#include "domain/auth/AuthService.h"
#include "store/Database.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <stdexcept>

namespace cp::test {

QString TestPki::caCert() const
{
    return dir + QStringLiteral("/ca.pem");
}
QString TestPki::crl() const
{
    return dir + QStringLiteral("/crl.pem");
}
QString TestPki::userCert(const QString& name) const
{
    return dir + QStringLiteral("/users/%1.pem").arg(name);
}
QString TestPki::userP12(const QString& name) const
{
    return dir + QStringLiteral("/users/%1.p12").arg(name);
}
QString TestPki::userKey(const QString& name) const
{
    return dir + QStringLiteral("/users/%1.key").arg(name);
}
QString TestPki::foreignP12() const
{
    return userP12(QStringLiteral("foreign"));
}
QString TestPki::expiredP12() const
{
    return userP12(QStringLiteral("expired"));
}
QString TestPki::revokedP12() const
{
    return userP12(QStringLiteral("revoked"));
}

struct TestServer::Impl
{
    QTemporaryDir tmp;
    TestPki pki;
    server::ManualClock clock;
    QByteArray key;
    server::ServerConfig config;
    std::unique_ptr<server::CreditServer> server;
    QString error;
};

namespace {

QString runPki(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList{QStringLiteral(CP_SOURCE_DIR "/scripts/make-pki")} + args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("make-pki failed: ") + QString::fromLocal8Bit(p.readAll());
    return {};
}

} // namespace

TestServer::TestServer(const QStringList& users, const std::function<void(server::ServerConfig&)>& configure)
    : TestServer(users, TestServerOptions{QStringLiteral("sha256"), configure})
{
}

TestServer::TestServer(const QStringList& users, const TestServerOptions& options)
    : d(std::make_unique<Impl>())
{
    d->pki.dir = d->tmp.filePath(QStringLiteral("pki"));
    d->pki.p12Password = QStringLiteral("test-p12-pass");
    const QString err =
        runPki({d->pki.dir, QStringLiteral("--users"), users.join(QLatin1Char(' ')),
                QStringLiteral("--p12-pass"), d->pki.p12Password, QStringLiteral("--test-extras")});
    if (!err.isEmpty()) {
        d->error = err;
        return;
    }
    auto& c = d->config;
    c.tls.certificateFile = (d->pki.dir + QStringLiteral("/server.pem")).toStdString();
    c.tls.privateKeyFile = (d->pki.dir + QStringLiteral("/server.key")).toStdString();
    c.tls.caFile = d->pki.caCert().toStdString();
    c.tls.crlFile = d->pki.crl().toStdString();
    c.http.host = "127.0.0.1";
    c.http.port = 0;
    c.http.maxThreads = 8;
    c.http.receiveTimeoutSeconds = 3; // keeps the idle-connection test short
    // Every test client comes from 127.0.0.1, many at once in the concurrency tests;
    // test_slow_clients sets the production-like limits it attacks.
    c.http.maxConnectionsPerAddress = 64;
    c.http.maxConnectionsPerCertificate = 64;
    c.database.path = d->tmp.filePath(QStringLiteral("credit.db"));
    d->key = store::generateKeyHex();
    c.audit.keyFile = d->tmp.filePath(QStringLiteral("keys/audit.key"));
    c.backup.keyFile = d->tmp.filePath(QStringLiteral("keys/backup.key"));
    c.audit.checkpointDirectory = d->tmp.filePath(QStringLiteral("checkpoints"));
    c.audit.hash = options.auditHash;
    c.audit.checkpointCheckSeconds = 0; // tests call auditCheckpointer().tick() on the ManualClock
    if (options.configure)
        options.configure(c);
    try {
        QDir().mkpath(d->tmp.filePath(QStringLiteral("keys")));
        for (const QString& file : {c.audit.keyFile, c.backup.keyFile}) {
            QByteArray key = store::generateKeyHex();
            store::writeKeyFile(file, key);
            store::wipe(key);
        }
        d->server = std::make_unique<server::CreditServer>(c, d->key, d->clock);
        d->server->start();
    } catch (const std::exception& e) {
        d->error = QString::fromStdString(e.what());
        d->server.reset();
    }
}

TestServer::~TestServer()
{
    if (d->server)
        d->server->stop();
}

bool TestServer::isRunning() const
{
    return d->server && d->server->port() != 0;
}
QString TestServer::errorString() const
{
    return d->error;
}
quint16 TestServer::port() const
{
    return d->server ? d->server->port() : 0;
}
QString TestServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(port());
}
const TestPki& TestServer::pki() const
{
    return d->pki;
}
QString TestServer::databasePath() const
{
    return d->config.database.path;
}
QByteArray TestServer::databaseKeyHex() const
{
    return d->key;
}
QString TestServer::auditKeyFile() const
{
    return d->config.audit.keyFile;
}
QString TestServer::backupKeyFile() const
{
    return d->config.backup.keyFile;
}
QString TestServer::checkpointFile() const
{
    return d->config.audit.checkpointFile(d->config.database);
}
void TestServer::advanceClock(qint64 seconds)
{
    d->clock.advance(seconds);
}
QDateTime TestServer::now() const
{
    return d->clock.now();
}
server::CreditServer& TestServer::server()
{
    return *d->server;
}

qint64 TestServer::createAccount(const AccountSpec& spec)
{
    if (!d->server)
        throw std::runtime_error("test server is not running: " + d->error.toStdString());
    server::AccountRequest req;
    req.account.login = spec.login;
    req.account.fullName = spec.fullName.isEmpty() ? spec.login : spec.fullName;
    req.account.roles = spec.roles;
    req.account.regionCode = spec.regionCode;
    req.account.mustChangePassword = spec.mustChangePassword;
    req.initialPassword = spec.password;
    const QString certName = spec.certName.isEmpty() ? spec.login : spec.certName;
    server::AuthService auth(d->server->database().connection(), d->clock);
    const auto created =
        auth.createAccount(req, server::AuthService::readCertificateFile(d->pki.userCert(certName)),
                           server::AuditActor{std::nullopt, QStringLiteral("test"), {}, {}});
    return created.id;
}

void TestServer::grantLegacyRole(qint64 accountId, const QString& role)
{
    QSqlQuery q(d->server->database().connection());
    q.prepare(
        QStringLiteral("INSERT INTO account_roles (account_id, role_code, granted_at) VALUES (?, ?, ?)"));
    q.addBindValue(accountId);
    q.addBindValue(role);
    q.addBindValue(protocol::toWireTime(d->clock.now()));
    if (!q.exec())
        throw std::runtime_error("cannot add legacy role " + role.toStdString());
}

} // namespace cp::test
