// Every route of /api/v1 with its access and roles (printed, so a review reads
// the whole surface in one place), and the rules the table must keep: deny by
// default — a route open to a bare certificate or to any logged-in account is
// listed here by name, so adding one is a decision someone has to write down;
// every route is reachable by its own path; literal segments win over {param}.
#include "Roles.h"
#include "domain/Clock.h"
#include "domain/backup/BackupService.h"
#include "http/ApiRoutes.h"
#include "store/Database.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp::server;

namespace {

QString describe(const Route& r)
{
    QStringList roles;
    for (cp::Role role : r.roles)
        roles.append(cp::roleCode(role));
    roles.sort();
    const char* access = r.access == Access::Certificate ? "certificate"
                         : r.access == Access::Session   ? "session"
                                                         : "password-change";
    return QStringLiteral("%1 %2  [%3] %4")
        .arg(QString::fromStdString(r.method), QString::fromStdString(r.path), QLatin1String(access),
             r.access == Access::Certificate
                 ? QStringLiteral("no account")
                 : (roles.isEmpty() ? QStringLiteral("any account") : roles.join(QLatin1Char(','))));
}

QString key(const Route& r)
{
    return QString::fromStdString(r.method + " " + r.path);
}

/// The path with every {param} filled in, as a client would send it.
std::string concrete(const std::string& path)
{
    std::string out;
    bool inParam = false;
    for (char c : path) {
        if (c == '{') {
            inParam = true;
            out += "7";
        } else if (c == '}') {
            inParam = false;
        } else if (!inParam) {
            out += c;
        }
    }
    return out;
}

} // namespace

class TestRouteTable : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<cp::store::Database> m_db;
    std::unique_ptr<BackupService> m_backups;
    SystemClock m_clock;
    RouteTable m_routes;

  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Opens nothing: the table only needs the services its handlers will call.
        m_db = std::make_unique<cp::store::Database>(
            cp::store::DatabaseConfig{m_dir.filePath(QStringLiteral("unused.db")), QByteArray(64, 'a')});
        m_backups = std::make_unique<BackupService>(*m_db, m_clock, BackupSettings{}, QByteArray(64, 'a'));
        m_routes = apiRoutes(*m_backups, QStringLiteral("test"));
        QVERIFY(m_routes.routes().size() > 50);
        for (const Route& r : m_routes.routes())
            qInfo().noquote() << describe(r);
    }

    void onlyTheLoginRoutesNeedNoSession()
    {
        const QSet<QString> open{QStringLiteral("GET /api/v1/health"), QStringLiteral("POST /api/v1/session"),
                                 QStringLiteral("POST /api/v1/session/password-reset")};
        QSet<QString> found;
        for (const Route& r : m_routes.routes()) {
            if (r.access != Access::Certificate)
                continue;
            QVERIFY2(open.contains(key(r)), qPrintable(QStringLiteral("unprotected route: ") + describe(r)));
            QVERIFY2(r.roles.isEmpty(), qPrintable(describe(r))); // roles need a session to be checked
            found.insert(key(r));
        }
        QCOMPARE(found, open);
    }

    void routesForAnyAccountAreListed()
    {
        // Any logged-in account, whatever its roles: its own session, the password policy,
        // verification of a printed document (SPEC §2), the working-day calendar, and the
        // archive reminders (each role sees its own).
        const QSet<QString> anyAccount{
            QStringLiteral("GET /api/v1/session"),           QStringLiteral("DELETE /api/v1/session"),
            QStringLiteral("GET /api/v1/password-policy"),   QStringLiteral("POST /api/v1/session/password"),
            QStringLiteral("POST /api/v1/reports/verify"),   QStringLiteral("GET /api/v1/calendar/{year}"),
            QStringLiteral("GET /api/v1/archives/reminders")};
        for (const Route& r : m_routes.routes()) {
            if (r.access == Access::Certificate || !r.roles.isEmpty())
                continue;
            QVERIFY2(anyAccount.contains(key(r)),
                     qPrintable(QStringLiteral("route open to every account: ") + describe(r)));
        }
    }

    void onlyPasswordRoutesAreOpenBeforeAPasswordChange()
    {
        for (const Route& r : m_routes.routes()) {
            if (r.access != Access::PasswordChange)
                continue;
            QVERIFY2(r.path == "/api/v1/session" || r.path == "/api/v1/session/password" ||
                         r.path == "/api/v1/password-policy",
                     qPrintable(describe(r)));
        }
    }

    void everyRouteIsReachedByItsOwnPath()
    {
        QSet<QString> seen;
        for (const Route& r : m_routes.routes()) {
            QVERIFY2(!seen.contains(key(r)), qPrintable(QStringLiteral("registered twice: ") + describe(r)));
            seen.insert(key(r));
            const auto m = m_routes.match(r.method, concrete(r.path));
            QVERIFY2(m.route, qPrintable(describe(r)));
            // A literal route of the same shape may take the concrete path ("…/7" never is one).
            QVERIFY2(m.route == &r || m.route->path != r.path,
                     qPrintable(QStringLiteral("shadowed: ") + describe(r)));
            QCOMPARE(QString::fromStdString(m.route->path), QString::fromStdString(r.path));
        }
    }

    void literalSegmentsWinWhateverTheOrder()
    {
        for (bool literalFirst : {false, true}) {
            RouteTable t;
            const Route param{"GET", "/api/v1/things/{id}", Access::Session, {}, nullptr};
            const Route literal{"GET", "/api/v1/things/verify", Access::Session, {}, nullptr};
            const Route deeper{"GET", "/api/v1/things/{id}/parts", Access::Session, {}, nullptr};
            if (literalFirst)
                t.add(literal);
            t.add(param);
            t.add(deeper);
            if (!literalFirst)
                t.add(literal);
            const auto verify = t.match("GET", "/api/v1/things/verify");
            QVERIFY(verify.route);
            QCOMPARE(verify.route->path, std::string("/api/v1/things/verify"));
            QVERIFY(verify.params.isEmpty());
            const auto byId = t.match("GET", "/api/v1/things/42");
            QVERIFY(byId.route);
            QCOMPARE(byId.route->path, std::string("/api/v1/things/{id}"));
            QCOMPARE(byId.params.value(QStringLiteral("id")), QStringLiteral("42"));
            QCOMPARE(t.match("GET", "/api/v1/things/42/parts").route->path,
                     std::string("/api/v1/things/{id}/parts"));
            const auto wrongMethod = t.match("POST", "/api/v1/things/verify");
            QVERIFY(!wrongMethod.route);
            QVERIFY(wrongMethod.pathKnown);
            QVERIFY(!t.match("GET", "/api/v1/other").pathKnown);
        }
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "test_route_table.moc"
