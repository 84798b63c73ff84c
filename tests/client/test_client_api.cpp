// ApiClient against a real server: identities, TLS failures and their
// messages, bearer token handling, time-outs. No widgets.
#include "ClientTestSupport.h"
#include "app/CreditServer.h"
#include "net/ApiClient.h"
#include "store/Database.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace cp::client;
using namespace cp::client::test;
using cp::protocol::ErrorCode;

namespace {
const QString kPassword = QStringLiteral("Api#Client2024");
} // namespace

class TestClientApi : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();

    void tlsBackendIsAvailable();
    void serverAddressIsParsed_data();
    void serverAddressIsParsed();
    void healthNeedsOnlyTheCertificate();
    void loginKeepsTheTokenAndLogoutForgetsIt();
    void badPasswordCarriesServerErrorAndDetails();
    void foreignCertificateFailsWithTlsError();
    void revokedCertificateFailsWithTlsError();
    void serverCertificateFromAnotherCaIsRejected();
    void legacyRc240Pkcs12IsExplained();
    void silentServerTimesOut();
    void loggedInRequestAfterIdleExpiryEmitsSessionExpired();
    void queryValuesArePercentEncoded();
    void queryParametersReachTheServer();

  private:
    ConnectionSettings connection(const QString& p12) const;
    ApiResult call(ApiClient& api, const QByteArray& method, const QString& path);

    std::unique_ptr<cp::test::TestServer> m_server;
};

