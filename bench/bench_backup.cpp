// Backup figures (seed 002 §18): time and size of an online encrypted backup
// (export + SHA-256 + verification) of a seeded database, the latency of
// writes committed meanwhile, and the time of a verified restore into a new file.
// Prints numbers; asserts nothing about time.
//   bench_backup [subjects=20000] [records=200000]
#include "app/CreditServer.h"
#include "domain/Clock.h"
#include "domain/Sql.h"
#include "domain/audit/AuditKey.h"
#include "domain/audit/AuditLog.h"
#include "domain/backup/BackupService.h"
#include "domain/seed/SeedGenerator.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace cp::server;

namespace {

void report(const char* what, std::vector<double> ms)
{
    if (ms.empty()) {
        std::printf("%-36s n=0\n", what);
        return;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-36s n=%5zu  p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", what, ms.size(),
                ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 subjects = argc > 1 ? QByteArray(argv[1]).toLongLong() : 20000;
    const qint64 records = argc > 2 ? QByteArray(argv[2]).toLongLong() : 200000;
    QTemporaryDir dir;
    const QByteArray key = cp::store::generateKeyHex();
    // Keyed audit appends (issue 11 finding 4); no checkpoint file in a benchmark.
    cp::server::installAuditTrust({std::make_shared<const cp::server::AuditKey>(
                                       cp::store::generateKeyHex(), cp::server::AuditHash::Sha256),
                                   {}});
    auto db = openDatabase(dir.filePath(QStringLiteral("credit.db")), key);
    {
        QSqlDatabase c = db->connection();
        SeedOptions opt;
        opt.subjects = subjects;
        opt.records = records;
        opt.today = QDate::currentDate();
        const auto r = seedDatabase(c, opt);
        std::printf("seeded %lld subjects, %lld records in %lld ms\n", r.subjects, r.records, r.milliseconds);
    }
    SystemClock clock;
    BackupSettings settings;
    settings.directory = dir.filePath(QStringLiteral("backups"));
    settings.restoreDirectory = dir.filePath(QStringLiteral("restored"));
    BackupService service(*db, clock, settings, key, cp::store::generateKeyHex()); // a backup key of its own
    const AuditActor actor{std::nullopt, QStringLiteral("bench"), {}, {}};

    std::atomic<int> phase{0}; // 0 before, 1 during backup, 2 stop
    std::mutex lock;
    std::vector<double> before, during;
    std::thread writer([&] {
        for (int i = 0; phase.load() < 2; ++i) {
            QElapsedTimer t;
            t.start();
            QSqlDatabase c = db->connection();
            cp::store::Transaction tx(c);
            sql::run(c, QStringLiteral("INSERT INTO settings (name, value, updated_at) VALUES (?, 'x', ?)"),
                     {QStringLiteral("bench-%1").arg(i), QStringLiteral("2026-01-01T00:00:00.000Z")});
            AuditLog::append(
                c, clock.now(),
                {actor, QStringLiteral("bench.write"), QString::number(i), QStringLiteral("ok"), {}});
            tx.commit();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const std::lock_guard g(lock);
            (phase.load() == 0 ? before : during).push_back(ms);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        db->closeThreadConnection();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    phase = 1;
    QElapsedTimer t;
    t.start();
    const auto b = service.backupNow(QStringLiteral("manual"), actor);
    const qint64 backupMs = t.elapsed();
    phase = 2;
    writer.join();
    std::printf(
        "backup %s: %.1f MiB in %lld ms (%.1f MiB/s, incl. SHA-256 and verification), audit head %lld\n",
        qPrintable(b.fileName), double(b.sizeBytes) / 1048576.0, backupMs,
        double(b.sizeBytes) / 1048576.0 / (double(backupMs) / 1000.0), b.auditHeadSeq);
    report("write txn before backup", before);
    report("write txn during backup", during);
    t.restart();
    const auto r = service.restore(b.id, QStringLiteral("restored.db"), actor);
    std::printf("restore into a new file, verified: %lld ms (%lld tables, %lld audit entries)\n", t.elapsed(),
                r.tables, r.auditEntries);
    return 0;
}
