// The credit-server binary as an operator uses it: --help, init, add-account,
// verify-audit, serving until SIGTERM, and a clear error for a wrong key.
#include "HttpsProbe.h"
#include "TestServer.h"
#include "store/Database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

#include <csignal>

class TestServerCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pki;
    QString m_config;
    QString m_keyFile;
    QString m_auditKeyFile;
    QString m_backupKeyFile;
    quint16 m_port = 0;

    struct Run
    {
        int exitCode = -1;
        QString out;
    };
    Run run(const QStringList& args,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(CP_SERVER_BINARY), args);
        p.waitForFinished(120'000);
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }
    QStringList withConfig(const QStringList& rest) const
    {
        return QStringList{QStringLiteral("--config-file=") + m_config} + rest;
    }
    static quint16 freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

  private Q_SLOTS:
    void initTestCase()
    {
        m_pki = m_dir.filePath(QStringLiteral("pki"));
        QProcess pki;
        pki.start(QStringLiteral("bash"),
                  {QStringLiteral(CP_SOURCE_DIR "/scripts/make-pki"), m_pki, QStringLiteral("--users"),
                   QStringLiteral("sys sec aud clerk1 arch appr off1"), QStringLiteral("--p12-pass"),
                   QStringLiteral("pw")});
        QVERIFY(pki.waitForFinished(60'000) && pki.exitCode() == 0);
        m_keyFile = m_dir.filePath(QStringLiteral("db.key"));
        m_auditKeyFile = m_dir.filePath(QStringLiteral("audit.key"));
        m_backupKeyFile = m_dir.filePath(QStringLiteral("backup.key"));
        m_config = m_dir.filePath(QStringLiteral("server.properties"));
        m_port = freePort();
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("http.host = 127.0.0.1\nhttp.port = %1\n"
                               "tls.certificate = %2/server.pem\ntls.privateKey = %2/server.key\n"
                               "tls.caBundle = %2/ca.pem\ntls.crl = %2/crl.pem\n"
                               "database.path = %3\ndatabase.keyFile = %4\n"
                               "audit.keyFile = %5\nbackup.keyFile = %6\naudit.checkpointDirectory = %7\n")
                    .arg(m_port)
                    .arg(m_pki, m_dir.filePath(QStringLiteral("credit.db")), m_keyFile, m_auditKeyFile,
                         m_backupKeyFile, m_dir.filePath(QStringLiteral("checkpoints")))
                    .toUtf8());
    }

    void helpDescribesCommands()
    {
        const auto r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("verify-audit")));
        QVERIFY(r.out.contains(QStringLiteral("--config-file")));
    }

    void initCreatesEncryptedDatabaseAndThreeSeparatedAccounts()
    {
        const auto r =
            run(withConfig({QStringLiteral("init"),
                            QStringLiteral("--sysadmin-cert=") + m_pki + QStringLiteral("/users/sys.pem"),
                            QStringLiteral("--secadmin-cert=") + m_pki + QStringLiteral("/users/sec.pem"),
                            QStringLiteral("--auditor-cert=") + m_pki + QStringLiteral("/users/aud.pem")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QCOMPARE(r.out.count(QStringLiteral("initial password:")), 3);
        QVERIFY(r.out.contains(QStringLiteral("login:            sysadmin")));
        QVERIFY(r.out.contains(QStringLiteral("login:            auditor")));
        QCOMPARE(QFile::permissions(m_keyFile) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions{});
        QFile db(m_dir.filePath(QStringLiteral("credit.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("sysadmin"));
        // Issue 11 findings 4 and 16: an audit key (0400) and a backup key of their own.
        QCOMPARE(QFile::permissions(m_auditKeyFile) &
                     ~(QFile::ReadOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions{}); // 0400 (the "User" bits are the tester's own access)
        QCOMPARE(QFile::permissions(m_backupKeyFile) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions{});
        const QByteArray dbKey = cp::store::loadKeyFile(m_keyFile);
        const QByteArray auditKey = cp::store::loadKeyFile(m_auditKeyFile);
        const QByteArray backupKey = cp::store::loadKeyFile(m_backupKeyFile);
        QVERIFY(dbKey != auditKey && dbKey != backupKey && auditKey != backupKey);
        QVERIFY2(r.out.contains(QStringLiteral("offline safe")), qPrintable(r.out));
        QVERIFY(!bytes.contains(auditKey) && !bytes.contains(QByteArray::fromHex(auditKey)));
        // The first checkpoint outside the database, and the public key for the auditor.
        QFile checkpoints(m_dir.filePath(QStringLiteral("checkpoints/audit-checkpoints.log")));
        QVERIFY(checkpoints.open(QIODevice::ReadOnly));
        QVERIFY(checkpoints.readAll().startsWith("cp-audit-checkpoint-v1 seq=3 "));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("checkpoints/audit-checkpoint-public.pem"))));
        QVERIFY(r.out.contains(QStringLiteral("give it to the security auditor")));
    }

    // init-keys creates what is missing and never overwrites a key.
    void initKeysCreatesOnlyMissingKeys()
    {
        const QByteArray auditBefore = cp::store::loadKeyFile(m_auditKeyFile);
        const QString second = m_dir.filePath(QStringLiteral("backup2.key"));
        const auto r = run(
            withConfig({QStringLiteral("--define=backup.keyFile=") + second, QStringLiteral("init-keys")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("new backup key written to ") + second));
        QVERIFY(!r.out.contains(QStringLiteral("new audit key")));
        QCOMPARE(cp::store::loadKeyFile(m_auditKeyFile), auditBefore);
        QVERIFY(r.out.contains(QStringLiteral("checkpoint public key")));
    }

    void initRefusesAPolicyWeakerThanTheRules()
    {
        const auto r = run(
            withConfig({QStringLiteral("--define=auth.passwordMinLength=8"),
                        QStringLiteral("--define=database.path=") + m_dir.filePath(QStringLiteral("weak.db")),
                        QStringLiteral("init"),
                        QStringLiteral("--sysadmin-cert=") + m_pki + QStringLiteral("/users/sys.pem"),
                        QStringLiteral("--secadmin-cert=") + m_pki + QStringLiteral("/users/sec.pem"),
                        QStringLiteral("--auditor-cert=") + m_pki + QStringLiteral("/users/aud.pem")}));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.out.contains(QStringLiteral("auth.*")), qPrintable(r.out));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("weak.db"))));
    }

    void initNeverOverwritesADatabase()
    {
        const auto r =
            run(withConfig({QStringLiteral("init"), QStringLiteral("--sysadmin-cert=x"),
                            QStringLiteral("--secadmin-cert=y"), QStringLiteral("--auditor-cert=z")}));
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.contains(QStringLiteral("already exists")));
    }

    void addAccountRefusesSeparatedRolesTogether()
    {
        const auto r = run(withConfig(
            {QStringLiteral("add-account"), QStringLiteral("--login=mixed"), QStringLiteral("--name=张三"),
             QStringLiteral("--roles=sysadmin,auditor"), QStringLiteral("--region=360200"),
             QStringLiteral("--cert=") + m_pki + QStringLiteral("/users/clerk1.pem")}));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.out.contains(QStringLiteral("职责分离")), qPrintable(r.out));
    }

    void addAccountBindsCertificate()
    {
        const auto r = run(
            withConfig({QStringLiteral("add-account"), QStringLiteral("--login=clerk1"),
                        QStringLiteral("--name=王芳"), QStringLiteral("--roles=clerk"),
                        QStringLiteral("--region=360202"), QStringLiteral("--id-number=11010519491231002X"),
                        QStringLiteral("--cert=") + m_pki + QStringLiteral("/users/clerk1.pem")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("initial password:")));
        // The same person cannot get a second account (seed 004 §19).
        const auto again = run(
            withConfig({QStringLiteral("add-account"), QStringLiteral("--login=clerk2"),
                        QStringLiteral("--name=王芳"), QStringLiteral("--roles=clerk"),
                        QStringLiteral("--region=360202"), QStringLiteral("--id-number=11010519491231002X"),
                        QStringLiteral("--cert=") + m_pki + QStringLiteral("/users/sys.pem")}));
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.out.contains(QStringLiteral("一人只能有一个")), qPrintable(again.out));
    }

    void verifyAuditReportsIntactChain()
    {
        const auto r = run(withConfig({QStringLiteral("verify-audit")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("audit chain OK: 4 entries")));
    }

    // The demo's storage-media register goes through the media rules and the audit chain.
    void seedDeskNeedsTheStaffAndFillsTheRegisterOnce()
    {
        const auto early = run(withConfig({QStringLiteral("seed-desk")}));
        QVERIFY(early.exitCode != 0);
        QVERIFY2(early.out.contains(QStringLiteral("档案管理员")), qPrintable(early.out));
        for (const auto& [login, name, role] :
             {std::tuple{"arch", "刘洋", "archivist"}, std::tuple{"appr", "张伟", "approver"},
              std::tuple{"off1", "陈静", "officer"}}) {
            const auto r = run(withConfig(
                {QStringLiteral("add-account"), QStringLiteral("--login=") + QString::fromUtf8(login),
                 QStringLiteral("--name=") + QString::fromUtf8(name),
                 QStringLiteral("--roles=") + QString::fromUtf8(role), QStringLiteral("--region=360200"),
                 QStringLiteral("--cert=") + m_pki +
                     QStringLiteral("/users/%1.pem").arg(QString::fromUtf8(login))}));
            QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        }
        const auto r = run(withConfig({QStringLiteral("seed-desk")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("registered 8 storage media with 3 lifecycle events")),
                 qPrintable(r.out));
        const auto again = run(withConfig({QStringLiteral("seed-desk")}));
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.out.contains(QStringLiteral("已有数据")), qPrintable(again.out));
        const auto audit = run(withConfig({QStringLiteral("verify-audit")}));
        QVERIFY2(audit.exitCode == 0 && audit.out.contains(QStringLiteral("audit chain OK")),
                 qPrintable(audit.out));
        // 8 registrations and 3 events, each an audit entry.
        QVERIFY2(!audit.out.contains(QStringLiteral("OK: 4 entries")), qPrintable(audit.out));
    }

    // Attack review (issue 11) finding 4, from the command line: the last entries deleted
    // with the database key only; verify-audit reports TRUNCATION against the checkpoint
    // that seed-desk wrote when it finished, distinct from a broken link (exit code 2).
    void verifyAuditReportsTruncationAgainstTheCheckpointFile()
    {
        {
            cp::store::Database attacker(cp::store::DatabaseConfig{
                m_dir.filePath(QStringLiteral("credit.db")), cp::store::loadKeyFile(m_keyFile)});
            QSqlDatabase c = attacker.connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(q.exec(
                QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) - 5 FROM audit_log)")));
        }
        const auto r = run(withConfig({QStringLiteral("verify-audit")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QStringLiteral("audit chain TRUNCATED")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("entries were removed")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("BROKEN")));
    }

    void wrongKeyIsAClearStartupError()
    {
        const QString badKey = m_dir.filePath(QStringLiteral("bad.key"));
        cp::store::writeKeyFile(badKey, cp::store::generateKeyHex());
        QFile db(m_dir.filePath(QStringLiteral("credit.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray before = db.readAll();
        db.close();
        const auto r =
            run({QStringLiteral("--config-file=") + m_config,
                 QStringLiteral("--define=database.keyFile=") + badKey, QStringLiteral("verify-audit")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.out.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(r.out));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(db.readAll(), before);
    }

    void servesUntilSigterm()
    {
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(CP_SERVER_BINARY), {QStringLiteral("--config-file=") + m_config});
        QVERIFY(server.waitForStarted());
        cp::test::HttpsProbe probe(QStringLiteral("https://127.0.0.1:%1").arg(m_port),
                                   m_pki + QStringLiteral("/ca.pem"),
                                   m_pki + QStringLiteral("/users/clerk1.p12"), QStringLiteral("pw"));
        cp::test::ProbeReply r;
        for (int i = 0; i < 100 && r.status != 200; ++i) {
            r = probe.get(QStringLiteral("/api/v1/health"));
            if (r.status != 200)
                QTest::qWait(100); // the process is still starting; not a clock wait
        }
        QCOMPARE(r.status, 200);
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(15'000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(QString::fromUtf8(server.readAll()).contains(QStringLiteral("shutting down")));
    }
};

QTEST_MAIN(TestServerCli)
#include "test_server_cli.moc"
