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

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    TestServer& s() { return *m_server; }
    void account(const QString& login, const QStringList& roles)
    {
        s().createAccount({login, login, roles, kAdminPassword, QStringLiteral("360200"), login, false});
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
            QStringList{QStringLiteral("sec"), QStringLiteral("sys"), QStringLiteral("lost"),
                        QStringLiteral("leaky"), QStringLiteral("crl-user"), QStringLiteral("bystander")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        account(QStringLiteral("sec"), {QStringLiteral("secadmin")});
        account(QStringLiteral("sys"), {QStringLiteral("sysadmin")});
        for (const char* login : {"lost", "leaky", "crl-user", "bystander"})
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
        QCOMPARE(next.errorCode(),
                 QStringLiteral("UNAUTHENTICATED")); // its session was ended with the revocation
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
