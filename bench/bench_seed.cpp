// Seeding throughput: N subjects / M records into a temporary encrypted database.
// Usage: bench_seed [subjects=100000] [records=1000000] [batchSize=20000] [directory]
// Prints elapsed time, rows/s, database size and peak RSS; asserts nothing.
#include "app/CreditServer.h"
#include "domain/seed/SeedGenerator.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

qint64 directoryBytes(const QString& dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    cp::server::SeedOptions opt;
    opt.subjects = args.value(1, QStringLiteral("100000")).toLongLong();
    opt.records = args.value(2, QStringLiteral("1000000")).toLongLong();
    opt.batchSize = args.value(3, QStringLiteral("20000")).toInt();
    opt.seed = 1;
    opt.today = QDate(2026, 11, 25);
    QTemporaryDir dir(args.size() > 4 ? args.at(4) + QStringLiteral("/bench_seed-XXXXXX") : QString());
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    auto db = cp::server::openDatabase(dir.filePath(QStringLiteral("seed.db")), cp::store::generateKeyHex());
    QSqlDatabase c = db->connection();

    QElapsedTimer lastReport;
    lastReport.start();
    QElapsedTimer total;
    total.start();
    const auto result = cp::server::seedDatabase(c, opt, [&](qint64 done, qint64 all) {
        if (lastReport.elapsed() >= 10000 || done == all) {
            std::fprintf(stderr, "  %lld / %lld rows, %.0f s, peak RSS %s\n", static_cast<long long>(done),
                         static_cast<long long>(all), double(total.elapsed()) / 1000.0,
                         qPrintable(peakRss()));
            lastReport.restart();
        }
    });
    const double seconds = double(result.milliseconds) / 1000.0;
    const qint64 rows = result.subjects + result.records;
    std::printf("seeded %lld subjects + %lld records (batch %d) in %.1f s: %.0f rows/s (%.0f records/s)\n",
                static_cast<long long>(result.subjects), static_cast<long long>(result.records),
                opt.batchSize, seconds, double(rows) / seconds, double(result.records) / seconds);
    std::printf("database directory %.1f MiB (file + WAL), peak RSS %s\n",
                double(directoryBytes(dir.path())) / 1048576.0, qPrintable(peakRss()));
    return 0;
}
