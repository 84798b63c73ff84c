// The audit chain makes any edit, deletion or reordering detectable (SPEC §4;
// seed 003 附件1.七(一)): tamper one byte → verify fails at that entry.
#include "app/CreditServer.h"
#include "domain/audit/AuditKey.h"
#include "domain/audit/AuditLog.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp::server;

class TestAuditChain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<cp::store::Database> m_db;

    void exec(const QString& sql)
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(" in ") + sql));
    }
    AuditEvent event(int i)
    {
        return AuditEvent{AuditActor{i, QStringLiteral("user%1").arg(i), QStringLiteral("SERIAL%1").arg(i),
                                     QStringLiteral("127.0.0.1 3号窗口")},
                          QStringLiteral("query.walkin"), QStringLiteral("subject:%1").arg(i),
                          QStringLiteral("ok"), QStringLiteral("{\"purpose\":\"贷款审核\"}")};
    }

  private Q_SLOTS:
    void initTestCase()
    {
        // Appends are keyed (issue 11 finding 4): this process's audit key, no checkpoint file.
        installAuditTrust(
            {std::make_shared<const AuditKey>(cp::store::generateKeyHex(), AuditHash::Sha256), {}});
    }

    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("audit.db")));
        m_db = openDatabase(m_dir.filePath(QStringLiteral("audit.db")), cp::store::generateKeyHex());
        QSqlDatabase c = m_db->connection();
        const QDateTime t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        for (int i = 1; i <= 10; ++i) {
            cp::store::Transaction tx(c);
            AuditLog::append(c, t0.addSecs(i * 60), event(i));
            tx.commit();
        }
    }

    void intactChainVerifies()
    {
        QSqlDatabase c = m_db->connection();
        const auto v = AuditLog::verify(c);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.entries, qint64(10));
        QCOMPARE(v.headHash.size(), 64);
    }

    void databaseRefusesUpdateAndDelete()
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET outcome = 'denied' WHERE seq = 3")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    }

    // An attacker with raw database access drops the triggers first.
    void tamperedFieldBreaksChainAtThatEntry_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("time") << "at"
                              << "2026-03-02T09:05:00.001Z";
        QTest::newRow("account") << "account_id"
                                 << "99";
        QTest::newRow("login") << "account_login"
                               << "user9";
        QTest::newRow("certificate") << "cert_serial"
                                     << "SERIAL6";
        QTest::newRow("workstation") << "workstation"
                                     << "127.0.0.1 4号窗口";
        QTest::newRow("action") << "action"
                                << "query.walkiN";
        QTest::newRow("target") << "target"
                                << "subject:6";
        QTest::newRow("outcome") << "outcome"
                                 << "denied";
        QTest::newRow("detail") << "detail"
                                << "{\"purpose\":\"贷款审查\"}";
    }
    void tamperedFieldBreaksChainAtThatEntry()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = 5").arg(column));
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const auto v = AuditLog::verify(c);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(5));
        QCOMPARE(v.entries, qint64(4));
    }

    void recomputedHashStillBreaksTheNextLink()
    {
        // Rewriting entry 5 and its own link consistently (even with the audit key) is caught at entry 6.
        exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        QSqlDatabase c = m_db->connection();
        AuditEntry e;
        e.seq = 5;
        e.at = QDateTime(QDate(2026, 3, 2), QTime(9, 5), Qt::UTC);
        e.event = event(5);
        e.event.outcome = QStringLiteral("denied");
        e.alg = QStringLiteral("hmac-sha256");
        QSqlQuery prev(c);
        QVERIFY(prev.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 4")) && prev.next());
        e.prevHash = prev.value(0).toString();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("UPDATE audit_log SET outcome = 'denied', hash = ? WHERE seq = 5"));
        q.addBindValue(AuditLog::linkOf(e).value());
        QVERIFY(q.exec());
        const auto v = AuditLog::verify(c);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(6));
    }

    void deletedEntryIsDetected()
    {
        exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 7"));
        QSqlDatabase c = m_db->connection();
        const auto v = AuditLog::verify(c);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(7));
    }

    void reorderedEntriesAreDetected()
    {
        exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 3"));
        exec(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
        exec(QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 100"));
        QSqlDatabase c = m_db->connection();
        const auto v = AuditLog::verify(c);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(3));
    }

    void canonicalEncodingSeparatesFields()
    {
        // "ab"+"c" and "a"+"bc" must not hash alike.
        AuditEntry a;
        a.seq = 1;
        a.event.action = QStringLiteral("ab");
        a.event.target = QStringLiteral("c");
        AuditEntry b = a;
        b.event.action = QStringLiteral("a");
        b.event.target = QStringLiteral("bc");
        QVERIFY(AuditLog::computeHash(a) != AuditLog::computeHash(b));
    }
};

QTEST_MAIN(TestAuditChain)
#include "test_audit_chain.moc"
