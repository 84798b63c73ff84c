// Attack review (issue 11) finding 16: "backups use the database key unless configured
// otherwise". A backup file carried off the server, together with the database key
// (which every administrator of the running server may hold), opened every backup.
// Now backups have a key of their own (backup.keyFile, made by `credit-server init`)
// and the server refuses to make a backup without one or with the database key.
#include "BackupProtocol.h"
#include "WalkInFixture.h"
#include "domain/DomainError.h"
#include "domain/backup/BackupService.h"

#include <QDir>

using namespace cp::test;
using cp::server::AuditActor;
using cp::server::BackupService;

class TestBackupKey : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpsProbe> m_sysadmin;
    QTemporaryDir m_dir;

    QVariant scalar(const QString& sql)
    {
        QSqlDatabase db = m_server->server().database().connection();
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    /// A service like the server's, but with the given backup key (the server's own is configured).
    QString refusalWith(const QByteArray& backupKey)
    {
        cp::server::BackupSettings settings;
        settings.directory = m_dir.filePath(QStringLiteral("b"));
        settings.restoreDirectory = m_dir.filePath(QStringLiteral("r"));
        cp::server::ManualClock clock;
        BackupService service(m_server->server().database(), clock, settings, m_server->databaseKeyHex(),
                              backupKey);
        try {
            service.backupNow(QStringLiteral("manual"),
                              AuditActor{std::nullopt, QStringLiteral("test"), {}, {}});
        } catch (const cp::server::DomainError& e) {
            if (e.code() != cp::protocol::ErrorCode::InvalidState)
                return QStringLiteral("wrong code");
            return e.details().value(QStringLiteral("reason")).toString();
        }
        return QStringLiteral("made a backup");
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("sysadmin")});
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        m_server->createAccount(
            staffAccount(QStringLiteral("sysadmin"), {QStringLiteral("sysadmin")}, kPassword));
        m_sysadmin = deskFor(*m_server, QStringLiteral("sysadmin"));
        QCOMPARE(m_sysadmin->login(kPassword).status, 200);
    }

    // The attack: a backup file and the database key. It no longer opens; the backup key,
    // kept in the offline safe, opens it, and a restore re-keys it with the database key.
    void backupFileDoesNotOpenWithTheDatabaseKey()
    {
        const auto r = m_sysadmin->post(QStringLiteral("/api/v1/backups"), {});
        QCOMPARE(r.status, 201);
        const auto b = cp::protocol::BackupInfo::fromJson(r.json);
        const QString file = QDir(m_server->server().backups().settings().directory).filePath(b.fileName);
        QString why;
        QVERIFY(!cp::store::checkDatabaseKey(file, m_server->databaseKeyHex(), &why));
        const QByteArray backupKey = cp::store::loadKeyFile(m_server->backupKeyFile());
        QVERIFY(backupKey != m_server->databaseKeyHex());
        QVERIFY2(cp::store::checkDatabaseKey(file, backupKey, &why), qPrintable(why));
        const auto restored = m_sysadmin->post(QStringLiteral("/api/v1/backups/%1/restore").arg(b.id),
                                               {{QStringLiteral("target"), QStringLiteral("restored.db")}});
        QCOMPARE(restored.status, 200);
        const auto result = cp::protocol::RestoreResult::fromJson(restored.json);
        QVERIFY(result.auditOk);
        QVERIFY(cp::store::checkDatabaseKey(result.target, m_server->databaseKeyHex(), &why));
    }

    // No backup without a key of its own, and never under the database key: refused,
    // recorded and audited (a scheduled run is then retried an hour later, not at once).
    void backupWithoutAKeyOfItsOwnIsRefused_data()
    {
        QTest::addColumn<bool>("databaseKey");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no backup key") << false << QStringLiteral("BACKUP_KEY_MISSING");
        QTest::newRow("the database key") << true << QStringLiteral("BACKUP_KEY_IS_DATABASE_KEY");
    }
    void backupWithoutAKeyOfItsOwnIsRefused()
    {
        QFETCH(bool, databaseKey);
        QFETCH(QString, reason);
        const int failedBefore =
            scalar(QStringLiteral("SELECT count(*) FROM backups WHERE status = 'failed'")).toInt();
        QCOMPARE(refusalWith(databaseKey ? m_server->databaseKeyHex() : QByteArray()), reason);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("b"))).exists() ||
                QDir(m_dir.filePath(QStringLiteral("b"))).entryList(QDir::Files).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM backups WHERE status = 'failed'")).toInt(),
                 failedBefore + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT outcome FROM audit_log WHERE action = 'backup.create' "
                                       "ORDER BY seq DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("failed"));
    }

    // Backups made by an earlier version are under the database key: they still verify
    // and restore (the key that opens the file is chosen per file).
    void backupMadeWithTheDatabaseKeyByAnEarlierVersionStillRestores()
    {
        const auto b =
            cp::protocol::BackupInfo::fromJson(m_sysadmin->post(QStringLiteral("/api/v1/backups"), {}).json);
        const QString file = QDir(m_server->server().backups().settings().directory).filePath(b.fileName);
        const QByteArray backupKey = cp::store::loadKeyFile(m_server->backupKeyFile());
        const QString legacy = m_dir.filePath(QStringLiteral("legacy.db"));
        BackupService::restoreFile(file, legacy, backupKey,
                                   m_server->databaseKeyHex()); // as the old code keyed it
        QCOMPARE(BackupService::keyFor(legacy, backupKey, m_server->databaseKeyHex()),
                 m_server->databaseKeyHex());
        QCOMPARE(BackupService::keyFor(file, backupKey, m_server->databaseKeyHex()), backupKey);
        const auto r = BackupService::restoreFile(
            legacy, m_dir.filePath(QStringLiteral("from-legacy.db")),
            BackupService::keyFor(legacy, backupKey, m_server->databaseKeyHex()), m_server->databaseKeyHex());
        QVERIFY(r.auditOk);
    }

    void cleanupTestCase()
    {
        m_sysadmin.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestBackupKey)
#include "test_backup_key.moc"
