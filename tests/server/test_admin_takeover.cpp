// Attack review (issue 11) finding 3 over real mutual TLS: the system administrator took
// over the security administrator and the auditor (a reset answered the one-time password,
// any CA certificate could be bound to any account, and an administrator could be given
// business roles). Each attack is performed here and must fail:
// - a reset or a certificate binding of an administrator's account by the system admin
//   alone changes nothing; it takes effect only when an administrator of another post,
//   neither the requester nor the holder, confirms it (seed 004 附件2 §3, §10, §15);
// - a reset shows no password to anyone: the holder chooses one at the next login, from a
//   bound certificate, within 24 hours (seed 004 §20–21);
// - an administrator role is never combined with a business role, nor the approver with the
//   clerk, officer or archivist whose work it approves (finding 10; seed 003 附件1.五(七),
//   附件2.五(三); seed 004 §13, §29).
// Finding 17: PUT /admin/policy refuses what it used to coerce; account search matches % and _
// as typed.
#include "AdminFixture.h"
#include "Protocol.h"

using namespace cp::test;

namespace {
const QString kApi = QStringLiteral("/api/v1/admin");
const QString kNewPassword = QStringLiteral("Chosen#Secret2026");

QString reasonOf(const ProbeReply& r)
{
    return r.json.value("error").toObject().value("details").toObject().value("reason").toString();
}
QString fieldOf(const ProbeReply& r)
{
    return r.json.value("error").toObject().value("details").toObject().value("field").toString();
}
QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestAdminTakeover : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    TestServer& s() { return *m_server; }
    qint64 account(const QString& login, const QStringList& roles)
    {
        return s().createAccount({login, login + QStringLiteral("同志"), roles, kAdminPassword,
                                  QStringLiteral("360200"), login, false});
    }
    qint64 id(const QString& login) { return accountId(s(), login); }
    QHash<QString, QString> m_passwords; // those changed by a test
    /// Logged in as login with its current password.
    HttpsProbe as(const QString& login)
    {
        HttpsProbe p = probeFor(s(), login);
        const auto r = p.login(m_passwords.value(login, kAdminPassword));
        if (r.status != 200)
            qWarning("login of %s failed: %s", qPrintable(login), qPrintable(r.errorCode()));
        return p;
    }
    ProbeReply confirm(const QString& login, qint64 request)
    {
        return as(login).post(kApi + QStringLiteral("/requests/%1/confirm").arg(request), {});
    }
    int resets(const QString& login)
    {
        return scalar(s(), QStringLiteral("SELECT COUNT(*) FROM password_resets WHERE account_id = ?"),
                      {id(login)})
            .toInt();
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
            QStringList{QStringLiteral("sys"), QStringLiteral("sys2"), QStringLiteral("sec"),
                        QStringLiteral("aud"), QStringLiteral("sys-spare"), QStringLiteral("aud-new"),
                        QStringLiteral("clerk"), QStringLiteral("clerk2"), QStringLiteral("stranger"),
                        QStringLiteral("ward_x1"), QStringLiteral("wardax1"), QStringLiteral("target")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        account(QStringLiteral("sys"), {QStringLiteral("sysadmin")});
        account(QStringLiteral("sys2"), {QStringLiteral("sysadmin")});
        account(QStringLiteral("sec"), {QStringLiteral("secadmin")});
        account(QStringLiteral("aud"), {QStringLiteral("auditor")});
        for (const char* login : {"clerk", "clerk2", "ward_x1", "wardax1", "target"})
            account(QLatin1String(login), {QStringLiteral("clerk")});
    }

    // Finding 3: the system administrator resets the security administrator alone.
    void systemAdminAloneCannotResetTheSecurityAdmin()
    {
        auto sys = as(QStringLiteral("sys"));
        const auto r = sys.post(kApi + QStringLiteral("/accounts/%1/password-reset").arg(id("sec")), {});
        QCOMPARE(r.status, 202);
        QVERIFY(!r.json.contains("initialPassword"));
        const auto pending = r.json.value("pendingRequest").toObject();
        QCOMPARE(pending.value("kind").toString(), QStringLiteral("password_reset"));
        QCOMPARE(pending.value("status").toString(), QStringLiteral("pending"));
        const qint64 request = pending.value("id").toInteger();
        // Nothing changed: the security admin still logs in with their own password.
        QCOMPARE(resets(QStringLiteral("sec")), 0);
        QCOMPARE(as(QStringLiteral("sec")).get(QStringLiteral("/api/v1/session")).status, 200);
        // A second request for the same change is not queued twice.
        QCOMPARE(reasonOf(sys.post(kApi + QStringLiteral("/accounts/%1/password-reset").arg(id("sec")), {})),
                 QStringLiteral("REQUEST_PENDING"));
        // Not confirmed by the requester, a colleague of the same post, or the holder.
        const int denied = auditCount(s(), QStringLiteral("admin_request.confirm"), QStringLiteral("denied"));
        QCOMPARE(reasonOf(confirm(QStringLiteral("sys"), request)), QStringLiteral("SAME_PERSON"));
        QCOMPARE(reasonOf(confirm(QStringLiteral("sys2"), request)), QStringLiteral("SAME_POST"));
        QCOMPARE(reasonOf(confirm(QStringLiteral("sec"), request)), QStringLiteral("SELF"));
        QCOMPARE(auditCount(s(), QStringLiteral("admin_request.confirm"), QStringLiteral("denied")),
                 denied + 3);
        QCOMPARE(resets(QStringLiteral("sec")), 0);
        // The auditor sees it and confirms (seed 004 附件2 §10(2): supervises the administrators).
        auto aud = as(QStringLiteral("aud"));
        const auto list = aud.get(kApi + QStringLiteral("/requests"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value("items").toArray().first().toObject().value("targetLogin").toString(),
                 QStringLiteral("sec"));
        const auto ok = aud.post(kApi + QStringLiteral("/requests/%1/confirm").arg(request), {});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value("status").toString(), QStringLiteral("confirmed"));
        QCOMPARE(ok.json.value("decidedByLogin").toString(), QStringLiteral("aud"));
        QCOMPARE(resets(QStringLiteral("sec")), 1);
        QCOMPARE(probeFor(s(), QStringLiteral("sec")).login(kAdminPassword).errorCode(),
                 QStringLiteral("PASSWORD_RESET_PENDING"));
        QVERIFY(
            scalar(s(), QStringLiteral("SELECT detail FROM audit_log WHERE action = 'account.password_reset' "
                                       "AND outcome = 'ok' ORDER BY seq DESC"))
                .toString()
                .contains(QStringLiteral("confirmed by aud")));
        // Only the holder, with their certificate, sets the new password.
        QCOMPARE(probeFor(s(), QStringLiteral("sec"))
                     .post(QStringLiteral("/api/v1/session/password-reset"), {{"newPassword", kNewPassword}})
                     .status,
                 204);
        QCOMPARE(probeFor(s(), QStringLiteral("sec")).login(kNewPassword).status, 200);
        m_passwords.insert(QStringLiteral("sec"), kNewPassword);
        QCOMPARE(confirm(QStringLiteral("aud"), request).errorCode(), QStringLiteral("INVALID_STATE"));
    }

    // Finding 3: the system administrator binds a certificate of their own to the auditor's account.
    void systemAdminAloneCannotBindACertificateToTheAuditor()
    {
        auto sys = as(QStringLiteral("sys"));
        const auto r =
            sys.post(kApi + QStringLiteral("/accounts/%1/certificates").arg(id("aud")),
                     {{"certificate", fileBase64(s().pki().userCert(QStringLiteral("sys-spare")))}});
        QCOMPARE(r.status, 202);
        const auto pending = r.json.value("pendingRequest").toObject();
        QVERIFY(pending.value("certificate").toObject().value("subject").toString().contains("sys-spare"));
        const qint64 request = pending.value("id").toInteger();
        // Not bound: the spare certificate opens no account.
        QCOMPARE(probeFor(s(), QStringLiteral("sys-spare")).login(kAdminPassword).errorCode(),
                 QStringLiteral("CERTIFICATE_UNKNOWN"));
        QCOMPARE(r.json.value("account").toObject().value("certificates").toArray().size(), 1);
        // The security admin asks the auditor, sees it is not the auditor's certificate, rejects.
        auto sec = as(QStringLiteral("sec"));
        QCOMPARE(sec.post(kApi + QStringLiteral("/requests/%1/reject").arg(request), {}).status, 422);
        auto rejected = sec.post(kApi + QStringLiteral("/requests/%1/reject").arg(request),
                                 {{"reason", QStringLiteral("不是审计员本人的证书")}});
        QCOMPARE(rejected.status, 200);
        QCOMPARE(rejected.json.value("status").toString(), QStringLiteral("rejected"));
        QCOMPARE(confirm(QStringLiteral("sec"), request).errorCode(), QStringLiteral("INVALID_STATE"));
        QCOMPARE(probeFor(s(), QStringLiteral("sys-spare")).login(kAdminPassword).errorCode(),
                 QStringLiteral("CERTIFICATE_UNKNOWN"));
        QCOMPARE(auditCount(s(), QStringLiteral("admin_request.reject")), 1);
        // The auditor's own new certificate, confirmed by the security admin, is bound.
        const auto again =
            sys.post(kApi + QStringLiteral("/accounts/%1/certificates").arg(id("aud")),
                     {{"certificate", fileBase64(s().pki().userCert(QStringLiteral("aud-new")))}});
        QCOMPARE(again.status, 202);
        QCOMPARE(confirm(QStringLiteral("sec"),
                         again.json.value("pendingRequest").toObject().value("id").toInteger())
                     .status,
                 200);
        QCOMPARE(probeFor(s(), QStringLiteral("aud-new")).login(kAdminPassword).status, 200);
        // A business account is bound at once, as before.
        QCOMPARE(sys.post(kApi + QStringLiteral("/accounts/%1/certificates").arg(id("target")),
                          {{"certificate", fileBase64(s().pki().userCert(QStringLiteral("stranger")))}})
                     .status,
                 201);
    }

    // Finding 3: a reset shows no password; the holder chooses one from a bound certificate.
    void resetShowsNoPasswordAndTheHolderChoosesOne()
    {
        auto holder = as(QStringLiteral("clerk"));
        for (int i = 0; i < 5; ++i) // locked: the reset clears it
            probeFor(s(), QStringLiteral("clerk")).login(QStringLiteral("Wrong#pass123"));
        auto sys = as(QStringLiteral("sys"));
        const QDateTime before = s().now().addSecs(24 * 3600);
        const auto r = sys.post(kApi + QStringLiteral("/accounts/%1/password-reset").arg(id("clerk")), {});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains("initialPassword") && !r.json.contains("pendingRequest"));
        const auto account = r.json.value("account").toObject();
        const QDateTime until = cp::protocol::fromWireTime(account.value("passwordResetUntil").toString());
        QVERIFY(until >= before && until <= s().now().addSecs(24 * 3600)); // 24 h on the server's clock
        QCOMPARE(account.value("locked").toBool(), false);
        QCOMPARE(holder.get(QStringLiteral("/api/v1/session")).status, 401); // its session ended
        // The old password is not even looked at.
        const auto login = probeFor(s(), QStringLiteral("clerk")).login(kAdminPassword);
        QCOMPARE(login.errorCode(), QStringLiteral("PASSWORD_RESET_PENDING"));
        QVERIFY(login.json.value("error").toObject().value("details").toObject().contains("pendingUntil"));
        // Another certificate cannot choose it; the policy and the old password are checked.
        const QString path = QStringLiteral("/api/v1/session/password-reset");
        QCOMPARE(probeFor(s(), QStringLiteral("sys-spare"))
                     .post(path, {{"newPassword", kNewPassword}})
                     .errorCode(),
                 QStringLiteral("CERTIFICATE_UNKNOWN")); // bound to no account
        QCOMPARE(
            reasonOf(probeFor(s(), QStringLiteral("stranger")).post(path, {{"newPassword", kNewPassword}})),
            QStringLiteral("NO_RESET_PENDING")); // bound to "target", which was not reset
        auto own = probeFor(s(), QStringLiteral("clerk"));
        QCOMPARE(own.post(path, {{"newPassword", QStringLiteral("short")}}).errorCode(),
                 QStringLiteral("PASSWORD_POLICY"));
        QCOMPARE(own.post(path, {{"newPassword", kAdminPassword}}).errorCode(),
                 QStringLiteral("PASSWORD_REUSED"));
        QCOMPARE(own.post(path, {{"newPassword", kNewPassword}}).status, 204);
        const auto fresh = probeFor(s(), QStringLiteral("clerk")).login(kNewPassword);
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.json.value("mustChangePassword").toBool(), false);
        // Without a reset, a certificate alone never sets a password.
        const auto again = own.post(path, {{"newPassword", QStringLiteral("Another#Secret99")}});
        QCOMPARE(again.errorCode(), QStringLiteral("INVALID_STATE"));
        QCOMPARE(reasonOf(again), QStringLiteral("NO_RESET_PENDING"));
        QCOMPARE(auditCount(s(), QStringLiteral("auth.password_reset_complete"), QStringLiteral("denied")),
                 3);
        QCOMPARE(scalar(s(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?"),
                        {QStringLiteral("%") + kNewPassword + QStringLiteral("%")})
                     .toInt(),
                 0);
    }

