// Revocation takes effect at once (SPEC §8: lost or lent certificates are
// revoked; seed 004 §22, 附件3), over real mutual TLS: a certificate revoked in
// the console is refused on the holder's next request and at the next TLS
// handshake; a CRL file replaced while the server runs is picked up at the
// next handshake without a restart; a reported leak disables the account and
// revokes its certificates in one action.
#include "AdminFixture.h"

#include "app/CertificateGuard.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSslKey>
#include <openssl/err.h>
#include <openssl/ssl.h>

using namespace cp::test;

namespace {
const QString kApi = QStringLiteral("/api/v1/admin");
const QString kSession = QStringLiteral("/api/v1/session");
const QString kHealth = QStringLiteral("/api/v1/health");
/// One HTTPS connection kept alive across requests, as the desktop client
/// keeps it: shows a refusal on the *same* connection, before any new handshake.
class KeepAliveClient
{
  public:
    KeepAliveClient(const TestServer& s, const QString& certName) : m_base(s.baseUrl())
    {
        m_config = QSslConfiguration::defaultConfiguration();
        m_config.setCaCertificates(QSslCertificate::fromPath(s.pki().caCert()));
        m_config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        QFile f(s.pki().userP12(certName));
        QSslKey key;
        QSslCertificate cert;
        if (f.open(QIODevice::ReadOnly) &&
            QSslCertificate::importPkcs12(&f, &key, &cert, nullptr, s.pki().p12Password.toUtf8())) {
            m_config.setLocalCertificate(cert);
            m_config.setPrivateKey(key);
        }
    }
    int handshakes = 0;
    ProbeReply send(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        QNetworkRequest req(QUrl(m_base + path));
        req.setSslConfiguration(m_config);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!m_token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QNetworkReply* reply = m_nam.sendCustomRequest(
            req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QObject::connect(reply, &QNetworkReply::encrypted, [this] { ++handshakes; });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ProbeReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        if (path == kSession && method == "POST")
            m_token = out.json.value("token").toString();
        return out;
    }

  private:
    QString m_base;
    QString m_token;
    QSslConfiguration m_config;
    QNetworkAccessManager m_nam;
};

/// A bare OpenSSL client that can offer a cached TLS session, to show that a
/// resumed session does not skip the revocation check (Qt gives no such control).
class ResumingClient
{
  public:
    ResumingClient(const TestServer& s, const QString& certName, int tlsVersion) : m_port(s.port())
    {
        m_ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_min_proto_version(m_ctx, tlsVersion);
        SSL_CTX_set_max_proto_version(m_ctx, tlsVersion);
        SSL_CTX_load_verify_locations(m_ctx, s.pki().caCert().toLocal8Bit().constData(), nullptr);
        SSL_CTX_set_verify(m_ctx, SSL_VERIFY_PEER, nullptr);
        SSL_CTX_use_certificate_file(m_ctx, s.pki().userCert(certName).toLocal8Bit().constData(),
                                     SSL_FILETYPE_PEM);
        SSL_CTX_use_PrivateKey_file(m_ctx, s.pki().userKey(certName).toLocal8Bit().constData(),
                                    SSL_FILETYPE_PEM);
        SSL_CTX_set_session_cache_mode(m_ctx, SSL_SESS_CACHE_CLIENT);
    }
    ~ResumingClient()
    {
        if (m_session)
            SSL_SESSION_free(m_session);
        SSL_CTX_free(m_ctx);
    }
    struct Outcome
    {
        bool handshake = false;
        bool resumed = false;
        int httpStatus = 0;
    };
    /// One connection: handshake (offering the last session), GET /api/v1/health, keep the session.
    Outcome connectOnce()
    {
        Outcome out;
        BIO* bio = BIO_new_connect(QStringLiteral("127.0.0.1:%1").arg(m_port).toLatin1().constData());
        SSL* ssl = SSL_new(m_ctx);
        SSL_set_bio(ssl, bio, bio);
        if (m_session)
            SSL_set_session(ssl, m_session);
        out.handshake = SSL_connect(ssl) == 1;
        if (out.handshake) {
            out.resumed = SSL_session_reused(ssl) == 1;
            const QByteArray req =
                "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            SSL_write(ssl, req.constData(), int(req.size()));
            QByteArray reply;
            char buf[4096];
            int n = 0;
            while ((n = SSL_read(ssl, buf, sizeof buf)) > 0)
                reply.append(buf, n);
            if (reply.startsWith("HTTP/1.1 "))
                out.httpStatus = reply.mid(9, 3).toInt();
            if (out.httpStatus > 0) {
                if (m_session)
                    SSL_SESSION_free(m_session);
                m_session = SSL_get1_session(ssl);
            }
        }
        if (out.handshake)
            SSL_shutdown(ssl); // else SSL_free marks the session "bad" and it is never offered again
        ERR_clear_error();
        SSL_free(ssl);
        return out;
    }

