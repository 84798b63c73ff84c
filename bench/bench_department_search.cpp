// Department search and subject views on a large synthetic database (issue:
// "results come back quickly on 1,000,000 subjects"). Prints figures only.
//   bench_department_search [subjects=200000] [records=1000000]
#include "app/CreditServer.h"
#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/audit/AuditKey.h"
#include "domain/department/DepartmentService.h"
#include "domain/seed/SeedGenerator.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cp::server;

namespace {

template <class F> void measure(const char* what, int n, F&& f)
{
    std::vector<double> ms;
    int results = 0;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        results += f(i);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-34s n=%3d  p50 %8.2f ms  p95 %8.2f ms  max %8.2f ms  (avg %d results)\n", what, n,
                ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back(), results / n);
}

} // namespace

int main(int argc, char** argv)
try {
    QCoreApplication app(argc, argv);
    const qint64 subjects = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200000;
    const qint64 records = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    QTemporaryDir dir;
    SystemClock clock;
    // Every search is audited, and audit appends are keyed (issue 11 finding 4).
    cp::server::installAuditTrust({std::make_shared<const cp::server::AuditKey>(
                                       cp::store::generateKeyHex(), cp::server::AuditHash::Sha256),
                                   {}});
    auto db = openDatabase(dir.filePath(QStringLiteral("bench.db")), cp::store::generateKeyHex());
    QSqlDatabase conn = db->connection();
    SeedOptions opt;
    opt.subjects = subjects;
    opt.records = records;
    opt.seed = 7;
    opt.today = chinaDate(clock.now());
    const auto seeded = seedDatabase(conn, opt);
    std::printf("seeded %lld subjects, %lld records in %lld ms\n", static_cast<long long>(seeded.subjects),
                static_cast<long long>(seeded.records), static_cast<long long>(seeded.milliseconds));

    // A bench account to act as the viewer (the audit chain needs an actor).
    QSqlQuery q(conn);
    q.exec(QStringLiteral(
        "INSERT INTO accounts (login, full_name, region_code, password_hash, password_changed_at, "
        "created_at) "
        "VALUES ('bench', 'bench', '360200', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    const qint64 accountId = q.lastInsertId().toLongLong();
    QStringList ids, prefixes, fragments;
    QList<qint64> subjectIds;
    q.exec(QStringLiteral("SELECT id, id_number, name FROM subjects ORDER BY id LIMIT 2000"));
    while (q.next()) {
        subjectIds << q.value(0).toLongLong();
        ids << q.value(1).toString();
        const QString name = q.value(2).toString();
        prefixes << name.left(2);
        fragments << name.right(2); // "contains" needs at least two characters
    }
    q.finish();
    DepartmentService svc(conn, clock,
                          Viewer{accountId, QStringLiteral("bench"), QStringLiteral("bench"),
                                 QStringLiteral("360200"), false,
                                 AuditActor{accountId, QStringLiteral("bench"), {}, {}}});
    measure("search by ID (exact)", 200, [&](int i) {
        return int(svc.search(QStringLiteral("id"), ids[i * 7 % ids.size()], 1).items.size());
    });
    measure("search by name prefix (2 chars)", 200, [&](int i) {
        return int(svc.search(QStringLiteral("prefix"), prefixes[i * 7 % prefixes.size()], 1).items.size());
    });
    measure("search by name prefix, page 5", 50,
            [&](int i) { return int(svc.search(QStringLiteral("prefix"), prefixes[i], 5).items.size()); });
    measure("search by name contains (2 chars)", 20, [&](int i) {
        return int(
            svc.search(QStringLiteral("contains"), fragments[i * 13 % fragments.size()], 1).items.size());
    });
    measure("subject records view (A/C, city)", 200, [&](int i) {
        return int(
            svc.records(subjectIds[i * 7 % subjectIds.size()], QStringLiteral("licensing")).records.size());
    });
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "bench_department_search: %s\n", e.what());
    return 1;
}