    void expiredResetWindowIsRefused()
    {
        auto sys = as(QStringLiteral("sys"));
        QCOMPARE(sys.post(kApi + QStringLiteral("/accounts/%1/password-reset").arg(id("clerk2")), {}).status,
                 200);
        s().advanceClock(25 * 3600);
        QCOMPARE(probeFor(s(), QStringLiteral("clerk2")).login(kAdminPassword).errorCode(),
                 QStringLiteral("PASSWORD_RESET_EXPIRED"));
        QCOMPARE(probeFor(s(), QStringLiteral("clerk2"))
                     .post(QStringLiteral("/api/v1/session/password-reset"), {{"newPassword", kNewPassword}})
                     .errorCode(),
                 QStringLiteral("PASSWORD_RESET_EXPIRED"));
        // A new reset opens a new window.
        QCOMPARE(as(QStringLiteral("sys"))
                     .post(kApi + QStringLiteral("/accounts/%1/password-reset").arg(id("clerk2")), {})
                     .status,
                 200);
        QCOMPARE(probeFor(s(), QStringLiteral("clerk2"))
                     .post(QStringLiteral("/api/v1/session/password-reset"), {{"newPassword", kNewPassword}})
                     .status,
                 204);
    }

    // Finding 3 (and 10): as security admin, the same person gave the system admin business roles.
    void administratorRolesAreNeverCombinedWithBusinessRoles_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("roles");
        QTest::newRow("sysadmin + clerk") << "sys" << QStringList{"sysadmin", "clerk"};
        QTest::newRow("sysadmin + officer") << "sys" << QStringList{"sysadmin", "officer"};
        QTest::newRow("sysadmin + approver") << "sys" << QStringList{"sysadmin", "approver"};
        QTest::newRow("clerk account made sysadmin too") << "target" << QStringList{"clerk", "sysadmin"};
        QTest::newRow("secadmin + department") << "target" << QStringList{"secadmin", "department"};
        // seed 004 §29: the archivist registers a loan the approver approved; §13 media carry-out.
        QTest::newRow("archivist + approver") << "target" << QStringList{"archivist", "approver"};
        // seed 003 附件2.五(三): the officer's result is approved by the authority.
        QTest::newRow("officer + approver") << "target" << QStringList{"officer", "approver"};
        // seed 003 附件1.五(七): the window's extension is agreed by the authority.
        QTest::newRow("clerk + approver") << "target" << QStringList{"clerk", "approver"};
    }
    void administratorRolesAreNeverCombinedWithBusinessRoles()
    {
        QFETCH(QString, login);
        QFETCH(QStringList, roles);
        const int denied = auditCount(s(), QStringLiteral("account.roles"), QStringLiteral("denied"));
        const auto r =
            as(QStringLiteral("sec"))
                .send("PUT", kApi + QStringLiteral("/accounts/%1/roles").arg(id(login)),
                      json({{"roles", QJsonArray::fromStringList(roles)}, {"regionCode", "360200"}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(reasonOf(r), QStringLiteral("ROLE_CONFLICT"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("职责分离")), qPrintable(r.errorMessage()));
        QCOMPARE(auditCount(s(), QStringLiteral("account.roles"), QStringLiteral("denied")), denied + 1);
        QCOMPARE(scalar(s(), QStringLiteral("SELECT COUNT(*) FROM account_roles WHERE account_id = ?"),
                        {id(login)})
                     .toInt(),
                 1);
    }

    // Finding 17: a fraction or a string used to be coerced silently.
    void policyRefusesWhatItUsedToCoerce_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("fraction") << "minLength" << QJsonValue(12.5);
        QTest::newRow("number as text") << "lockoutThreshold" << QJsonValue(QStringLiteral("3"));
        QTest::newRow("negative") << "maxAgeDays" << QJsonValue(-30);
        QTest::newRow("huge") << "lockoutMinutes" << QJsonValue(1e12);
        QTest::newRow("null") << "idleTimeoutMinutes" << QJsonValue(QJsonValue::Null);
        QTest::newRow("flag as text") << "requireDigit" << QJsonValue(QStringLiteral("false"));
        QTest::newRow("flag as number") << "requireSpecial" << QJsonValue(0);
        QTest::newRow("flag missing") << "requireLetter" << QJsonValue(QJsonValue::Undefined);
    }
    void policyRefusesWhatItUsedToCoerce()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        auto sec = as(QStringLiteral("sec"));
        QJsonObject policy = sec.get(kApi + QStringLiteral("/policy")).json;
        const QJsonObject before = policy;
        if (value.isUndefined())
            policy.remove(key);
        else
            policy[key] = value;
        const auto r = sec.send("PUT", kApi + QStringLiteral("/policy"), json(policy));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(fieldOf(r), key);
        QCOMPARE(sec.get(kApi + QStringLiteral("/policy")).json, before);
    }

    // Finding 17: % and _ are matched as typed, not as wildcards.
    void accountSearchMatchesWildcardsLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("logins");
        QTest::newRow("underscore") << "d_x" << QStringList{"ward_x1"};
        QTest::newRow("percent") << "%" << QStringList{};
        QTest::newRow("escape character") << "\\" << QStringList{};
        QTest::newRow("plain") << "wardax" << QStringList{"wardax1"};
    }
    void accountSearchMatchesWildcardsLiterally()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, logins);
        const auto r = as(QStringLiteral("sys"))
                           .get(kApi + QStringLiteral("/accounts?q=") +
                                QString::fromLatin1(QUrl::toPercentEncoding(text)));
        QCOMPARE(r.status, 200);
        QStringList found;
        for (const auto& v : r.json.value("items").toArray())
            found << v.toObject().value("login").toString();
        QCOMPARE(found, logins);
    }

    // Runs last: moves the clock past a request's life.
    void unconfirmedRequestsLapse()
    {
        auto sys = as(QStringLiteral("sys"));
        const auto r = sys.post(kApi + QStringLiteral("/accounts/%1/password-reset").arg(id("aud")), {});
        QCOMPARE(r.status, 202);
        const qint64 request = r.json.value("pendingRequest").toObject().value("id").toInteger();
        s().advanceClock(8 * 24 * 3600);
        const auto late = confirm(QStringLiteral("sec"), request);
        QCOMPARE(late.errorCode(), QStringLiteral("INVALID_STATE"));
        QCOMPARE(late.json.value("error").toObject().value("details").toObject().value("state").toString(),
                 QStringLiteral("expired"));
        QCOMPARE(resets(QStringLiteral("aud")), 0);
        // A lapsed request does not block a new one.
        QCOMPARE(as(QStringLiteral("sys"))
                     .post(kApi + QStringLiteral("/accounts/%1/password-reset").arg(id("aud")), {})
                     .status,
                 202);
    }
};

QTEST_GUILESS_MAIN(TestAdminTakeover)
#include "test_admin_takeover.moc"
