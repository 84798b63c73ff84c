// The handshake is the first gate: a connection without a certificate, with a
// certificate from another CA, expired or revoked never reaches a handler.
#include "HttpsProbe.h"
#include "TestServer.h"

#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtTest>

using namespace cp::test;

class TestServerTls : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

    HttpsProbe probe(const QString& p12) const
    {
        return HttpsProbe(m_server->baseUrl(), m_server->pki().caCert(), p12, m_server->pki().p12Password);
    }

  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("alice")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    }

    void healthAnswersAValidCertificateWithoutLogin()
    {
        auto p = probe(m_server->pki().userP12(QStringLiteral("alice")));
        QVERIFY(p.identityLoaded());
        const auto r = p.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void refusesHandshake_data()
    {
        QTest::addColumn<QString>("p12");
        QTest::newRow("no certificate") << QString();
        QTest::newRow("foreign CA") << QStringLiteral("foreign");
        QTest::newRow("expired") << QStringLiteral("expired");
        QTest::newRow("revoked") << QStringLiteral("revoked");
    }
    void refusesHandshake()
    {
        QFETCH(QString, p12);
        auto p = probe(p12.isEmpty() ? QString() : m_server->pki().userP12(p12));
        if (!p12.isEmpty())
            QVERIFY2(p.identityLoaded(), "test identity did not import");
        const auto r = p.get(QStringLiteral("/api/v1/health"));
        // TLS 1.3 clients often see a reset instead of an alert: either way, no HTTP response.
        QCOMPARE(r.status, 0);
        QVERIFY(r.networkError != QNetworkReply::NoError);
        QVERIFY(r.json.isEmpty());
    }

    void refusesTlsOlderThan12()
    {
        // Qt's own client will not even offer TLS 1.1; OpenSSL's s_client at
        // security level 0 will, so the refusal observed is the server's.
        QProcess s;
        s.setProcessChannelMode(QProcess::MergedChannels);
        const auto& pki = m_server->pki();
        s.start(QStringLiteral("openssl"),
                {QStringLiteral("s_client"), QStringLiteral("-connect"),
                 QStringLiteral("127.0.0.1:%1").arg(m_server->port()), QStringLiteral("-tls1_1"),
                 QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0"), QStringLiteral("-cert"),
                 pki.userCert(QStringLiteral("alice")), QStringLiteral("-key"),
                 pki.userKey(QStringLiteral("alice")), QStringLiteral("-CAfile"), pki.caCert()});
        QVERIFY(s.waitForStarted());
        s.closeWriteChannel();
        QVERIFY(s.waitForFinished(15000));
        const QString out = QString::fromLocal8Bit(s.readAll());
        QVERIFY2(s.exitCode() != 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Cipher is (NONE)")), qPrintable(out));
    }

    void negotiatesForwardSecretAeadCipher()
    {
        auto p = probe(m_server->pki().userP12(QStringLiteral("alice")));
        p.setProtocol(QSsl::TlsV1_2); // pin 1.2 so the configured cipher list is what decides
        const auto r = p.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.cipher.startsWith(QStringLiteral("ECDHE-")), qPrintable(r.cipher));
        QVERIFY2(r.cipher.contains(QStringLiteral("GCM")) || r.cipher.contains(QStringLiteral("CHACHA20")),
                 qPrintable(r.cipher));
    }

    void plainHttpGetsNoHttpResponse()
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        s.waitForReadyRead(3000);
        QVERIFY(!s.readAll().startsWith("HTTP/"));
    }

    void unknownPathIs404WithChineseMessage()
    {
        auto p = probe(m_server->pki().userP12(QStringLiteral("alice")));
        const auto r = p.get(QStringLiteral("/api/v1/nothing-here"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void idleConnectionsDoNotStarveThePool()
    {
        // More silent TCP connections than worker threads (8): the server's
        // receive timeout frees them and a real client is still served.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 12; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
            QVERIFY(s->waitForConnected(5000));
            idle.push_back(std::move(s));
        }
        auto p = probe(m_server->pki().userP12(QStringLiteral("alice")));
        const auto r = p.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
    }
};

QTEST_MAIN(TestServerTls)
#include "test_server_tls.moc"
