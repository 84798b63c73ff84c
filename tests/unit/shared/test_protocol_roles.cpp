// Wire protocol (/api/v1 JSON shapes, error table) and roles (SPEC §1; seed 004 附件2 §3,
// §10: 安全管理员、系统管理员、安全审计员 are held by different people).
#include "Protocol.h"
#include "Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cp;
using namespace cp::protocol;

namespace {

QSet<QString> keySet(const QJsonObject& o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QList<ErrorCode> allErrorCodes()
{
    QList<ErrorCode> out;
    for (int i = 0; i <= int(ErrorCode::SamePerson); ++i) // the last enumerator
        out.append(ErrorCode(i));
    return out;
}

/// Serialises to text and back, as a body travels.
QJsonObject throughText(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

QSet<Role> rolesFromCodes(const QStringList& codes)
{
    QSet<Role> roles;
    for (const QString& c : codes)
        roles.insert(roleFromCode(c).value());
    return roles;
}

QStringList moduleCodes(const QList<Module>& modules)
{
    QStringList out;
    for (Module m : modules)
        out.append(moduleCode(m));
    return out;
}

// 2026-11-25 16:30:00.123 in UTC+8, i.e. 08:30:00.123Z.
QDateTime beijingAfternoon()
{
    return QDateTime(QDate(2026, 11, 25), QTime(16, 30, 0, 123), Qt::OffsetFromUTC, 8 * 3600);
}

} // namespace

class TestProtocolRoles : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void errorWireCodesAreUniqueAndRoundTrip();
    void errorCodesMapToDocumentedStatuses();
    void apiErrorRoundTripsAndOmitsEmptyDetails();
    void apiErrorRefusesOtherShapes_data();
    void apiErrorRefusesOtherShapes();
    void wireTimeIsUtcWithMilliseconds();
    void healthAndLoginRoundTrip();
    void sessionRoundTripsWithAccount();
    void passwordChangeRoundTrips();

    void roleCodesRoundTrip();
    void modulesFollowRoles_data();
    void modulesFollowRoles();
    void refusesSeparatedRolePairs_data();
    void refusesSeparatedRolePairs();
    void allowsOtherCombinations_data();
    void allowsOtherCombinations();
};

void TestProtocolRoles::errorWireCodesAreUniqueAndRoundTrip()
{
    const auto codes = allErrorCodes();
    QCOMPARE(codes.size(), 30);
    static const QRegularExpression upperSnake(QStringLiteral("^[A-Z]+(_[A-Z]+)*$"));
    QSet<QString> wires;
    for (ErrorCode c : codes) {
        const QString wire = errorCodeString(c);
        QVERIFY2(upperSnake.match(wire).hasMatch(), qPrintable(wire));
        QVERIFY2(!wires.contains(wire), qPrintable(wire));
        wires.insert(wire);
        QCOMPARE(errorCodeFromString(wire), std::optional(c));
        QVERIFY(!errorMessageZh(c).isEmpty());
        QVERIFY(httpStatusFor(c) >= 400 && httpStatusFor(c) <= 599);
    }
    QVERIFY(!errorCodeFromString(QStringLiteral("bad_password")).has_value());
    QVERIFY(!errorCodeFromString(QStringLiteral("NO_SUCH_CODE")).has_value());
    QVERIFY(!errorCodeFromString(QString()).has_value());
}

void TestProtocolRoles::errorCodesMapToDocumentedStatuses()
{
    QCOMPARE(errorCodeString(ErrorCode::BadPassword), QStringLiteral("BAD_PASSWORD"));
    QCOMPARE(errorCodeString(ErrorCode::PasswordChangeRequired), QStringLiteral("PASSWORD_CHANGE_REQUIRED"));
    QCOMPARE(httpStatusFor(ErrorCode::Unauthenticated), 401);
    QCOMPARE(httpStatusFor(ErrorCode::SessionExpired), 401);
    QCOMPARE(httpStatusFor(ErrorCode::Forbidden), 403);
    QCOMPARE(httpStatusFor(ErrorCode::SamePerson), 403); // issue 11 finding 10
    QCOMPARE(errorCodeString(ErrorCode::SamePerson), QStringLiteral("SAME_PERSON"));
    QCOMPARE(httpStatusFor(ErrorCode::NotFound), 404);
    QCOMPARE(httpStatusFor(ErrorCode::AccountLocked), 423);
    QCOMPARE(httpStatusFor(ErrorCode::TooManyAttempts), 429);
    QCOMPARE(httpStatusFor(ErrorCode::ValidationFailed), 422);
    QCOMPARE(httpStatusFor(ErrorCode::Internal), 500);
    QCOMPARE(httpStatusFor(ErrorCode::RateLimited), 429);
    QCOMPARE(errorCodeString(ErrorCode::RateLimited), QStringLiteral("RATE_LIMITED"));
    QCOMPARE(errorCodeString(ErrorCode::PasswordResetPending), QStringLiteral("PASSWORD_RESET_PENDING"));
    QCOMPARE(httpStatusFor(ErrorCode::PasswordResetPending), 403);
}

void TestProtocolRoles::apiErrorRoundTripsAndOmitsEmptyDetails()
{
    const ApiError locked{
        errorCodeString(ErrorCode::AccountLocked), errorMessageZh(ErrorCode::AccountLocked),
        QJsonObject{{QStringLiteral("lockedUntil"), QStringLiteral("2026-11-25T09:00:00.000Z")}}};
    const QJsonObject body = throughText(locked.toJson());
    const auto back = ApiError::fromJson(body);
    QVERIFY(back.has_value());
    QCOMPARE(back->code, locked.code);
    QCOMPARE(back->message, locked.message);
    QCOMPARE(back->details, locked.details);

    const ApiError plain{QStringLiteral("NOT_FOUND"), QString::fromUtf8("请求的资源不存在。"), {}};
    const QJsonObject e = plain.toJson().value(QStringLiteral("error")).toObject();
    QVERIFY(!e.contains(QStringLiteral("details")));
    QCOMPARE(ApiError::fromJson(plain.toJson())->details, QJsonObject{});
}

void TestProtocolRoles::apiErrorRefusesOtherShapes_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("empty object") << QJsonObject{};
    QTest::newRow("error is a string")
        << QJsonObject{{QStringLiteral("error"), QStringLiteral("BAD_REQUEST")}};
    QTest::newRow("no code") << QJsonObject{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("x")}}}};
    QTest::newRow("code not a string")
        << QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 400}}}};
    QTest::newRow("success body") << QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}};
}

