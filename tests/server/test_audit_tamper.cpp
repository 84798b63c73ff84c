// Attack review (issue 11) finding 4: "the audit chain can be rewritten by anyone
// with the database key". Each test performs the attack as such a person would:
// the SQLCipher file opened through the project's own driver with the database key
// only (never the audit key), the append-only triggers dropped, rows changed,
// re-hashed or deleted. Then the auditor's check runs over mutual TLS (POST
// /api/v1/audit/verification), which compares the keyed chain with the checkpoint
// file outside the database and with the heads recorded by backups and exports.
#include "AuditProtocol.h"
#include "BackupProtocol.h"
#include "WalkInFixture.h"
#include "domain/audit/AuditCheckpoints.h"
#include "domain/audit/AuditKey.h"
#include "domain/audit/AuditLog.h"

#include <map>

using namespace cp::test;
using cp::server::AuditEntry;
using cp::server::AuditHash;
using cp::server::AuditKey;
using cp::server::AuditLog;

namespace {

const QStringList kRoles{QStringLiteral("auditor"), QStringLiteral("sysadmin")};

} // namespace

class TestAuditTamper : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<HttpsProbe>> m_as;

    void start(const TestServerOptions& options = {})
    {
        m_server = std::make_unique<TestServer>(kRoles, options);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
        addRoleDesks(*m_server, kRoles, kPassword, m_as, false);
        for (const QString& role : kRoles)
            QCOMPARE(m_as[role]->login(kPassword).status, 200);
    }
    HttpsProbe& as(const QString& role) { return *m_as.at(role); }
    /// Entries as the desks make them: appended by the server, in its transactions.
    void fill(int n)
    {
        for (int i = 0; i < n; ++i) {
            appendAudit(
                *m_server, m_server->now(),
                {{std::nullopt, QStringLiteral("clerk"), QStringLiteral("5A01"), QStringLiteral("1号窗口")},
                 QStringLiteral("query.walkin"),
                 QStringLiteral("subject:%1").arg(i),
                 QStringLiteral("ok"),
                 QStringLiteral("{\"purpose\":\"办理贷款\"}")});
        }
    }
    /// The attacker's own connection: the database key and nothing else.
    std::unique_ptr<cp::store::Database> attacker()
    {
        return std::make_unique<cp::store::Database>(
            cp::store::DatabaseConfig{m_server->databasePath(), m_server->databaseKeyHex()});
    }
    static void exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
    {
        const QString error = execIn(db, sql, values);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    /// Re-hashes the chain from `from` on with plain SHA-256, exactly as the old code
    /// linked it; `edit` changes entries on the way. relabel: also mark them unkeyed.
    void rehash(qint64 from, bool relabel, const std::function<void(AuditEntry&)>& edit)
    {
        auto db = attacker();
        QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"));
        QList<AuditEntry> rows = storedAuditEntries(c);
        QVERIFY(!rows.isEmpty());
        QString prev = QString::fromLatin1(AuditLog::kGenesisHash);
        for (AuditEntry& e : rows) {
            if (e.seq >= from) {
                edit(e);
                e.prevHash = prev;
                if (relabel)
                    e.alg = QString::fromLatin1(AuditLog::kLegacyAlg);
                e.hash = AuditLog::computeHash(e); // v1 canonical + SHA-256: all the old code needed
                exec(c,
                     QStringLiteral(
                         "UPDATE audit_log SET outcome = ?, detail = ?, alg = ?, prev_hash = ?, hash = ? "
                         "WHERE seq = ?"),
                     {e.event.outcome, e.event.detail, e.alg, e.prevHash, e.hash, e.seq});
            }
            prev = e.hash;
        }
    }
    void deleteAfter(qint64 seq)
    {
        auto db = attacker();
        QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"));
        exec(c, QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {seq});
    }
    qint64 lastSeq() { return lastAuditSeq(*m_server); }
    cp::protocol::AuditChainResult check()
    {
        const auto r = as(QStringLiteral("auditor")).post(QStringLiteral("/api/v1/audit/verification"), {});
        if (r.status != 200)
            qWarning("verification: %d %s", r.status, qPrintable(r.errorMessage()));
        return cp::protocol::AuditChainResult::fromJson(r.json);
    }
    void reloginAll()
    {
        for (auto& [role, probe] : m_as)
            QCOMPARE(probe->login(kPassword).status, 200);
    }

  private Q_SLOTS:
    void cleanup()
    {
        m_as.clear();
        m_server.reset();
    }

    // (1) One entry changed and the rest re-hashed with plain SHA-256 (what the old
    // verify-audit accepted): without the audit key the links cannot be remade.
    void changedAndRehashedEntryFailsTheKeyedCheck()
    {
        start();
        fill(30);
        QVERIFY(check().ok);
        rehash(5, false, [](AuditEntry& e) {
            if (e.seq == 5)
                e.event.outcome = QStringLiteral("denied");
        });
        const auto v = check();
        QVERIFY(!v.ok);
        QCOMPARE(v.status, QStringLiteral("broken"));
        QCOMPARE(v.firstBrokenSeq, qint64(5));
        QCOMPARE(v.entries, qint64(4));
        QCOMPARE(as(QStringLiteral("auditor"))
                     .get(QStringLiteral("/api/v1/audit/entries/5"))
                     .json.value(QStringLiteral("hashOk"))
                     .toBool(),
                 false);
    }

    // (1b) The attacker who also relabels every entry as an unkeyed one of an earlier
    // version gets a chain whose links verify, but not the head the checkpoint signed.
    void relabelledAsUnkeyedChainDisagreesWithTheCheckpoint()
    {
        start();
        fill(20);
        const auto written = m_server->server().auditCheckpointer().flush();
        QVERIFY(written.has_value());
        rehash(1, true, [](AuditEntry& e) {
            if (e.seq == 7)
                e.event.detail = QStringLiteral("{\"purpose\":\"无\"}");
        });
        const auto v = check();
        QVERIFY(!v.ok);
        QCOMPARE(v.status, QStringLiteral("truncated"));
        QCOMPARE(v.firstBrokenSeq, qint64(0)); // every (unkeyed) link is consistent
        QCOMPARE(v.anchorSeq, written->seq);
        QVERIFY2(v.anchorProblem.contains(QStringLiteral("checkpoint")), qPrintable(v.anchorProblem));
    }

    // (2) The last 40 entries deleted: the rest verifies link by link, but the checkpoint
    // written outside the database records entries that are gone.
    void deletedLast40EntriesAreTruncationAgainstTheCheckpointFile()
    {
        start();
        fill(100);
        auto& checkpoints = m_server->server().auditCheckpointer();
        QVERIFY(!checkpoints.tick().has_value()); // under 500 entries and 60 minutes: not due
        m_server->advanceClock(61 * 60);          // the injected clock, no sleeping
        const auto c = checkpoints.tick();
        QVERIFY(c.has_value());
        QCOMPARE(c->seq, lastSeq());
        QVERIFY(!checkpoints.tick().has_value()); // nothing new since
        reloginAll();                             // sessions idled out with the clock
        const qint64 end = c->seq - 40;
        deleteAfter(end);
        const auto v = check();
        QVERIFY(!v.ok);
        QCOMPARE(v.status, QStringLiteral("truncated"));
        QCOMPARE(v.firstBrokenSeq, qint64(0));
        QCOMPARE(v.entries, end);
        QCOMPARE(v.anchorSeq, c->seq);
        QVERIFY2(v.anchorProblem.contains(QStringLiteral("removed")), qPrintable(v.anchorProblem));
        QVERIFY(v.checkpoints >= 2); // the start-up line and this one

        // Editing the checkpoint line to fit the shorter chain breaks its signature.
        QFile f(m_server->checkpointFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace(" seq=" + QByteArray::number(c->seq) + ' ', " seq=" + QByteArray::number(end) + ' ');
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const auto forged = check();
        QCOMPARE(forged.status, QStringLiteral("anchor_invalid"));
        QVERIFY2(forged.reason.contains(QStringLiteral("signature")), qPrintable(forged.reason));
    }

    // (2b) The same cut seen against the head recorded by a backup and an export, with the
    // checkpoint file gone too; and a backup record edited to match is refused by its MAC.
    void deletedEntriesAreTruncationAgainstBackupAndExportHeads()
    {
        start();
        fill(60);
        const auto b = cp::protocol::BackupInfo::fromJson(
            as(QStringLiteral("sysadmin")).post(QStringLiteral("/api/v1/backups"), {}).json);
        QCOMPARE(b.status, QStringLiteral("ok"));
        const auto e = cp::protocol::AuditExport::fromJson(
            as(QStringLiteral("auditor"))
                .post(QStringLiteral("/api/v1/audit/exports"),
                      {{QStringLiteral("from"), QStringLiteral("2000-01-01")},
                       {QStringLiteral("to"), QStringLiteral("2100-01-01")}})
                .json);
        QVERIFY(e.headSeq > b.auditHeadSeq);
        QCOMPARE(e.headLink.size(), 64);
        QVERIFY(
            e.signatureFile().contains(QStringLiteral("chain-head: %1 %2").arg(e.headSeq).arg(e.headLink)));
        QVERIFY(check().ok);

        deleteAfter(b.auditHeadSeq - 40);
        QVERIFY(QFile::remove(m_server->checkpointFile()));
        const auto v = check();
        QVERIFY(!v.ok);
        QCOMPARE(v.status, QStringLiteral("truncated"));
        QCOMPARE(v.checkpoints, qint64(0));
        QCOMPARE(v.backupHeads, qint64(1));
        QCOMPARE(v.exportHeads, qint64(1));
        QCOMPARE(v.anchorSeq, b.auditHeadSeq);
        QVERIFY2(v.anchorProblem.contains(QStringLiteral("backup")), qPrintable(v.anchorProblem));
        QVERIFY2(v.anchorProblem.contains(QStringLiteral("1 more")), qPrintable(v.anchorProblem));

        {
            auto db = attacker();
            QSqlDatabase c = db->connection();
            exec(c, QStringLiteral("UPDATE backups SET audit_head_seq = 1"));
        }
        const auto forged = check();
        QCOMPARE(forged.status, QStringLiteral("anchor_invalid"));
        QVERIFY2(forged.reason.contains(QStringLiteral("backup")), qPrintable(forged.reason));
    }

    // Deleting the checkpoint file alone is reported: nothing rules out a cut-off end.
    void missingCheckpointFileIsReported()
    {
        start();
        fill(3);
        QVERIFY(check().ok);
        QVERIFY(QFile::remove(m_server->checkpointFile()));
        const auto v = check();
        QVERIFY(!v.ok);
        QCOMPARE(v.status, QStringLiteral("checkpoints_missing"));
        QVERIFY(m_server->server().auditCheckpointer().flush().has_value()); // the server writes it again
        QVERIFY(check().ok);
    }

    // (3) GB/T 32905-2016 appendix A test vectors, through OpenSSL 3's default provider.
    void sm3DigestMatchesTheStandardVectors()
    {
        QCOMPARE(AuditKey::digest(AuditHash::Sm3, "abc").toHex(),
                 QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
        QCOMPARE(AuditKey::digest(AuditHash::Sm3, QByteArray("abcd").repeated(16)).toHex(),
                 QByteArray("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"));
        // HMAC-SM3 as RFC 2104 builds it from the digest (64-byte blocks), computed by hand.
        const QByteArray key = "audit-key";
        QByteArray k = key.leftJustified(64, '\0');
        QByteArray ipad = k, opad = k;
        for (int i = 0; i < 64; ++i) {
            ipad[i] = char(ipad[i] ^ 0x36);
            opad[i] = char(opad[i] ^ 0x5c);
        }
        const QByteArray inner = AuditKey::digest(AuditHash::Sm3, ipad + QByteArray("entry"));
        QCOMPARE(AuditKey::hmac(AuditHash::Sm3, key, "entry"),
                 AuditKey::digest(AuditHash::Sm3, opad + inner));
    }

    // (3) audit.hash = sm3: every new link is HMAC-SM3 with the audit key, recorded per
    // entry; the chain verifies, and the same attack as (1) fails it.
    void sm3ChainVerifiesAndCatchesTheRewrite()
    {
        TestServerOptions sm3;
        sm3.auditHash = QStringLiteral("sm3");
        start(sm3);
        fill(10);
        QVERIFY(check().ok);
        QSqlDatabase db = m_server->server().database().connection();
        const QList<AuditEntry> stored = storedAuditEntries(db);
        QVERIFY(!stored.isEmpty());
        const AuditEntry last = stored.last();
        QCOMPARE(last.alg, QStringLiteral("hmac-sm3"));
        QSqlQuery algs(db);
        QVERIFY(algs.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE alg <> 'hmac-sm3'")) &&
                algs.next());
        QCOMPARE(algs.value(0).toInt(), 0);
        algs.finish();
        QFile keyFile(m_server->auditKeyFile());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray rawKey = QByteArray::fromHex(keyFile.readAll().trimmed());
        QCOMPARE(
            QString::fromLatin1(AuditKey::hmac(AuditHash::Sm3, rawKey, AuditLog::canonical(last)).toHex()),
            last.hash);
        rehash(4, false, [](AuditEntry& e) {
            if (e.seq == 4)
                e.event.outcome = QStringLiteral("denied");
        });
        const auto v = check();
        QCOMPARE(v.status, QStringLiteral("broken"));
        QCOMPARE(v.firstBrokenSeq, qint64(4));
    }

    // Databases of earlier versions: their unkeyed entries still verify, sealed by the
    // first keyed one; an unkeyed entry after a keyed one is refused (no downgrade).
    void unkeyedEntriesOfAnEarlierVersionStillVerify()
    {
        start();
        QTemporaryDir dir;
        auto old =
            cp::server::openDatabase(dir.filePath(QStringLiteral("old.db")), cp::store::generateKeyHex());
        QSqlDatabase c = old->connection();
        QString prev = QString::fromLatin1(AuditLog::kGenesisHash);
        const auto oldAppend = [&](qint64 seq) { // the INSERT of the earlier version: no alg column
            AuditEntry e;
            e.seq = seq;
            e.at = QDateTime(QDate(2026, 1, 5), QTime(9, int(seq)), Qt::UTC);
            e.event = {{std::nullopt, QStringLiteral("clerk"), {}, {}},
                       QStringLiteral("auth.login"),
                       {},
                       QStringLiteral("ok"),
                       {}};
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            exec(c,
                 QStringLiteral(
                     "INSERT INTO audit_log (seq, at, account_login, action, outcome, prev_hash, hash) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {e.seq, cp::protocol::toWireTime(e.at), e.event.actor.login, e.event.action, e.event.outcome,
                  e.prevHash, e.hash});
            prev = e.hash;
        };
        for (qint64 seq = 1; seq <= 5; ++seq)
            oldAppend(seq);
        for (int i = 0; i < 3; ++i) {
            appendAudit(c, m_server->now(), {{}, QStringLiteral("auth.login"), {}, QStringLiteral("ok"), {}});
        }
        auto v = AuditLog::verify(c);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.legacyEntries, qint64(5));
        QCOMPARE(v.keyedFromSeq, qint64(6));
        prev = AuditLog::head(c).link;
        oldAppend(9);
        v = AuditLog::verify(c);
        QCOMPARE(v.firstBrokenSeq, qint64(9));
        QVERIFY2(v.reason.contains(QStringLiteral("unkeyed entry after")), qPrintable(v.reason));
    }
};

QTEST_MAIN(TestAuditTamper)
#include "test_audit_tamper.moc"