void TestClientApi::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_api"));
    m_server = std::make_unique<cp::test::TestServer>(QStringList{QStringLiteral("alice")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    m_server->createAccount(
        account(QStringLiteral("alice"), QStringLiteral("王丽"), {QStringLiteral("clerk")}, kPassword));
}

ConnectionSettings TestClientApi::connection(const QString& p12) const
{
    return {QStringLiteral("127.0.0.1:%1").arg(m_server->port()), p12, m_server->pki().p12Password,
            m_server->pki().caCert()};
}

ApiResult TestClientApi::call(ApiClient& api, const QByteArray& method, const QString& path)
{
    std::optional<ApiResult> result;
    api.request(method, path, {}, [&result](const ApiResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        qWarning("no reply within 15 s");
    return result.value_or(ApiResult::failure("TEST_NO_REPLY", QStringLiteral("no reply")));
}

void TestClientApi::tlsBackendIsAvailable()
{
    QVERIFY2(!TlsIdentity::tlsUnavailableReason(), qPrintable(QSslSocket::activeBackend()));
}

void TestClientApi::serverAddressIsParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url"); // empty: refused
    QTest::newRow("host:port") << "127.0.0.1:8443"
                               << "https://127.0.0.1:8443";
    QTest::newRow("with scheme") << "https://credit.example:9443/"
                                 << "https://credit.example:9443";
    QTest::newRow("spaces") << "  localhost:8443 "
                            << "https://localhost:8443";
    QTest::newRow("plain http") << "http://127.0.0.1:8080"
                                << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestClientApi::serverAddressIsParsed()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    const auto parsed = TlsIdentity::serverUrl(text);
    QCOMPARE(parsed ? parsed->toString() : QString(), url);
}

void TestClientApi::healthNeedsOnlyTheCertificate()
{
    ApiClient api;
    QCOMPARE(api.configure(connection(m_server->pki().userP12(QStringLiteral("alice")))), std::nullopt);
    std::optional<cp::protocol::HealthInfo> health;
    api.health(this, [&](const ApiResult& r, const cp::protocol::HealthInfo& h) {
        QVERIFY2(r.ok(), qPrintable(r.userMessage()));
        health = h;
    });
    QTRY_VERIFY_WITH_TIMEOUT(health.has_value(), 15000);
    QCOMPARE(health->status, QStringLiteral("ok"));
}

void TestClientApi::loginKeepsTheTokenAndLogoutForgetsIt()
{
    ApiClient api;
    QCOMPARE(api.configure(connection(m_server->pki().userP12(QStringLiteral("alice")))), std::nullopt);
    std::optional<cp::protocol::SessionInfo> session;
    api.login(kPassword, QStringLiteral("3号窗口"), this,
              [&](const ApiResult& r, const cp::protocol::SessionInfo& s) {
                  QVERIFY2(r.ok(), qPrintable(r.userMessage()));
                  session = s;
              });
    QTRY_VERIFY_WITH_TIMEOUT(session.has_value(), 15000);
    QVERIFY(api.isLoggedIn());
    QCOMPARE(session->account.login, QStringLiteral("alice"));
    QVERIFY(session->idleTimeoutSeconds > 0);

    QSignalSpy activity(&api, &ApiClient::sessionActivity);
    const ApiResult info = call(api, "GET", QStringLiteral("/session"));
    QVERIFY2(info.ok(), qPrintable(info.userMessage()));
    QCOMPARE(activity.count(), 1);

    bool loggedOut = false;
    api.logout(this, [&](const ApiResult& r) {
        QVERIFY2(r.ok(), qPrintable(r.userMessage()));
        QCOMPARE(r.httpStatus, 204);
        loggedOut = true;
    });
    QVERIFY(!api.isLoggedIn());
    QTRY_VERIFY_WITH_TIMEOUT(loggedOut, 15000);

    // Without a token the server does not know us (and that is no "expiry").
    QSignalSpy expired(&api, &ApiClient::sessionExpired);
    const ApiResult after = call(api, "GET", QStringLiteral("/session"));
    QVERIFY(after.hasCode(ErrorCode::Unauthenticated));
    QCOMPARE(expired.count(), 0);
}

void TestClientApi::badPasswordCarriesServerErrorAndDetails()
{
    ApiClient api;
    QCOMPARE(api.configure(connection(m_server->pki().userP12(QStringLiteral("alice")))), std::nullopt);
    std::optional<ApiResult> result;
    api.login(QStringLiteral("Wrong#pass2024"), {}, this,
              [&](const ApiResult& r, const cp::protocol::SessionInfo&) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(result->hasCode(ErrorCode::BadPassword));
    QCOMPARE(result->httpStatus, 401);
    QVERIFY(result->error->details.contains(QStringLiteral("remainingAttempts")));
    QVERIFY(result->userMessage().contains(QStringLiteral("密码")));
    QVERIFY(!api.isLoggedIn());
}

void TestClientApi::foreignCertificateFailsWithTlsError()
{
    ApiClient api;
    QCOMPARE(api.configure(connection(m_server->pki().foreignP12())), std::nullopt);
    const ApiResult r = call(api, "GET", QStringLiteral("/health"));
    QVERIFY2(r.hasCode(localerror::kTlsFailed), qPrintable(r.error ? r.error->code : QString()));
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.userMessage().startsWith(QStringLiteral("与服务器建立安全连接失败")),
             qPrintable(r.userMessage()));
    QVERIFY(r.userMessage().contains(QStringLiteral("不是由本系统的证书机构签发")));
}

void TestClientApi::revokedCertificateFailsWithTlsError()
{
    ApiClient api;
    QCOMPARE(api.configure(connection(m_server->pki().revokedP12())), std::nullopt);
    const ApiResult r = call(api, "GET", QStringLiteral("/health"));
    QVERIFY2(r.hasCode(localerror::kTlsFailed), qPrintable(r.userMessage()));
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.userMessage().contains(QStringLiteral("已被吊销")), qPrintable(r.userMessage()));
}

void TestClientApi::serverCertificateFromAnotherCaIsRejected()
{
    // Pin the foreign CA: the real server's certificate must then be refused,
    // whatever the system's trust store says.
    ConnectionSettings c = connection(m_server->pki().userP12(QStringLiteral("alice")));
    c.caPath = m_server->pki().dir + QStringLiteral("/foreign-ca/ca.pem");
    ApiClient api;
    QCOMPARE(api.configure(c), std::nullopt);
    const ApiResult r = call(api, "GET", QStringLiteral("/health"));
    QVERIFY2(r.hasCode(localerror::kTlsFailed), qPrintable(r.userMessage()));
    QVERIFY2(r.userMessage().contains(QStringLiteral("服务器证书未通过验证")), qPrintable(r.userMessage()));
}

void TestClientApi::legacyRc240Pkcs12IsExplained()
{
    const QString dir = m_server->pki().dir;
    const QString legacy = dir + QStringLiteral("/legacy.p12");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-legacy"),
                   QStringLiteral("-in"), m_server->pki().userCert(QStringLiteral("alice")),
                   QStringLiteral("-inkey"), m_server->pki().userKey(QStringLiteral("alice")),
                   QStringLiteral("-passout"), QStringLiteral("pass:") + m_server->pki().p12Password,
                   QStringLiteral("-out"), legacy});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("openssl cannot write RC2-40 PKCS#12 here (no legacy provider)");

    ApiClient api;
    const auto error = api.configure(connection(legacy));
    QVERIFY2(error && error->contains(QStringLiteral("RC2-40")), qPrintable(error.value_or(QString())));
    QVERIFY(!api.isConfigured());
}

