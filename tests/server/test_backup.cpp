// Backup and restore (SPEC §9; seed 002 §18: full backup at least weekly,
// restorable and tested; seed 000 §24–25): an online, consistent, encrypted
// backup while the database is being written, a restore into a new verified
// file, the weekly schedule on the injected clock, retention, and the system
// administrator as the only role that may do any of it.
#include "BackupProtocol.h"
#include "WalkInFixture.h"
#include "domain/Sql.h"
#include "domain/audit/AuditLog.h"
#include "domain/backup/BackupScheduler.h"
#include "domain/backup/BackupService.h"

#include <QDir>
#include <QProcess>
#include <atomic>
#include <map>
#include <thread>

using namespace cp::test;
using cp::server::AuditActor;
using cp::server::AuditEvent;
using cp::server::AuditLog;
using cp::server::BackupService;

namespace {

const QStringList kRoles{QStringLiteral("clerk"),    QStringLiteral("department"),
                         QStringLiteral("officer"),  QStringLiteral("archivist"),
                         QStringLiteral("approver"), QStringLiteral("sysadmin"),
                         QStringLiteral("secadmin"), QStringLiteral("auditor")};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<HttpsProbe>> m_as;

    HttpsProbe& as(const QString& role) { return *m_as.at(role); }
    QSqlDatabase db() { return databaseOf(*m_server); }
    QString backupDir() const { return m_server->server().backups().settings().directory; }
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        return scalarIn(db(), sql, values);
    }
    cp::protocol::BackupInfo backupNow()
    {
        const auto r = as(QStringLiteral("sysadmin")).post(QStringLiteral("/api/v1/backups"), {});
        if (r.status != 201)
            qWarning("backup failed: %d %s", r.status, qPrintable(r.errorMessage()));
        return cp::protocol::BackupInfo::fromJson(r.json);
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(kRoles);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        addRoleDesks(*m_server, kRoles, kPassword, m_as);
        for (const QString& role : kRoles)
            QCOMPARE(m_as[role]->login(kPassword).status, 200);
    }

    // SPEC §9: the backup is taken while the server keeps writing, and is one
    // consistent snapshot: every row written with an audit entry in one
    // transaction is in the backup together with that entry, or neither is.
    void backupWhileWritingIsConsistentAndRestores()
    {
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::vector<std::thread> writers;
        for (int t = 0; t < 3; ++t) {
            writers.emplace_back([&, t] {
                auto& database = m_server->server().database();
                for (int i = 0; !stop.load() && i < 5000; ++i) {
                    QSqlDatabase c = database.connection();
                    cp::store::Transaction tx(c);
                    const QString name = QStringLiteral("w-%1-%2").arg(t).arg(i);
                    cp::server::sql::run(
                        c,
                        QStringLiteral("INSERT INTO settings (name, value, updated_at) VALUES (?, 'x', ?)"),
                        {name, QStringLiteral("2026-01-01T00:00:00.000Z")});
                    AuditLog::append(c, QDateTime::currentDateTimeUtc(),
                                     AuditEvent{AuditActor{std::nullopt, QStringLiteral("writer"), {}, {}},
                                                QStringLiteral("test.write"),
                                                name,
                                                QStringLiteral("ok"),
                                                {}});
                    tx.commit();
                    ++written;
                }
                database.closeThreadConnection();
            });
        }
        while (written.load() < 30)
            QTest::qWait(5);
        const int writtenBefore = written.load();
        const auto b = backupNow();
        const int writtenAfter = written.load();
        stop = true;
        for (auto& w : writers)
            w.join();
        QCOMPARE(b.status, QStringLiteral("ok"));
        QVERIFY2(writtenAfter > writtenBefore, "the writers were running while the backup ran");
        QCOMPARE(b.verifyResult, QStringLiteral("ok"));
        QCOMPARE(b.sha256.size(), 64);
        const QString file = QDir(backupDir()).filePath(b.fileName);
        QCOMPARE(BackupService::sha256Of(file), b.sha256);
        QCOMPARE(QFileInfo(file).size(), b.sizeBytes);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));

        // Encrypted: not an SQLite file without the key, no plaintext inside, a wrong key fails.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("test.write"));
        QVERIFY(!bytes.contains("audit_log"));
        QString why;
        QVERIFY(!cp::store::checkDatabaseKey(file, cp::store::generateKeyHex(), &why));

        // Restore into a new file and compare with the live database.
        const auto r = as(QStringLiteral("sysadmin"))
                           .post(QStringLiteral("/api/v1/backups/%1/restore").arg(b.id),
                                 {{QStringLiteral("target"), QStringLiteral("restored-1.db")}});
        QCOMPARE(r.status, 200);
        const auto restored = cp::protocol::RestoreResult::fromJson(r.json);
        QVERIFY(restored.auditOk);
        QCOMPARE(restored.auditEntries, b.auditHeadSeq);
        QVERIFY(QFileInfo::exists(restored.target));
        QVERIFY(!cp::store::checkDatabaseKey(restored.target, cp::store::generateKeyHex(), &why));
        {
            cp::store::Database copy(
                cp::store::DatabaseConfig{restored.target, m_server->databaseKeyHex(), 5000, true});
            QSqlDatabase c = copy.connection();
            QVERIFY(AuditLog::verify(c).ok);
            QCOMPARE(scalarIn(c, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
                     b.auditHeadSeq);
            const auto rows = columnIn(c, QStringLiteral("SELECT name FROM settings WHERE name LIKE 'w-%'"));
            const auto entries =
                columnIn(c, QStringLiteral("SELECT target FROM audit_log WHERE action = 'test.write'"));
            QVERIFY(!rows.isEmpty());
            QCOMPARE(rows, entries); // atomic transactions stayed atomic in the copy
            QVERIFY(rows.size() >= writtenBefore);
            QVERIFY(rows.size() <= written.load());
            // The entries present are exactly the live ones, hash for hash.
            const QString liveHash =
                scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {b.auditHeadSeq})
                    .toString();
            QCOMPARE(scalarIn(c, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {b.auditHeadSeq})
                         .toString(),
                     liveHash);
            QCOMPARE(scalarIn(c, QStringLiteral("SELECT count(*) FROM accounts")).toInt(),
                     scalar(QStringLiteral("SELECT count(*) FROM accounts")).toInt());
            // The append-only triggers came along.
            QCOMPARE(scalarIn(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                                "AND name LIKE 'audit_log_no_%'"))
                         .toInt(),
                     2);
        }
        // Both steps are in the live audit chain.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.create' AND "
                                       "target = ? AND account_login = 'sysadmin'"),
                        {QStringLiteral("backup:%1").arg(b.id)})
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT outcome FROM audit_log WHERE action = 'backup.restore' AND target = ?"),
                        {QStringLiteral("backup:%1").arg(b.id)})
                     .toString(),
                 QStringLiteral("ok"));
    }

    // A restore never overwrites: not an existing file, not outside the restore directory.
    void restoreNeverOverwrites()
    {
        const auto b = backupNow();
        const QString path = QStringLiteral("/api/v1/backups/%1/restore").arg(b.id);
        QCOMPARE(as(QStringLiteral("sysadmin"))
                     .post(path, {{QStringLiteral("target"), QStringLiteral("again.db")}})
                     .status,
                 200);
        const auto twice = as(QStringLiteral("sysadmin"))
                               .post(path, {{QStringLiteral("target"), QStringLiteral("again.db")}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("TARGET_EXISTS"));
        for (const QString& bad : {QStringLiteral("../credit.db"), QStringLiteral("/tmp/x.db"),
                                   QStringLiteral("x.txt"), QString()}) {
            const auto r = as(QStringLiteral("sysadmin")).post(path, {{QStringLiteral("target"), bad}});
            QCOMPARE(r.status, 422);
        }
        QCOMPARE(as(QStringLiteral("sysadmin"))
                     .post(QStringLiteral("/api/v1/backups/99999/restore"),
                           {{QStringLiteral("target"), QStringLiteral("n.db")}})
                     .status,
                 404);
    }

    // seed 002 §18 "tested": a changed backup file is reported and refused for restore.
    void changedBackupFileFailsVerificationAndRestore()
    {
        const auto b = backupNow();
        const auto ok =
            as(QStringLiteral("sysadmin")).post(QStringLiteral("/api/v1/backups/%1/verify").arg(b.id), {});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(QStringLiteral("verifyResult")).toString(), QStringLiteral("ok"));
        {
            QFile f(QDir(backupDir()).filePath(b.fileName));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            const char c = f.peek(1).at(0);
            f.write(QByteArray(1, char(c ^ 0x5a)));
        }
        const auto bad =
            as(QStringLiteral("sysadmin")).post(QStringLiteral("/api/v1/backups/%1/verify").arg(b.id), {});
        QCOMPARE(bad.json.value(QStringLiteral("verifyResult")).toString(), QStringLiteral("failed"));
        QVERIFY(bad.json.value(QStringLiteral("verifyDetail")).toString().contains(QLatin1String("SHA-256")));
        const auto restore = as(QStringLiteral("sysadmin"))
                                 .post(QStringLiteral("/api/v1/backups/%1/restore").arg(b.id),
                                       {{QStringLiteral("target"), QStringLiteral("from-bad.db")}});
        QCOMPARE(restore.status, 409);
        QCOMPARE(restore.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("BACKUP_HASH_MISMATCH"));
        QCOMPARE(
            scalar(
                QStringLiteral(
                    "SELECT outcome FROM audit_log WHERE action = 'backup.verify' ORDER BY seq DESC LIMIT 1"))
                .toString(),
            QStringLiteral("failed"));
        QVERIFY(!QFileInfo::exists(QDir(m_server->server().backups().settings().restoreDirectory)
                                       .filePath(QStringLiteral("from-bad.db"))));
    }

    // seed 002 §18: a full backup at least weekly, on the server's clock.
    void scheduledBackupIsDueAfterSevenDays()
    {
        auto& scheduler = m_server->server().backupScheduler();
        backupNow();
        QVERIFY(!scheduler.tick().has_value());
        m_server->advanceClock(7 * 24 * 3600 - 60);
        QVERIFY(!scheduler.isDue());
        QVERIFY(!scheduler.tick().has_value());
        m_server->advanceClock(120);
        QVERIFY(scheduler.isDue());
        const auto b = scheduler.tick();
        QVERIFY(b.has_value());
        QCOMPARE(b->status, QStringLiteral("ok"));
        QCOMPARE(b->kind, QStringLiteral("scheduled"));
        QCOMPARE(b->requestedBy, QStringLiteral("scheduler"));
        QVERIFY(!scheduler.tick().has_value());
        QCOMPARE(scalar(QStringLiteral("SELECT account_login FROM audit_log WHERE action = 'backup.create' "
                                       "ORDER BY seq DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("scheduler"));
        for (auto& [role, probe] : m_as) // sessions idle-expired with the clock
            QCOMPARE(probe->login(kPassword).status, 200);
        const auto overview = cp::protocol::BackupOverview::fromJson(
            as(QStringLiteral("sysadmin")).get(QStringLiteral("/api/v1/backups")).json);
        QCOMPARE(overview.intervalSeconds, qint64(7 * 24 * 3600));
        QCOMPARE(overview.nextDueAt, b->startedAt.addSecs(7 * 24 * 3600));
        QCOMPARE(overview.backups.first().id, b->id);
    }

    // Retention: only the newest backup files are kept; older rows say "pruned".
    void retentionKeepsTheNewestFiles()
    {
        const int retention = m_server->server().backups().settings().retention;
        for (int i = 0; i < retention + 2; ++i)
            QCOMPARE(backupNow().status, QStringLiteral("ok"));
        const auto files = QDir(backupDir()).entryList({QStringLiteral("*.db")}, QDir::Files);
        QCOMPARE(files.size(), retention);
        const auto overview = cp::protocol::BackupOverview::fromJson(
            as(QStringLiteral("sysadmin")).get(QStringLiteral("/api/v1/backups")).json);
        int kept = 0;
        for (const auto& b : overview.backups) {
            if (b.status == QLatin1String("ok")) {
                ++kept;
                QVERIFY(files.contains(b.fileName));
            } else if (b.status == QLatin1String("pruned")) {
                QVERIFY(!files.contains(b.fileName));
            }
        }
        QCOMPARE(kept, retention);
        QVERIFY(overview.backups.first().status == QLatin1String("ok"));
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.prune'")).toInt() >=
            2);
    }

    // A configured backup key: the file opens only with it; the restore is keyed
    // with the database key, so the server can open it after the swap.
    void separateBackupKeyIsReencryptedOnRestore()
    {
        QTemporaryDir dir;
        cp::server::BackupSettings settings;
        settings.directory = dir.filePath(QStringLiteral("b"));
        settings.restoreDirectory = dir.filePath(QStringLiteral("r"));
        settings.retention = 1000; // shares the backups register with the server's own service
        const QByteArray backupKey = cp::store::generateKeyHex();
        cp::server::ManualClock clock;
        BackupService service(m_server->server().database(), clock, settings, m_server->databaseKeyHex(),
                              backupKey);
        const auto b = service.backupNow(QStringLiteral("manual"),
                                         AuditActor{std::nullopt, QStringLiteral("test"), {}, {}});
        const QString file = QDir(settings.directory).filePath(b.fileName);
        QString why;
        QVERIFY(!cp::store::checkDatabaseKey(file, m_server->databaseKeyHex(), &why));
        QVERIFY2(cp::store::checkDatabaseKey(file, backupKey, &why), qPrintable(why));
        const auto r = service.restore(b.id, QStringLiteral("swapped.db"),
                                       AuditActor{std::nullopt, QStringLiteral("test"), {}, {}});
        QVERIFY(r.auditOk);
        QVERIFY(cp::store::checkDatabaseKey(r.target, m_server->databaseKeyHex(), &why));
        QVERIFY(!cp::store::checkDatabaseKey(r.target, backupKey, &why));
        QCOMPARE(BackupService::sha256Of(file), b.sha256); // the backup itself is untouched
        QVERIFY(!QFileInfo::exists(r.target + QStringLiteral(".source.part")));
    }

    // A failed scheduled backup is recorded and audited, and retried an hour later, not at every check.
    void failedScheduledBackupIsRecordedAndRetriedLater()
    {
        QTemporaryDir dir;
        const QByteArray key = cp::store::generateKeyHex();
        auto database = cp::server::openDatabase(dir.filePath(QStringLiteral("alone.db")), key);
        QFile blocker(dir.filePath(QStringLiteral("not-a-directory")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        cp::server::BackupSettings settings;
        settings.directory = blocker.fileName() + QStringLiteral("/backups"); // cannot be created
        settings.restoreDirectory = dir.filePath(QStringLiteral("r"));
        cp::server::ManualClock clock;
        BackupService service(*database, clock, settings, key, cp::store::generateKeyHex());
        cp::server::BackupScheduler scheduler(service, clock);
        QVERIFY(scheduler.isDue()); // never backed up
        const auto failed = scheduler.tick();
        QVERIFY(failed.has_value());
        QCOMPARE(failed->status, QStringLiteral("failed"));
        QSqlDatabase c = database->connection();
        QCOMPARE(scalarIn(c, QStringLiteral("SELECT status FROM backups")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(scalarIn(c, QStringLiteral("SELECT outcome FROM audit_log WHERE action = 'backup.create'"))
                     .toString(),
                 QStringLiteral("failed"));
        QVERIFY(!scheduler.isDue());
        clock.advance(settings.retryAfterFailureSeconds - 60);
        QVERIFY(!scheduler.isDue());
        clock.advance(120);
        QVERIFY(scheduler.isDue());
        QVERIFY(AuditLog::verify(c).ok);
    }

    // The operator's restore (README: swap offline): credit-server restore --from --to.
    void restoreCommandWritesAVerifiedNewFile()
    {
        const auto b = backupNow();
        const QString from = QDir(backupDir()).filePath(b.fileName);
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("server.properties"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("database.path = %1\naudit.keyFile = %2\nbackup.keyFile = %3\n"
                                   "audit.checkpointDirectory = %4\n")
                        .arg(m_server->databasePath(), m_server->auditKeyFile(), m_server->backupKeyFile(),
                             QFileInfo(m_server->checkpointFile()).absolutePath())
                        .toUtf8());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CREDIT_DB_KEY"), QString::fromLatin1(m_server->databaseKeyHex()));
        const auto run = [&](const QStringList& args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(CP_SERVER_BINARY),
                    QStringList{QStringLiteral("--config-file=") + config} + args);
            p.waitForFinished(120'000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAll())};
        };
        // credit-server backup: while this server keeps running, from another process.
        const auto made = run({QStringLiteral("backup")});
        QVERIFY2(made.first == 0, qPrintable(made.second));
        QVERIFY2(made.second.contains(QStringLiteral("audit chain ok")), qPrintable(made.second));
        QCOMPARE(
            scalar(QStringLiteral("SELECT requested_by FROM backups ORDER BY id DESC LIMIT 1")).toString(),
            QStringLiteral("cli"));
        const QString to = dir.filePath(QStringLiteral("cli-restored.db"));
        const auto [code, out] =
            run({QStringLiteral("restore"), QStringLiteral("--from=") + from, QStringLiteral("--to=") + to});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("audit chain OK")), qPrintable(out));
        QString why;
        QVERIFY(cp::store::checkDatabaseKey(to, m_server->databaseKeyHex(), &why));
        QCOMPARE(scalar(QStringLiteral("SELECT account_login FROM audit_log WHERE action = 'backup.restore' "
                                       "ORDER BY seq DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("cli"));
        // Never over an existing file, never over the live database.
        QVERIFY(
            run({QStringLiteral("restore"), QStringLiteral("--from=") + from, QStringLiteral("--to=") + to})
                .first != 0);
        QVERIFY(run({QStringLiteral("restore"), QStringLiteral("--from=") + from,
                     QStringLiteral("--to=") + m_server->databasePath()})
                    .first != 0);
        QSqlDatabase live = db();
        QVERIFY(AuditLog::verify(live).ok);
    }

    // SPEC §1: backups are the system administrator's task alone.
    void everyBackupRouteRefusesEveryOtherRole_data()
    {
        const QList<std::pair<QString, QString>> routes{
            {QStringLiteral("GET"), QStringLiteral("/api/v1/backups")},
            {QStringLiteral("POST"), QStringLiteral("/api/v1/backups")},
            {QStringLiteral("POST"), QStringLiteral("/api/v1/backups/1/verify")},
            {QStringLiteral("POST"), QStringLiteral("/api/v1/backups/1/restore")}};
        addRefusalRows(kRoles, QStringLiteral("sysadmin"), routes);
    }
    void everyBackupRouteRefusesEveryOtherRole()
    {
        QFETCH(QString, role);
        QFETCH(QString, method);
        QFETCH(QString, path);
        const int backups = scalar(QStringLiteral("SELECT count(*) FROM backups")).toInt();
        const auto r = method == QLatin1String("GET")
                           ? as(role).get(path)
                           : as(role).post(path, {{QStringLiteral("target"), QStringLiteral("denied.db")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM backups")).toInt(), backups);
        QCOMPARE(scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString(),
                 QStringLiteral("access.denied"));
    }

    void cleanupTestCase()
    {
        m_as.clear();
        m_server.reset();
    }
};

QTEST_MAIN(TestBackup)
#include "test_backup.moc"