void TestProtocolRoles::apiErrorRefusesOtherShapes()
{
    QFETCH(QJsonObject, body);
    QVERIFY(!ApiError::fromJson(body).has_value());
}

void TestProtocolRoles::wireTimeIsUtcWithMilliseconds()
{
    QCOMPARE(toWireTime(beijingAfternoon()), QStringLiteral("2026-11-25T08:30:00.123Z"));
    const QDateTime back = fromWireTime(QStringLiteral("2026-11-25T08:30:00.123Z"));
    QCOMPARE(back, beijingAfternoon());
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QCOMPARE(toWireTime(QDateTime()), QString());
    QVERIFY(!fromWireTime(QStringLiteral("yesterday")).isValid());
    QVERIFY(!fromWireTime(QString()).isValid());
}

void TestProtocolRoles::healthAndLoginRoundTrip()
{
    const HealthInfo health{QStringLiteral("ok"), QStringLiteral("0.1.0"), beijingAfternoon()};
    const HealthInfo h = HealthInfo::fromJson(throughText(health.toJson()));
    QCOMPARE(h.status, health.status);
    QCOMPARE(h.version, health.version);
    QCOMPARE(h.serverTime, health.serverTime);

    const LoginRequest withDesk{QStringLiteral("S3cret!pass"), QString::fromUtf8("3号窗口")};
    const LoginRequest l = LoginRequest::fromJson(throughText(withDesk.toJson()));
    QCOMPARE(l.password, withDesk.password);
    QCOMPARE(l.workstation, withDesk.workstation);
    const LoginRequest bare{QStringLiteral("S3cret!pass"), {}};
    QVERIFY(!bare.toJson().contains(QStringLiteral("workstation")));
}