void TestClientApi::silentServerTimesOut()
{
    QTcpServer silent; // accepts, never speaks TLS or HTTP
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConnectionSettings c = connection(m_server->pki().userP12(QStringLiteral("alice")));
    c.server = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
    ApiClient api;
    QCOMPARE(api.configure(c), std::nullopt);
    api.setTransferTimeout(std::chrono::milliseconds(500));
    const ApiResult r = call(api, "GET", QStringLiteral("/health"));
    QVERIFY2(r.hasCode(localerror::kTimeout), qPrintable(r.userMessage()));
}

void TestClientApi::loggedInRequestAfterIdleExpiryEmitsSessionExpired()
{
    ApiClient api;
    QCOMPARE(api.configure(connection(m_server->pki().userP12(QStringLiteral("alice")))), std::nullopt);
    bool in = false;
    api.login(kPassword, {}, this,
              [&](const ApiResult& r, const cp::protocol::SessionInfo&) { in = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(in, 15000);
    m_server->advanceClock(24 * 3600);
    QSignalSpy expired(&api, &ApiClient::sessionExpired);
    const ApiResult r = call(api, "GET", QStringLiteral("/session"));
    QVERIFY2(r.hasCode(ErrorCode::SessionExpired), qPrintable(r.userMessage()));
    QCOMPARE(expired.count(), 1);
    QCOMPARE(expired.at(0).at(0).toString(), QStringLiteral("SESSION_EXPIRED"));
    QVERIFY(!api.isLoggedIn());
}

QTEST_MAIN(TestClientApi)
void TestClientApi::queryValuesArePercentEncoded()
{
    QCOMPARE(ApiClient::withQuery({{QStringLiteral("mode"), QStringLiteral("prefix")},
                                   {QStringLiteral("q"), QStringLiteral("张 三+&=")}}),
             QStringLiteral("?mode=prefix&q=%E5%BC%A0%20%E4%B8%89%2B%26%3D"));
    QCOMPARE(ApiClient::withQuery({}), QString());
}

void TestClientApi::queryParametersReachTheServer()
{
    ApiClient api;
    QCOMPARE(api.configure(connection(m_server->pki().userP12(QStringLiteral("alice")))), std::nullopt);
    std::optional<ApiResult> login;
    api.login(kPassword, {}, this, [&](const ApiResult& r, const cp::protocol::SessionInfo&) { login = r; });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 15000);
    QVERIFY2(login->ok(), qPrintable(login->userMessage()));

    const QString id = QStringLiteral("11010519491231002X");
    const ApiResult r =
        call(api, "GET",
             QStringLiteral("/subjects/lookup") + ApiClient::withQuery({{QStringLiteral("idNumber"), id}}));
    QVERIFY(r.hasCode(cp::protocol::ErrorCode::SubjectUnknown));
    // The server looked up exactly the number sent in the query (its lookup is audited).
    QSqlDatabase db = m_server->server().database().connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'subject.lookup' AND target = ?"));
    q.addBindValue(QStringLiteral("subject-number:") + id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

#include "test_client_api.moc"
