// Login = the bound certificate + the account's password (SPEC §8; seed 004
// §19–22; seed 003 附件1.六), over real mutual TLS.
#include "Desks.h"
#include "HttpsProbe.h"
#include "TestServer.h"
#include "app/CreditServer.h"
#include "domain/audit/AuditLog.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace cp::test;

namespace {
const QString kGood = QStringLiteral("Desk#2026secure");
const QString kHealth = QStringLiteral("/api/v1/health");
const QString kSession = QStringLiteral("/api/v1/session");
const QString kPassword = QStringLiteral("/api/v1/session/password");
} // namespace

class TestServerAuth : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

    HttpsProbe as(const QString& certName) const { return probeFor(*m_server, certName); }
    void account(const QString& login, bool mustChange = false,
                 const QStringList& roles = {QStringLiteral("clerk")})
    {
        m_server->createAccount({login, login, roles, kGood, QStringLiteral("360200"), login, mustChange});
    }
    QStringList auditActions(const QString& login)
    {
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT action || ':' || outcome FROM audit_log WHERE account_login = ? ORDER BY seq"));
        q.addBindValue(login);
        q.exec();
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
            QStringList{QStringLiteral("good"), QStringLiteral("wrong"), QStringLiteral("locker"),
                        QStringLiteral("first"), QStringLiteral("idle"), QStringLiteral("unbound"),
                        QStringLiteral("other"), QStringLiteral("gone"), QStringLiteral("limits")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        for (const char* login : {"good", "wrong", "locker", "idle", "other", "gone", "limits"})
            account(QString::fromLatin1(login));
        account(QStringLiteral("first"), true);
    }

    void logsInWithBoundCertificateAndPassword()
    {
        auto p = as(QStringLiteral("good"));
        const auto r = p.login(kGood);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(QStringLiteral("token")).toString().isEmpty());
        const auto acct = r.json.value(QStringLiteral("account")).toObject();
        QCOMPARE(acct.value(QStringLiteral("login")).toString(), QStringLiteral("good"));
        QCOMPARE(acct.value(QStringLiteral("roles")).toArray().first().toString(), QStringLiteral("clerk"));
        QCOMPARE(r.json.value(QStringLiteral("mustChangePassword")).toBool(), false);
        QCOMPARE(r.json.value(QStringLiteral("idleTimeoutSeconds")).toInt(), 30 * 60);
        QCOMPARE(p.get(kSession).status, 200);
        QVERIFY(auditActions(QStringLiteral("good")).contains(QStringLiteral("auth.login:ok")));
    }

    void passwordPolicyIsReadableEvenBeforeTheChange()
    {
        auto p = as(QStringLiteral("first"));
        // "first" may still have to change its password; the policy must be readable then.
        p.login(kGood);
        const auto r = p.get(QStringLiteral("/api/v1/password-policy"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("minLength")).toInt(), 10);
        QCOMPARE(r.json.value(QStringLiteral("lockoutThreshold")).toInt(), 5);
    }

    void tokenIsStoredOnlyHashed()
    {
        auto p = as(QStringLiteral("good"));
        const QString token = p.login(kGood).json.value(QStringLiteral("token")).toString();
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = ?"));
        q.addBindValue(token);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void wrongPasswordIsRefusedWithRemainingAttempts()
    {
        auto p = as(QStringLiteral("wrong"));
        const auto r = p.login(QStringLiteral("Not#the1password"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("BAD_PASSWORD"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("密码错误")));
        QCOMPARE(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("remainingAttempts")]
                .toInt(),
            4);
        QVERIFY(auditActions(QStringLiteral("wrong")).contains(QStringLiteral("auth.login:failed")));
    }

    void unboundCertificateIsRefused()
    {
        auto p = as(QStringLiteral("unbound"));
        const auto r = p.login(kGood);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("CERTIFICATE_UNKNOWN"));
    }

    void locksAfterRepeatedFailuresAndUnlocksAfterLockoutTime()
    {
        auto p = as(QStringLiteral("locker"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(p.login(QStringLiteral("Bad#pass%1word").arg(i)).errorCode(),
                     QStringLiteral("BAD_PASSWORD"));
        QCOMPARE(p.login(QStringLiteral("Bad#pass5word")).errorCode(), QStringLiteral("ACCOUNT_LOCKED"));
        // Locked: even the right password is refused.
        const auto locked = p.login(kGood);
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.errorCode(), QStringLiteral("ACCOUNT_LOCKED"));
        QVERIFY(
            !locked.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("lockedUntil")]
                 .toString()
                 .isEmpty());
        QVERIFY(auditActions(QStringLiteral("locker")).contains(QStringLiteral("auth.lock:ok")));
        m_server->advanceClock(31 * 60);
        QCOMPARE(p.login(kGood).status, 200);
    }

    void firstLoginForcesPasswordChange()
    {
        auto p = as(QStringLiteral("first"));
        const auto r = p.login(kGood);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("mustChangePassword")).toBool(), true);
        // Until the change, nothing but the session and password endpoints answers.
        QCOMPARE(p.get(QStringLiteral("/api/v1/session")).status, 200);

        const auto weak = p.post(kPassword, {{QStringLiteral("oldPassword"), kGood},
                                             {QStringLiteral("newPassword"), QStringLiteral("short1!")}});
        QCOMPARE(weak.status, 422);
        QCOMPARE(weak.errorCode(), QStringLiteral("PASSWORD_POLICY"));
        QVERIFY(weak.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("problems")]
                    .toArray()
                    .contains(QStringLiteral("TOO_SHORT")));

        const auto noSpecial =
            p.post(kPassword, {{QStringLiteral("oldPassword"), kGood},
                               {QStringLiteral("newPassword"), QStringLiteral("abcdefgh1234")}});
        QCOMPARE(noSpecial.errorCode(), QStringLiteral("PASSWORD_POLICY"));

        const auto same = p.post(
            kPassword, {{QStringLiteral("oldPassword"), kGood}, {QStringLiteral("newPassword"), kGood}});
        QCOMPARE(same.errorCode(), QStringLiteral("PASSWORD_REUSED"));

        const auto wrongOld =
            p.post(kPassword, {{QStringLiteral("oldPassword"), QStringLiteral("Wrong#old123")},
                               {QStringLiteral("newPassword"), QStringLiteral("Brand#new2026pw")}});
        QCOMPARE(wrongOld.errorCode(), QStringLiteral("BAD_PASSWORD"));

        const auto ok =
            p.post(kPassword, {{QStringLiteral("oldPassword"), kGood},
                               {QStringLiteral("newPassword"), QStringLiteral("Brand#new2026pw")}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QStringLiteral("mustChangePassword")).toBool(), false);

        auto again = as(QStringLiteral("first"));
        QCOMPARE(again.login(kGood).errorCode(), QStringLiteral("BAD_PASSWORD"));
        const auto fresh = again.login(QStringLiteral("Brand#new2026pw"));
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.json.value(QStringLiteral("mustChangePassword")).toBool(), false);
        QVERIFY(auditActions(QStringLiteral("first")).contains(QStringLiteral("auth.password_change:ok")));
    }

    void idleSessionExpires()
    {
        auto p = as(QStringLiteral("idle"));
        QCOMPARE(p.login(kGood).status, 200);
        m_server->advanceClock(29 * 60);
        QCOMPARE(p.get(kSession).status, 200); // activity refreshes the idle timer
        m_server->advanceClock(29 * 60);
        QCOMPARE(p.get(kSession).status, 200);
        m_server->advanceClock(31 * 60);
        const auto r = p.get(kSession);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("SESSION_EXPIRED"));
        QCOMPARE(p.get(kSession).errorCode(), QStringLiteral("UNAUTHENTICATED")); // ended for good
    }

    void tokenOnlyWorksWithTheCertificateThatMadeIt()
    {
        auto owner = as(QStringLiteral("good"));
        const QString token = owner.login(kGood).json.value(QStringLiteral("token")).toString();
        auto thief = as(QStringLiteral("other"));
        thief.setToken(token);
        const auto r = thief.get(kSession);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("CERTIFICATE_MISMATCH"));
    }

    void logoutEndsTheSession()
    {
        auto p = as(QStringLiteral("good"));
        QCOMPARE(p.login(kGood).status, 200);
        QCOMPARE(p.del(kSession).status, 204);
        QCOMPARE(p.get(kSession).errorCode(), QStringLiteral("UNAUTHENTICATED"));
    }

    void disabledAccountIsRefused()
    {
        auto p = as(QStringLiteral("gone"));
        QCOMPARE(p.login(kGood).status, 200);
        {
            // The admin console (a later issue) disables accounts; here the row is changed directly.
            QSqlDatabase db = m_server->server().database().connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE accounts SET status = 'disabled' WHERE login = 'gone'")));
        }
        QCOMPARE(p.get(kSession).errorCode(), QStringLiteral("ACCOUNT_DISABLED"));
        auto again = as(QStringLiteral("gone"));
        QCOMPARE(again.login(kGood).errorCode(), QStringLiteral("ACCOUNT_DISABLED"));
    }

    void requestWithoutTokenIsUnauthenticated()
    {
        auto p = as(QStringLiteral("good"));
        const auto r = p.get(kSession);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("UNAUTHENTICATED"));
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void malformedAndOversizedBodiesGetSpecificErrors()
    {
        auto p = as(QStringLiteral("limits"));
        const auto bad = p.send("POST", kSession, "{not json");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("INVALID_JSON"));
        const auto empty = p.post(kSession, {});
        QCOMPARE(empty.status, 422);
        QCOMPARE(empty.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(empty.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                     .toString(),
                 QStringLiteral("password"));
        const auto huge = p.send("POST", kSession, QByteArray(2 * 1024 * 1024, 'x'));
        QCOMPARE(huge.status, 413);
        QCOMPARE(huge.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
        const auto method = p.send("PUT", kHealth, {});
        QCOMPARE(method.status, 405);
    }

    void auditChainVerifiesAfterAllOfThis()
    {
        QSqlDatabase db = m_server->server().database().connection();
        const auto v = cp::server::AuditLog::verify(db);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QVERIFY(v.entries > 20);
    }
};

QTEST_MAIN(TestServerAuth)
#include "test_server_auth.moc"