  private:
    quint16 m_port;
    SSL_CTX* m_ctx = nullptr;
    SSL_SESSION* m_session = nullptr;
};

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    int m_resumers = 0;
    TestServer& s() { return *m_server; }
    void account(const QString& login, const QStringList& roles)
    {
        s().createAccount({login, login, roles, kAdminPassword, QStringLiteral("360200"), login, false});
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringList{
            QStringLiteral("sec"), QStringLiteral("sys"), QStringLiteral("lost"), QStringLiteral("leaky"),
            QStringLiteral("crl-user"), QStringLiteral("bystander"), QStringLiteral("resumer0"),
            QStringLiteral("resumer1"), QStringLiteral("resumer2"), QStringLiteral("resumer3"),
            QStringLiteral("crl-kept"), QStringLiteral("crl-unbound")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        account(QStringLiteral("sec"), {QStringLiteral("secadmin")});
        account(QStringLiteral("sys"), {QStringLiteral("sysadmin")});
        for (const char* login : {"lost", "leaky", "crl-user", "bystander", "crl-kept"})
            account(QLatin1String(login), {QStringLiteral("clerk")});
    }

    void revokedCertificateIsRefusedOnTheNextRequestAndHandshake()
    {
        KeepAliveClient holder(s(), QStringLiteral("lost"));
        QCOMPARE(holder.send("POST", kSession, {{"password", kAdminPassword}}).status, 200);
        QCOMPARE(holder.send("GET", kSession).status, 200);
        QCOMPARE(holder.handshakes, 1);
        auto sec = loggedIn(s(), QStringLiteral("sec"));
        const qint64 cert = certificateIdOf(s(), QStringLiteral("lost"));
        const auto r = sec.post(kApi + QStringLiteral("/certificates/%1/revoke").arg(cert),
                                {{"reason", QStringLiteral("证书遗失")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("certificates").toArray().first().toObject().value("status").toString(),
                 QStringLiteral("revoked"));
        // The next request with the old session is refused and the session is over.
        const auto next = holder.send("GET", kSession);
        QCOMPARE(holder.handshakes, 1); // the same connection
        QCOMPARE(next.status, 401);
        QCOMPARE(next.errorCode(), QStringLiteral("CERTIFICATE_UNKNOWN")); // checked before the session
        // Routes that need only the certificate refuse it too on that connection.
        const auto health = holder.send("GET", kHealth);
        QCOMPARE(holder.handshakes, 1);
        QCOMPARE(health.errorCode(), QStringLiteral("CERTIFICATE_UNKNOWN"));
        QVERIFY(!scalar(s(), QStringLiteral(
                                 "SELECT ended_at FROM sessions s JOIN accounts a ON a.id = s.account_id "
                                 "WHERE a.login = 'lost' ORDER BY s.id DESC"))
                     .isNull());
        // A new connection does not get past the handshake: no HTTP response at all.
        const auto fresh = probeFor(s(), QStringLiteral("lost")).get(kHealth);
        QCOMPARE(fresh.status, 0);
        // Others are unaffected.
        QCOMPARE(probeFor(s(), QStringLiteral("bystander")).get(kHealth).status, 200);
        // Revoking twice is refused naming the state.
        QCOMPARE(sec.post(kApi + QStringLiteral("/certificates/%1/revoke").arg(cert),
                          {{"reason", QStringLiteral("再次")}})
                     .errorCode(),
                 QStringLiteral("INVALID_STATE"));
        QCOMPARE(auditCount(s(), QStringLiteral("certificate.revoke")), 1);
    }

    // seed 004 §22: a user reports a leaked password: one action disables and revokes.
    void reportedLeakDisablesTheAccountAndRevokesItsCertificates()
    {
        KeepAliveClient holder(s(), QStringLiteral("leaky"));
        QCOMPARE(holder.send("POST", kSession, {{"password", kAdminPassword}}).status, 200);
        auto sys = loggedIn(s(), QStringLiteral("sys"));
        const qint64 id = accountId(s(), QStringLiteral("leaky"));
        const auto r = sys.post(kApi + QStringLiteral("/accounts/%1/compromise").arg(id),
                                {{"kind", "password"}, {"note", QStringLiteral("本人电话报告")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("status").toString(), QStringLiteral("disabled"));
        QVERIFY(r.json.value("statusReason").toString().contains(QStringLiteral("口令泄露")));
        QCOMPARE(r.json.value("certificates").toArray().first().toObject().value("status").toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(holder.send("GET", kSession).status, 401);
        QCOMPARE(holder.handshakes, 1);
        QCOMPARE(probeFor(s(), QStringLiteral("leaky")).get(kHealth).status, 0);
        QCOMPARE(auditCount(s(), QStringLiteral("account.compromise")), 1);
    }

    // The CRL file is replaced while the server runs (scripts/make-pki --revoke): no restart.
    void replacedCrlFileIsUsedWithoutRestart()
    {
        auto before = probeFor(s(), QStringLiteral("crl-user"));
        QCOMPARE(before.get(kHealth).status, 200);
        const long reloads = s().server().certificateGuard().crlReloads();
        QCOMPARE(
            run(QStringLiteral("bash"), {QStringLiteral(CP_SOURCE_DIR "/scripts/make-pki"), s().pki().dir,
                                         QStringLiteral("--revoke"), QStringLiteral("crl-user")}),
            QString());
        const auto after = probeFor(s(), QStringLiteral("crl-user")).get(kHealth);
        QCOMPARE(after.status, 0);
        QCOMPARE(s().server().certificateGuard().crlReloads(), reloads + 1);
        QCOMPARE(probeFor(s(), QStringLiteral("bystander")).get(kHealth).status, 200);
        QCOMPARE(s().server().certificateGuard().crlReloads(), reloads + 1); // unchanged file: not re-read
        // The console shows the CA's revocation (and the database now records it too).
        auto sys = loggedIn(s(), QStringLiteral("sys"));
        const auto list = sys.get(kApi + QStringLiteral("/certificates"));
        QCOMPARE(list.status, 200);
        QMap<QString, bool> inCrl;
        for (const auto& v : list.json.value("items").toArray())
            inCrl.insert(v.toObject().value("accountLogin").toString(),
                         v.toObject().value("listedInCrl").toBool());
        QCOMPARE(inCrl.value(QStringLiteral("crl-user")), true);
        QCOMPARE(inCrl.value(QStringLiteral("bystander")), false);
    }

    // A cached TLS session must not carry a revoked certificate past the check:
    // revoked in the console, or newly listed in a replaced CRL file.
    void resumedSessionDoesNotOutliveARevocation_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("byCrlFile");
        QTest::newRow("TLS 1.2, console") << int(TLS1_2_VERSION) << false;
        QTest::newRow("TLS 1.3, console") << int(TLS1_3_VERSION) << false;
        QTest::newRow("TLS 1.2, CRL file") << int(TLS1_2_VERSION) << true;
        QTest::newRow("TLS 1.3, CRL file") << int(TLS1_3_VERSION) << true;
    }
    void resumedSessionDoesNotOutliveARevocation()
    {
        QFETCH(int, version);
        QFETCH(bool, byCrlFile);
        const QString login = QStringLiteral("resumer%1").arg(m_resumers++);
        account(login, {QStringLiteral("clerk")});
        ResumingClient client(s(), login, version);
        const auto first = client.connectOnce();
        QVERIFY(first.handshake);
        QCOMPARE(first.httpStatus, 200);
        const auto second = client.connectOnce();
        QCOMPARE(second.httpStatus, 200);
        QVERIFY2(second.resumed, "the server should resume a cached session (else this test proves nothing)");
        if (byCrlFile) {
            QCOMPARE(run(QStringLiteral("bash"), {QStringLiteral(CP_SOURCE_DIR "/scripts/make-pki"),
                                                  s().pki().dir, QStringLiteral("--revoke"), login}),
                     QString());
        } else {
            auto sec = loggedIn(s(), QStringLiteral("sec"));
            const qint64 cert = certificateIdOf(s(), login);
            QCOMPARE(sec.post(kApi + QStringLiteral("/certificates/%1/revoke").arg(cert),
                              {{"reason", QStringLiteral("外借")}})
                         .status,
                     200);
        }
        const auto third = client.connectOnce();
        QVERIFY(!third.resumed);
        QCOMPARE(third.httpStatus, 0);
    }

    // Attack review (issue 11) finding 7: a certificate revoked in the CRL file kept working on
    // a connection opened before, and a new login on that connection succeeded.
    void crlRevokedCertificateIsRefusedOnAKeptAliveConnection()
    {
        KeepAliveClient holder(s(), QStringLiteral("crl-kept"));
        QCOMPARE(holder.send("POST", kSession, {{"password", kAdminPassword}}).status, 200);
        QCOMPARE(holder.send("GET", kSession).status, 200);
        const std::string before = s().server().certificateGuard().crlNumber();
        QVERIFY(!before.empty()); // scripts/make-pki numbers its CRLs
        QCOMPARE(
            run(QStringLiteral("bash"), {QStringLiteral(CP_SOURCE_DIR "/scripts/make-pki"), s().pki().dir,
                                         QStringLiteral("--revoke"), QStringLiteral("crl-kept")}),
            QString());
        const auto next = holder.send("GET", kSession);
        QCOMPARE(holder.handshakes, 1); // the same connection, no new handshake
        QCOMPARE(next.status, 401);
        QCOMPARE(next.errorCode(), QStringLiteral("CERTIFICATE_UNKNOWN"));
        const auto again = holder.send("POST", kSession, {{"password", kAdminPassword}});
        QCOMPARE(holder.handshakes, 1);
        QCOMPARE(again.errorCode(), QStringLiteral("CERTIFICATE_UNKNOWN"));
        QCOMPARE(holder.send("GET", kHealth).errorCode(), QStringLiteral("CERTIFICATE_UNKNOWN"));
        QVERIFY(std::stoll(s().server().certificateGuard().crlNumber()) > std::stoll(before));
        // The CA's revocation is the database's too: the certificate and its session are ended.
        const qint64 cert = certificateIdOf(s(), QStringLiteral("crl-kept"));
        QCOMPARE(
            scalar(s(), QStringLiteral("SELECT status FROM certificates WHERE id = ?"), {cert}).toString(),
            QStringLiteral("revoked"));
        QVERIFY(scalar(s(), QStringLiteral("SELECT revoke_reason FROM certificates WHERE id = ?"), {cert})
                    .toString()
                    .contains(QStringLiteral("CRL")));
        QCOMPARE(scalar(s(), QStringLiteral(
                                 "SELECT COUNT(*) FROM sessions s JOIN accounts a ON a.id = s.account_id "
                                 "WHERE a.login = 'crl-kept' AND s.ended_at IS NULL"))
                     .toInt(),
                 0);
        QVERIFY(auditCount(s(), QStringLiteral("access.denied"), QStringLiteral("denied")) >= 3);
        QCOMPARE(probeFor(s(), QStringLiteral("bystander")).get(kHealth).status, 200);
    }

    // Finding 7: putting an older CRL back (a lower CRL number) un-revoked a certificate.
    void olderCrlIsRefused()
    {
        QFile crl(s().pki().crl());
        QVERIFY(crl.open(QIODevice::ReadOnly));
        const QByteArray older = crl.readAll();
        crl.close();
        auto& guard = s().server().certificateGuard();
        QCOMPARE(probeFor(s(), QStringLiteral("crl-unbound")).get(kHealth).status,
                 200); // valid, bound to none
        QCOMPARE(
            run(QStringLiteral("bash"), {QStringLiteral(CP_SOURCE_DIR "/scripts/make-pki"), s().pki().dir,
                                         QStringLiteral("--revoke"), QStringLiteral("crl-unbound")}),
            QString());
        QCOMPARE(probeFor(s(), QStringLiteral("crl-unbound")).get(kHealth).status, 0);
        const std::string newest = guard.crlNumber();
        const long reloads = guard.crlReloads();
        QVERIFY(crl.open(QIODevice::ReadOnly));
        const QByteArray current = crl.readAll();
        crl.close();
        const int refusals =
            auditCount(s(), QStringLiteral("certificate.crl_refused"), QStringLiteral("denied"));
        // Roll the file back.
        QVERIFY(crl.open(QIODevice::WriteOnly | QIODevice::Truncate));
        crl.write(older);
        crl.close();
        QCOMPARE(probeFor(s(), QStringLiteral("crl-unbound")).get(kHealth).status, 0);
        QCOMPARE(probeFor(s(), QStringLiteral("bystander")).get(kHealth).status, 200);
        QCOMPARE(guard.crlNumber(), newest);
        QCOMPARE(guard.crlReloads(), reloads);
        QCOMPARE(auditCount(s(), QStringLiteral("certificate.crl_refused"), QStringLiteral("denied")),
                 refusals + 1);
        // A restart (the same load) refuses it too: the highest number is kept in the database.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, s().server().reloadCrl());
        QCOMPARE(probeFor(s(), QStringLiteral("crl-unbound")).get(kHealth).status, 0);
        // The newest file again: accepted (same number).
        QVERIFY(crl.open(QIODevice::WriteOnly | QIODevice::Truncate));
        crl.write(current);
        crl.close();
        QCOMPARE(probeFor(s(), QStringLiteral("bystander")).get(kHealth).status, 200);
        QCOMPARE(guard.crlNumber(), newest);
    }

    void unreadableCrlKeepsThePreviousOne()
    {
        QFile crl(s().pki().crl());
        QVERIFY(crl.open(QIODevice::ReadOnly));
        const QByteArray good = crl.readAll();
        crl.close();
        QVERIFY(crl.open(QIODevice::WriteOnly | QIODevice::Truncate));
        crl.write("-----BEGIN X509 CRL-----\ntruncated");
        crl.close();
        // Still refused (the previous CRL stays in force), others still admitted.
        QCOMPARE(probeFor(s(), QStringLiteral("crl-user")).get(kHealth).status, 0);
        QCOMPARE(probeFor(s(), QStringLiteral("bystander")).get(kHealth).status, 200);
        QVERIFY(crl.open(QIODevice::WriteOnly | QIODevice::Truncate));
        crl.write(good);
        crl.close();
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "test_revocation.moc"