void TestProtocolRoles::sessionRoundTripsWithAccount()
{
    SessionInfo s;
    s.token = QStringLiteral("abc123");
    s.account.id = 9007199254740991LL; // largest integer a JSON double carries exactly
    s.account.login = QStringLiteral("zhangsan");
    s.account.fullName = QString::fromUtf8("张三");
    s.account.unit = QString::fromUtf8("市信用中心");
    s.account.regionCode = QStringLiteral("330100");
    s.account.roles = QStringList{roleCode(Role::WindowClerk), roleCode(Role::CreditOfficer)};
    s.account.passwordChangedAt = beijingAfternoon();
    s.mustChangePassword = true;
    s.idleTimeoutSeconds = 1800;
    s.expiresAt = beijingAfternoon().addSecs(1800);

    const QJsonObject o = throughText(s.toJson());
    QCOMPARE(o.value(QStringLiteral("account")).toObject().value(QStringLiteral("roles")).toArray().size(),
             2);
    const SessionInfo b = SessionInfo::fromJson(o);
    QCOMPARE(b.token, s.token);
    QCOMPARE(b.account.id, s.account.id);
    QCOMPARE(b.account.login, s.account.login);
    QCOMPARE(b.account.fullName, s.account.fullName);
    QCOMPARE(b.account.unit, s.account.unit);
    QCOMPARE(b.account.regionCode, s.account.regionCode);
    QCOMPARE(b.account.roles, s.account.roles);
    QCOMPARE(b.account.passwordChangedAt, s.account.passwordChangedAt);
    QCOMPARE(b.mustChangePassword, true);
    QCOMPARE(b.idleTimeoutSeconds, 1800);
    QCOMPARE(b.expiresAt, s.expiresAt);

    // GET /api/v1/session replies without the token.
    s.token.clear();
    QVERIFY(!s.toJson().contains(QStringLiteral("token")));
}

void TestProtocolRoles::passwordChangeRoundTrips()
{
    const PasswordChangeRequest r{QStringLiteral("Old-pass-123"), QString::fromUtf8("新密码#2026abc")};
    const QJsonObject o = throughText(r.toJson());
    QCOMPARE(keySet(o), (QSet<QString>{QStringLiteral("oldPassword"), QStringLiteral("newPassword")}));
    const PasswordChangeRequest b = PasswordChangeRequest::fromJson(o);
    QCOMPARE(b.oldPassword, r.oldPassword);
    QCOMPARE(b.newPassword, r.newPassword);
}

void TestProtocolRoles::roleCodesRoundTrip()
{
    const QList<Role> roles = allRoles();
    QCOMPARE(roles.size(), 8);
    QSet<QString> codes;
    QSet<QString> names;
    for (Role r : roles) {
        QCOMPARE(roleFromCode(roleCode(r)), std::optional(r));
        codes.insert(roleCode(r));
        names.insert(roleNameZh(r));
    }
    QCOMPARE(codes.size(), roles.size());
    QCOMPARE(names.size(), roles.size());
    QCOMPARE(roleCode(Role::WindowClerk), QStringLiteral("clerk"));
    QCOMPARE(roleNameZh(Role::SecurityAuditor), QString::fromUtf8("安全审计员"));
    QVERIFY(!roleFromCode(QStringLiteral("CLERK")).has_value());
    QVERIFY(!roleFromCode(QStringLiteral("root")).has_value());
    QVERIFY(!roleFromCode(QString()).has_value());
}

void TestProtocolRoles::modulesFollowRoles_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("modules"); // in navigation order
    QTest::newRow("none") << QStringList{} << QStringList{};
    QTest::newRow("clerk") << QStringList{"clerk"} << QStringList{"walkin", "disputes"};
    QTest::newRow("department") << QStringList{"department"} << QStringList{"department"};
    QTest::newRow("officer") << QStringList{"officer"} << QStringList{"department", "disputes", "approvals"};
    QTest::newRow("archivist") << QStringList{"archivist"} << QStringList{"archives", "media"};
    QTest::newRow("approver") << QStringList{"approver"} << QStringList{"approvals"};
    QTest::newRow("sysadmin") << QStringList{"sysadmin"} << QStringList{"admin"};
    QTest::newRow("secadmin") << QStringList{"secadmin"} << QStringList{"security"};
    QTest::newRow("auditor") << QStringList{"auditor"} << QStringList{"audit"};
    QTest::newRow("clerk + officer, no duplicates")
        << QStringList{"officer", "clerk"} << QStringList{"walkin", "department", "disputes", "approvals"};
}

