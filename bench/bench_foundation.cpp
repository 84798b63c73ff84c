// Foundation figures: TLS handshake + health round trip, login (scrypt)
// latency, authenticated request latency, audit verification speed.
// Prints numbers; asserts nothing about time.
#include "HttpsProbe.h"
#include "TestServer.h"
#include "app/CreditServer.h"
#include "domain/audit/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cp::test;

namespace {

void report(const char* what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    std::printf("%-40s n=%4zu  mean %8.2f ms  p50 %8.2f ms  p95 %8.2f ms\n", what, ms.size(),
                sum / double(ms.size()), ms[ms.size() / 2], ms[ms.size() * 95 / 100]);
}

template <class F> std::vector<double> time(int n, F&& f)
{
    std::vector<double> out;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        out.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestServer server({QStringLiteral("bench")});
    if (!server.isRunning()) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString pw = QStringLiteral("Bench#2026pass");
    AccountSpec spec;
    spec.login = QStringLiteral("bench");
    spec.roles = {QStringLiteral("clerk")};
    spec.password = pw;
    server.createAccount(spec);
    HttpsProbe probe(server.baseUrl(), server.pki().caCert(), server.pki().userP12(QStringLiteral("bench")),
                     server.pki().p12Password);

    report("new TLS connection + GET /health",
           time(50, [&] { probe.get(QStringLiteral("/api/v1/health")); }));
    report("login (handshake + scrypt + audit)", time(20, [&] { probe.login(pw); }));
    report("GET /session (handshake + token check)",
           time(50, [&] { probe.get(QStringLiteral("/api/v1/session")); }));

    QSqlDatabase db = server.server().database().connection();
    for (int i = 0; i < 20000; ++i) {
        cp::store::Transaction tx(db);
        cp::server::AuditLog::append(db, server.now(),
                                     {{std::nullopt, QStringLiteral("bench"), {}, {}},
                                      QStringLiteral("bench.event"),
                                      QStringLiteral("subject:%1").arg(i),
                                      QStringLiteral("ok"),
                                      {}});
        tx.commit();
    }
    QElapsedTimer t;
    t.start();
    const auto v = cp::server::AuditLog::verify(db);
    std::printf("%-40s %lld entries in %lld ms (%s)\n", "verify audit chain",
                static_cast<long long>(v.entries), static_cast<long long>(t.elapsed()),
                v.ok ? "ok" : "BROKEN");
    return 0;
}
