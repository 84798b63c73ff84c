// A real credit server for tests: a fresh development PKI (made by
// scripts/make-pki), an encrypted SQLCipher database in a temporary directory,
// and the HTTPS server with mutual TLS listening on 127.0.0.1 at an ephemeral
// port. Time is a ManualClock the test moves forward, never sleep.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace cp::server {
class CreditServer;
class ManualClock;
struct ServerConfig;
} // namespace cp::server

namespace cp::test {

/// Paths of a development PKI made by scripts/make-pki.
struct TestPki
{
    QString dir;
    QString p12Password;                         // the password of every users/*.p12
    QString caCert() const;                      // dir/ca.pem (the private CA)
    QString crl() const;                         // dir/crl.pem
    QString userCert(const QString& name) const; // dir/users/<name>.pem
    QString userP12(const QString& name) const;  // dir/users/<name>.p12
    QString userKey(const QString& name) const;  // dir/users/<name>.key
    QString foreignP12() const;                  // client identity from another CA
    QString expiredP12() const;                  // expired client certificate from our CA
    QString revokedP12() const;                  // revoked client certificate (listed in crl.pem)
};

struct AccountSpec
{
    QString login;
    QString fullName;
    QStringList roles; // role codes, see shared/Roles.h
    QString password;  // must satisfy the password policy
    QString regionCode = QStringLiteral("330100");
    QString certName; // users/<certName>.pem is bound to the account; default = login
    bool mustChangePassword = false;
};

struct TestServerOptions
{
    QString auditHash = QStringLiteral("sha256"); // audit.hash: "sha256" | "sm3"
    /// Changes the test configuration before the server starts (limits, timeouts).
    std::function<void(server::ServerConfig&)> configure;
};

class TestServer
{
  public:
    /// users: certificate names to issue (each gets users/<name>.p12). Starts the server.
    explicit TestServer(const QStringList& users = {QStringLiteral("alice"), QStringLiteral("bob")},
                        const TestServerOptions& options = {});
    /// Same, with the test configuration changed before the server starts (limits, timeouts).
    TestServer(const QStringList& users, const std::function<void(server::ServerConfig&)>& configure);
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    bool isRunning() const;
    QString errorString() const; // why start-up failed, if it did
    quint16 port() const;
    QString baseUrl() const; // "https://127.0.0.1:<port>"
    const TestPki& pki() const;
    QString databasePath() const;
    QByteArray databaseKeyHex() const;
    /// Key files in the temp dir, made like `credit-server init-keys` makes them:
    /// the audit key (issue 11 finding 4) and the separate backup key (finding 16).
    QString auditKeyFile() const;
    QString backupKeyFile() const;
    /// The checkpoint file outside the database (audit.checkpointDirectory in the temp dir).
    QString checkpointFile() const;

    /// Creates an account bound to users/<certName>.pem (through the domain code, audited).
    qint64 createAccount(const AccountSpec& spec);
    /// Writes a role straight into the database, past the separation-of-duties check: an
    /// account from before the rule forbade the combination (issue 11 finding 10), on which
    /// the services' own "not the same person" checks must still hold.
    void grantLegacyRole(qint64 accountId, const QString& role);
    /// Moves the server's clock (session expiry, lock-out, password age).
    void advanceClock(qint64 seconds);
    QDateTime now() const;

    cp::server::CreditServer& server();

  private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cp::test
