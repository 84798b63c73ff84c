// attack review (issue 11) finding 5: about 80 silent TCP connections, without any
// certificate, locked every user out. Poco's HTTPServer held one pool thread per
// connection from accept on (handshake included), its receive timeout applied to each
// recv, and nothing bounded handshake plus headers or the connections of one address.
//
// The attackers connect from other loopback addresses (127.0.0.2 …) than the real
// client (127.0.0.1). Real time and real threads here: the concurrency is the point.
#include "HttpsProbe.h"
#include "RawClient.h"
#include "TestServer.h"
#include "app/ServerConfig.h"

#include <QElapsedTimer>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace cp::test;

namespace {

constexpr int kThreads = 8;
constexpr int kPerAddress = 4;
constexpr int kPerCertificate = 4;
constexpr int kDeadlineSeconds = 5;

QString address(int last)
{
    return QStringLiteral("127.0.0.%1").arg(last);
}

// A request that never ends its headers.
const QByteArray kEndlessHeaders =
    "GET /api/v1/health HTTP/1.1\r\nHost: credit\r\nX-Padding: " + QByteArray(4096, 'a');

/// Sends the next byte of each attacker's bytes every 100 ms until stopped.
class Dripper
{
  public:
    void addPlain(RawSocket* s, QByteArray bytes) { m_plain.push_back({s, std::move(bytes)}); }
    void addTls(RawTlsClient* c, QByteArray bytes) { m_tls.push_back({c, std::move(bytes)}); }
    void start()
    {
        m_thread = std::thread([this] {
            for (int i = 0; !m_stop; ++i) {
                for (auto& [s, bytes] : m_plain)
                    if (i < bytes.size())
                        s->send(bytes.mid(i, 1));
                for (auto& [c, bytes] : m_tls)
                    if (i < bytes.size())
                        c->write(bytes.mid(i, 1));
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
    }
    ~Dripper()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

  private:
    std::vector<std::pair<RawSocket*, QByteArray>> m_plain;
    std::vector<std::pair<RawTlsClient*, QByteArray>> m_tls;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

class TestSlowClients : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

    std::unique_ptr<RawSocket> plain(int last)
    {
        auto s = std::make_unique<RawSocket>();
        if (!s->connect(address(last), m_server->port()))
            return nullptr;
        return s;
    }
    std::unique_ptr<RawTlsClient> tls(int last, const QString& user)
    {
        RawSocket s;
        if (!s.connect(address(last), m_server->port()))
            return nullptr;
        auto c = std::make_unique<RawTlsClient>(std::move(s));
        if (!c->handshake(m_server->pki(), user))
            return nullptr;
        return c;
    }
    qint64 timeHealth()
    {
        const TestPki& pki = m_server->pki();
        const QString alice = pki.userP12(QStringLiteral("alice"));
        HttpsProbe p(m_server->baseUrl(), pki.caCert(), alice, pki.p12Password);
        QElapsedTimer t;
        t.start();
        const auto r = p.get(QStringLiteral("/api/v1/health"));
        const qint64 ms = t.elapsed();
        return r.status == 200 ? ms : -1;
    }

  private Q_SLOTS:
    void initTestCase()
    {
        // mallory: a certificate of our CA that no account is bound to.
        const QStringList users{QStringLiteral("alice"), QStringLiteral("mallory")};
        m_server = std::make_unique<TestServer>(users, [](cp::server::ServerConfig& c) {
            c.http.maxThreads = kThreads;
            c.http.maxConnectionsPerAddress = kPerAddress;
            c.http.maxConnectionsPerCertificate = kPerCertificate;
            c.http.headerDeadlineSeconds = kDeadlineSeconds;
        });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        QVERIFY(timeHealth() >= 0);
    }

    void realClientIsServedWithinASecondWhileSlowSocketsOutnumberThePool()
    {
        // 8 connections that completed TLS with mallory's certificate and drip their
        // headers, 16 silent sockets from four addresses and 4 dripping a ClientHello:
        // 28 > 8 threads. (The TLS ones first, while the old server still had threads
        // to run their handshakes.)
        std::vector<std::unique_ptr<RawSocket>> silent, hello;
        std::vector<std::unique_ptr<RawTlsClient>> headers;
        Dripper drip;
        for (int i = 0; i < 2 * kPerCertificate; ++i) {
            auto c = tls(7 + i % 2, QStringLiteral("mallory"));
            if (c) // over the per-certificate limit the server may close before the client finishes
                drip.addTls(c.get(), kEndlessHeaders);
            headers.push_back(std::move(c));
        }
        for (int a = 2; a <= 5; ++a)
            for (int i = 0; i < kPerAddress; ++i) {
                silent.push_back(plain(a));
                QVERIFY(silent.back());
            }
        const QByteArray clientHello = makeClientHello();
        QVERIFY(clientHello.size() > 100);
        for (int i = 0; i < kPerAddress; ++i) {
            hello.push_back(plain(6));
            QVERIFY(hello.back());
            drip.addPlain(hello.back().get(), clientHello);
        }
        drip.start();
        QTest::qWait(300); // the drips are under way

        for (int round = 0; round < 3; ++round) {
            const qint64 ms = timeHealth();
            qInfo("real client under attack: GET /api/v1/health in %lld ms", ms);
            QVERIFY2(ms >= 0, "the real client was not served");
            QVERIFY2(ms < 1000, qPrintable(QStringLiteral("served after %1 ms").arg(ms)));
        }
        // The attack was in force all along: the silent sockets are still open.
        for (auto& s : silent)
            QVERIFY(!s->closedWithin(0));
    }

    void oneDeadlineCoversHandshakeAndHeadersHoweverSlowlyTheyDrip()
    {
        // Each drip arrives well within the receive timeout; only a total deadline ends them.
        auto silent = plain(9);
        auto hello = plain(10);
        auto headers = tls(11, QStringLiteral("mallory"));
        QVERIFY(silent && hello && headers);
        const QByteArray clientHello = makeClientHello();
        QElapsedTimer t;
        t.start();
        qint64 closed[3] = {-1, -1, -1};
        const auto allClosed = [&] { return closed[0] >= 0 && closed[1] >= 0 && closed[2] >= 0; };
        for (int i = 0; t.elapsed() < (kDeadlineSeconds + 4) * 1000 && !allClosed(); ++i) {
            // One byte each per 100 ms (on this thread: an SSL object is not shared between threads).
            if (closed[1] < 0 && i < clientHello.size())
                hello->send(clientHello.mid(i, 1));
            if (closed[2] < 0)
                headers->write(kEndlessHeaders.mid(i, 1));
            if (closed[0] < 0 && silent->closedWithin(0))
                closed[0] = t.elapsed();
            if (closed[1] < 0 && hello->closedWithin(0))
                closed[1] = t.elapsed();
            if (closed[2] < 0 && headers->closedWithin(0))
                closed[2] = t.elapsed();
            QTest::qWait(100);
        }
        qInfo("closed after %lld ms (silent), %lld ms (ClientHello drip), %lld ms (header drip)", closed[0],
              closed[1], closed[2]);
        for (const qint64 ms : closed) {
            QVERIFY2(ms >= 0, "a slow connection was never closed");
            QVERIFY2(ms <= kDeadlineSeconds * 1000 + 1500, qPrintable(QStringLiteral("after %1 ms").arg(ms)));
        }
        QVERIFY2(closed[1] >= (kDeadlineSeconds - 1) * 1000, "the ClientHello drip was cut too early");
    }

    void excessConnectionsOfOneAddressOrCertificateAreRefused()
    {
        std::vector<std::unique_ptr<RawSocket>> admitted, excess;
        for (int i = 0; i < kPerAddress; ++i)
            admitted.push_back(plain(12));
        for (int i = 0; i < 2; ++i)
            excess.push_back(plain(12));
        for (auto& s : excess)
            QVERIFY2(s && s->closedWithin(500), "a connection over the per-address limit was kept");
        for (auto& s : admitted)
            QVERIFY(s && !s->closedWithin(0));
        auto neighbour = plain(13); // another workstation is not affected
        QVERIFY(neighbour && !neighbour->closedWithin(300));

        // One certificate from several addresses: the fifth connection is closed after its handshake.
        std::vector<std::unique_ptr<RawTlsClient>> sameCertificate;
        for (int i = 0; i < kPerCertificate; ++i) {
            sameCertificate.push_back(tls(14 + i, QStringLiteral("mallory")));
            QVERIFY(sameCertificate.back());
        }
        auto fifth = tls(20, QStringLiteral("mallory"));
        QVERIFY2(!fifth || fifth->closedWithin(500), "a connection over the per-certificate limit was kept");
        for (auto& c : sameCertificate)
            QVERIFY(!c->closedWithin(0));
        QVERIFY(timeHealth() >= 0);
    }
};

QTEST_MAIN(TestSlowClients)
#include "test_slow_clients.moc"