void TestProtocolRoles::modulesFollowRoles()
{
    QFETCH(QStringList, roles);
    QFETCH(QStringList, modules);
    QCOMPARE(moduleCodes(modulesFor(rolesFromCodes(roles))), modules);
}

void TestProtocolRoles::refusesSeparatedRolePairs_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("pair");
    QTest::newRow("sysadmin + secadmin")
        << QStringList{"sysadmin", "secadmin"} << QStringList{"sysadmin", "secadmin"};
    QTest::newRow("sysadmin + auditor")
        << QStringList{"sysadmin", "auditor"} << QStringList{"sysadmin", "auditor"};
    QTest::newRow("secadmin + auditor")
        << QStringList{"secadmin", "auditor"} << QStringList{"secadmin", "auditor"};
    QTest::newRow("pair among business roles")
        << QStringList{"clerk", "auditor", "officer", "secadmin"} << QStringList{"secadmin", "auditor"};
    QTest::newRow("all three") << QStringList{"auditor", "secadmin", "sysadmin"}
                               << QStringList{"sysadmin", "secadmin"};
    // SPEC §1: the auditor does nothing else.
    QTest::newRow("auditor + clerk") << QStringList{"auditor", "clerk"} << QStringList{"auditor", "clerk"};
    QTest::newRow("auditor + approver")
        << QStringList{"approver", "auditor"} << QStringList{"auditor", "approver"};
    // Attack review (issue 11) finding 3: an administrator holds no business role.
    QTest::newRow("sysadmin + clerk") << QStringList{"clerk", "sysadmin"} << QStringList{"sysadmin", "clerk"};
    QTest::newRow("sysadmin + officer")
        << QStringList{"sysadmin", "officer"} << QStringList{"sysadmin", "officer"};
    QTest::newRow("sysadmin + approver")
        << QStringList{"approver", "sysadmin"} << QStringList{"sysadmin", "approver"};
    QTest::newRow("secadmin + department")
        << QStringList{"secadmin", "department"} << QStringList{"secadmin", "department"};
    QTest::newRow("secadmin + archivist")
        << QStringList{"archivist", "secadmin"} << QStringList{"secadmin", "archivist"};
    // Finding 10: the approver does not approve its own work (seed 003 附件1.五(七), 附件2.五(三);
    // seed 004 §13, §29).
    QTest::newRow("approver + archivist")
        << QStringList{"archivist", "approver"} << QStringList{"approver", "archivist"};
    QTest::newRow("approver + officer")
        << QStringList{"officer", "approver"} << QStringList{"approver", "officer"};
    QTest::newRow("approver + clerk") << QStringList{"clerk", "approver"} << QStringList{"approver", "clerk"};
}

void TestProtocolRoles::refusesSeparatedRolePairs()
{
    QFETCH(QStringList, roles);
    QFETCH(QStringList, pair);
    const auto conflict = findRoleConflict(rolesFromCodes(roles));
    QVERIFY(conflict.has_value());
    QCOMPARE(roleCode(conflict->first), pair[0]);
    QCOMPARE(roleCode(conflict->second), pair[1]);
}

void TestProtocolRoles::allowsOtherCombinations_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::newRow("none") << QStringList{};
    QTest::newRow("sysadmin alone") << QStringList{"sysadmin"};
    QTest::newRow("secadmin alone") << QStringList{"secadmin"};
    QTest::newRow("auditor alone") << QStringList{"auditor"};
    QTest::newRow("clerk + officer") << QStringList{"clerk", "officer"};
    QTest::newRow("approver + department") << QStringList{"approver", "department"};
    QTest::newRow("four business roles without the approver")
        << QStringList{"clerk", "department", "officer", "archivist"};
}

void TestProtocolRoles::allowsOtherCombinations()
{
    QFETCH(QStringList, roles);
    QVERIFY(!findRoleConflict(rolesFromCodes(roles)).has_value());
}

QTEST_APPLESS_MAIN(TestProtocolRoles)
#include "test_protocol_roles.moc"
