// attack review (issue 11) finding 13: a request that failed with an exception was
// logged with its full URI, and ID numbers travel in query strings. The log names
// the method and the route only.
#include "HttpsProbe.h"
#include "TestServer.h"
#include "app/CreditServer.h"
#include "store/Database.h"

#include <Poco/AutoPtr.h>
#include <Poco/Channel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <mutex>

using namespace cp::test;

namespace {

const QString kPassword = QStringLiteral("Logging#2026secure");
const QString kIdNumber = QStringLiteral("11010519491231002X"); // valid check digit (GB 11643)

/// Keeps what the server logs, for the test to read.
class CapturingChannel final : public Poco::Channel
{
  public:
    void log(const Poco::Message& msg) override
    {
        std::lock_guard lock(m_mutex);
        m_lines << QString::fromStdString(msg.getText());
    }
    QStringList lines() const
    {
        std::lock_guard lock(m_mutex);
        return m_lines;
    }

  private:
    mutable std::mutex m_mutex;
    QStringList m_lines;
};

} // namespace

class TestRequestLogging : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    Poco::AutoPtr<CapturingChannel> m_capture{new CapturingChannel};
    Poco::Channel::Ptr m_previous;

    bool exec(const QString& sql)
    {
        QSqlQuery q(m_server->server().database().connection());
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("clerk1")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        const QString login = QStringLiteral("clerk1");
        m_server->createAccount(
            {login, login, {QStringLiteral("clerk")}, kPassword, QStringLiteral("330100"), login, false});
        Poco::Logger& http = Poco::Logger::get("credit.http");
        m_previous = http.getChannel();
        http.setChannel(m_capture);
    }

    void failedRequestIsLoggedWithoutItsQueryString()
    {
        const TestPki& pki = m_server->pki();
        const QString p12 = pki.userP12(QStringLiteral("clerk1"));
        HttpsProbe clerk(m_server->baseUrl(), pki.caCert(), p12, pki.p12Password);
        QCOMPARE(clerk.login(kPassword).status, 200);
        // The subject lookup fails inside the server: its table is gone for a moment.
        QVERIFY(exec(QStringLiteral("ALTER TABLE subjects RENAME TO subjects_away")));
        const auto r = clerk.get(QStringLiteral("/api/v1/subjects/lookup?idNumber=") + kIdNumber);
        QVERIFY(exec(QStringLiteral("ALTER TABLE subjects_away RENAME TO subjects")));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), QStringLiteral("INTERNAL"));

        const QStringList lines = m_capture->lines();
        const QString log = lines.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("GET /api/v1/subjects/lookup")), qPrintable(log));
        QVERIFY2(!log.contains(kIdNumber), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("idNumber")), qPrintable(log));
    }

    void cleanupTestCase()
    {
        Poco::Logger::get("credit.http").setChannel(m_previous);
        m_server.reset();
    }
};

QTEST_MAIN(TestRequestLogging)
#include "test_request_logging.moc"
