// The CPSQLCIPHER Qt SQL driver: encryption on disk, key checks, pragmas, binding and types,
// transactions, WAL concurrency, and that plain SQLite (QSQLITE) never enters the process.
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/SqlCipherDriver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <future>
#include <limits>
#include <thread>

using namespace cp::store;
using namespace cp::store::test;
using namespace Qt::StringLiterals;

class tst_SqlCipherDriver : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir dir_;
    QString dbPath(const QString& name) const { return dir_.filePath(name); }
    static QVariant scalar(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return QVariant(u"<error: %1>"_s.arg(q.lastError().text()));
        return q.value(0);
    }

  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        registerSqlCipherDriver();
        registerSqlCipherDriver(); // idempotent
        QVERIFY(QSqlDatabase::isDriverAvailable(QString::fromLatin1(kDriverName)));
    }

    void usesOwnDriverAndNeverPlainSqlite()
    {
        Connection c(dbPath(u"driver.db"_s), kKey);
        QVERIFY2(c.isOpen(), qPrintable(c.openError().text()));
        QCOMPARE(QSqlDatabase::database(c.name(), false).driverName(), u"CPSQLCIPHER"_s);
        QVERIFY(!scalar(c.db(), u"PRAGMA cipher_version"_s).toString().isEmpty());
        const QByteArray maps = readAll(u"/proc/self/maps"_s);
        QVERIFY(maps.contains("libsqlcipher"));
        QVERIFY2(!maps.contains("libsqlite3.so"), "plain libsqlite3 is loaded");
        QVERIFY2(!maps.contains("libqsqlite"), "Qt's QSQLITE plugin is loaded");
    }

    void storesNothingInPlaintext()
    {
        const QString path = dbPath(u"plain.db"_s);
        const QByteArray marker = "KNOWN-PLAINTEXT-MARKER-3f9a";
        {
            Connection c(path, kKey);
            QVERIFY(c.isOpen());
            QSqlQuery q(c.db());
            QVERIFY(q.exec(u"CREATE TABLE secret (v TEXT)"_s));
            QVERIFY(q.prepare(u"INSERT INTO secret (v) VALUES (?)"_s));
            q.addBindValue(QString::fromLatin1(marker));
            QVERIFY(q.exec());
            // Before closing: the WAL file must not leak it either.
            QVERIFY(!readAll(path + u"-wal"_s).contains(marker));
        }
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() >= 1024);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(marker));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void refusesWrongKeyAndLeavesFileUntouched()
    {
        const QString path = dbPath(u"wrongkey.db"_s);
        {
            Connection c(path, kKey);
            QVERIFY(c.isOpen());
            QVERIFY(QSqlQuery(c.db()).exec(u"CREATE TABLE t (v INTEGER)"_s));
        }
        const QByteArray before = readAll(path);
        const QStringList filesBefore = QDir(dir_.path()).entryList(QDir::Files);
        {
            Connection c(path, kOtherKey);
            QVERIFY(!c.isOpen());
            const QString text = c.openError().text();
            QVERIFY2(text.contains(u"wrong database key or not a credit database"_s), qPrintable(text));
            QVERIFY(!text.contains(QString::fromLatin1(kOtherKey), Qt::CaseInsensitive));
            QVERIFY(!text.contains(QString::fromLatin1(kKey), Qt::CaseInsensitive));
        }
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir_.path()).entryList(QDir::Files), filesBefore);
    }

    void refusesMalformedKey_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("63 hex") << kKey.left(63);
        QTest::newRow("65 hex") << kKey + "0";
        QTest::newRow("non-hex") << QByteArray(kKey).replace(0, 1, "g");
        QTest::newRow("passphrase") << QByteArray("correct horse battery staple");
        QTest::newRow("x'' form") << "x'" + kKey + "'";
    }
    void refusesMalformedKey()
    {
        QFETCH(QByteArray, key);
        const QString path = dbPath(u"malformed.db"_s);
        Connection c(path, key);
        QVERIFY(!c.isOpen());
        QVERIFY(c.openError().text().contains(u"64 hexadecimal"_s));
        QVERIFY(!QFileInfo::exists(path)); // refused before touching the file system
    }

    void refusesUnknownConnectOption()
    {
        Connection c(dbPath(u"options.db"_s), kKey, u"BUSY_TIMOUT=10"_s);
        QVERIFY(!c.isOpen());
        QVERIFY(c.openError().text().contains(u"unknown connect option"_s));
    }

    void appliesSecurityAndConcurrencyPragmas()
    {
        Connection c(dbPath(u"pragmas.db"_s), kKey);
        QVERIFY(c.isOpen());
        QCOMPARE(scalar(c.db(), u"PRAGMA secure_delete"_s).toInt(), 1);
        QCOMPARE(scalar(c.db(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(c.db(), u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(c.db(), u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        QCOMPARE(scalar(c.db(), u"PRAGMA temp_store"_s).toInt(), 2);  // MEMORY
    }

    void enforcesForeignKeys()
    {
        Connection c(dbPath(u"fk.db"_s), kKey);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(q.exec(u"CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent(id))"_s));
        QVERIFY(!q.exec(u"INSERT INTO child VALUES (42)"_s));
        QVERIFY(q.lastError().text().contains(u"FOREIGN KEY"_s));
    }

    void commitsAndRollsBackTransactions()
    {
        Connection c(dbPath(u"tx.db"_s), kKey);
        QSqlDatabase db = c.db();
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (v INTEGER)"_s));
        QVERIFY(db.transaction());
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO t VALUES (1)"_s));
        QVERIFY(db.commit());
        QVERIFY(db.transaction());
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO t VALUES (2)"_s));
        QVERIFY(db.rollback());
        QCOMPARE(scalar(db, u"SELECT group_concat(v) FROM t"_s).toString(), u"1"_s);
    }

    void storesHostileStringLiterally()
    {
        Connection c(dbPath(u"hostile.db"_s), kKey);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"CREATE TABLE x (v TEXT)"_s));
        const QString hostile = u"'); DROP TABLE x;--"_s;
        QVERIFY(q.prepare(u"INSERT INTO x (v) VALUES (:v)"_s));
        q.bindValue(u":v"_s, hostile);
        QVERIFY(q.exec());
        QVERIFY(c.db().tables().contains(u"x"_s));
        QCOMPARE(scalar(c.db(), u"SELECT v FROM x"_s).toString(), hostile);
    }

    void roundTripsValuesOfEveryKind()
    {
        Connection c(dbPath(u"types.db"_s), kKey);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"CREATE TABLE v (k TEXT PRIMARY KEY, val)"_s));
        QByteArray allBytes;
        for (int i = 0; i < 256; ++i)
            allBytes.append(char(i));
        const QDateTime when(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC);
        const QList<std::pair<QString, QVariant>> values = {
            {u"null"_s, QVariant(QMetaType::fromType<QString>())},
            {u"nullString"_s, QVariant(QString())},
            {u"emptyString"_s, QVariant(u""_s)},
            {u"blob"_s, QVariant(allBytes)},
            {u"emptyBlob"_s, QVariant(QByteArray(""))},
            {u"chinese"_s, QVariant(u"征信异议处理：张三（身份证）"_s)},
            {u"emoji"_s, QVariant(u"👩‍💻 ok 😀"_s)},
            {u"min"_s, QVariant(std::numeric_limits<qint64>::min())},
            {u"max"_s, QVariant(std::numeric_limits<qint64>::max())},
            {u"double"_s, QVariant(-1234.5678e-9)},
            {u"true"_s, QVariant(true)},
            {u"false"_s, QVariant(false)},
            {u"when"_s, QVariant(when)},
            {u"day"_s, QVariant(QDate(2024, 1, 31))},
        };
        QVERIFY(q.prepare(u"INSERT INTO v (k, val) VALUES (?, ?)"_s));
        for (const auto& [key, value] : values) {
            q.bindValue(0, key);
            q.bindValue(1, value);
            QVERIFY2(q.exec(), qPrintable(key + u": "_s + q.lastError().text()));
        }
        QSqlQuery r(c.db());
        QVERIFY(r.prepare(u"SELECT val, typeof(val) FROM v WHERE k = ?"_s));
        const auto read = [&](const QString& key) {
            r.bindValue(0, key);
            if (!r.exec() || !r.next())
                return std::pair(QVariant(u"<missing>"_s), QString());
            return std::pair(r.value(0), r.value(1).toString());
        };
        QVERIFY(read(u"null"_s).first.isNull());
        QCOMPARE(read(u"nullString"_s).second, u"null"_s);
        QCOMPARE(read(u"emptyString"_s).second, u"text"_s);
        QCOMPARE(read(u"blob"_s).first.toByteArray(), allBytes);
        QCOMPARE(read(u"emptyBlob"_s).second, u"blob"_s);
        QCOMPARE(read(u"chinese"_s).first.toString(), u"征信异议处理：张三（身份证）"_s);
        QCOMPARE(read(u"emoji"_s).first.toString(), u"👩‍💻 ok 😀"_s);
        QCOMPARE(read(u"min"_s).first.toLongLong(), std::numeric_limits<qint64>::min());
        QCOMPARE(read(u"max"_s).first.toLongLong(), std::numeric_limits<qint64>::max());
        QCOMPARE(read(u"double"_s).first.toDouble(), -1234.5678e-9);
        QCOMPARE(read(u"true"_s), std::pair(QVariant(1LL), u"integer"_s));
        QCOMPARE(read(u"false"_s).first.toLongLong(), 0);
        QCOMPARE(read(u"when"_s).first.toString(), u"2024-02-29T23:59:58.123Z"_s);
        QCOMPARE(read(u"when"_s).first.toDateTime(), when);
        QCOMPARE(read(u"day"_s).first.toString(), u"2024-01-31"_s);
    }

    void bindsNamedAndPositionalPlaceholders()
    {
        Connection c(dbPath(u"binding.db"_s), kKey);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"CREATE TABLE p (a INTEGER, b TEXT, c INTEGER)"_s));
        QVERIFY(q.prepare(u"INSERT INTO p (a, b, c) VALUES (:a, :b, :a)"_s)); // :a used twice
        q.bindValue(u":a"_s, 7);
        q.bindValue(u":b"_s, u"named"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(u"INSERT INTO p (a, b, c) VALUES (?, ?, ?)"_s));
        q.bindValue(0, 8);
        q.bindValue(1, u"positional"_s);
        q.bindValue(2, 9);
        QVERIFY(q.exec());
        QVERIFY(q.prepare(u"INSERT INTO p (a, b, c) VALUES (?, ?, ?)"_s));
        q.addBindValue(10);
        q.addBindValue(u"added"_s);
        q.addBindValue(11);
        QVERIFY(q.exec());
        QVERIFY(q.prepare(u"SELECT b FROM p WHERE a = :x AND b <> ':x' ORDER BY b"_s)); // ':x' is text
        q.bindValue(u":x"_s, 7);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"named"_s);
        QCOMPARE(scalar(c.db(), u"SELECT group_concat(a || b || c, ',') FROM p"_s).toString(),
                 u"7named7,8positional9,10added11"_s);

        QVERIFY(q.prepare(u"SELECT * FROM p WHERE a = ? AND c = ?"_s));
        q.addBindValue(1);
        QVERIFY(!q.exec()); // too few values is an error, not a silent NULL
        QVERIFY(q.lastError().text().contains(u"Parameter count mismatch"_s));
    }

    void reportsLastInsertIdAndRowsAffected()
    {
        Connection c(dbPath(u"ids.db"_s), kKey);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"CREATE TABLE r (id INTEGER PRIMARY KEY, v INTEGER)"_s));
        QVERIFY(q.exec(u"INSERT INTO r (v) VALUES (1)"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 1);
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(u"INSERT INTO r (id, v) VALUES (41, 2), (42, 3)"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 42);
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(q.exec(u"UPDATE r SET v = v + 1 WHERE id > 1"_s));
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(q.exec(u"UPDATE r SET v = 0 WHERE id = 999"_s));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(q.exec(u"CREATE INDEX r_v ON r (v)"_s));
        QCOMPARE(q.numRowsAffected(), 0);
    }

    void scrollsAndReadsForwardOnly()
    {
        Connection c(dbPath(u"scroll.db"_s), kKey);
        QVERIFY(QSqlQuery(c.db()).exec(u"CREATE TABLE s (n INTEGER)"_s));
        QVERIFY(QSqlQuery(c.db()).exec(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                                       "WHERE n < 500) INSERT INTO s SELECT n FROM c"_s));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"SELECT n FROM s ORDER BY n"_s));
        QVERIFY(q.last());
        QCOMPARE(q.value(0).toInt(), 500);
        QVERIFY(q.first());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.seek(249));
        QCOMPARE(q.value(0).toInt(), 250);
        QVERIFY(q.previous());
        QCOMPARE(q.value(0).toInt(), 249);
        QVERIFY(!q.seek(500));

        QSqlQuery f(c.db());
        f.setForwardOnly(true);
        QVERIFY(f.exec(u"SELECT n FROM s ORDER BY n"_s));
        qint64 sum = 0;
        int rows = 0;
        while (f.next()) {
            sum += f.value(0).toLongLong();
            ++rows;
        }
        QCOMPARE(rows, 500);
        QCOMPARE(sum, 500 * 501 / 2);
        QVERIFY(f.exec(u"SELECT n FROM s WHERE n > 1000"_s));
        QVERIFY(!f.next());
    }

    void describesFieldTypesInRecord()
    {
        Connection c(dbPath(u"record.db"_s), kKey);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"CREATE TABLE f (i INTEGER, t TEXT, b BLOB, r REAL, ok BOOLEAN, at DATETIME)"_s));
        QVERIFY(q.exec(u"INSERT INTO f VALUES (1, 'x', x'00', 1.5, 1, '2024-01-01')"_s));
        QVERIFY(q.exec(u"SELECT i, t, b, r, ok, at, 40 + 2 AS answer, NULL AS nothing FROM f"_s));
        const QSqlRecord rec = q.record();
        QCOMPARE(rec.count(), 8);
        QCOMPARE(rec.fieldName(0), u"i"_s);
        QCOMPARE(rec.field(0).metaType(), QMetaType::fromType<qlonglong>());
        QCOMPARE(rec.field(1).metaType(), QMetaType::fromType<QString>());
        QCOMPARE(rec.field(2).metaType(), QMetaType::fromType<QByteArray>());
        QCOMPARE(rec.field(3).metaType(), QMetaType::fromType<double>());
        QCOMPARE(rec.field(4).metaType(), QMetaType::fromType<bool>());
        QCOMPARE(rec.field(5).metaType(), QMetaType::fromType<QString>());
        QCOMPARE(rec.fieldName(6), u"answer"_s);
        QCOMPARE(rec.field(6).metaType(), QMetaType::fromType<qlonglong>());
        QVERIFY(q.next());
        QVERIFY(q.isNull(7));
        QCOMPARE(c.db().record(u"f"_s).count(), 6);
    }

    void refusesSeveralStatementsInOneExec()
    {
        Connection c(dbPath(u"multi.db"_s), kKey);
        QSqlQuery q(c.db());
        QVERIFY(!q.exec(u"CREATE TABLE a (v); CREATE TABLE b (v)"_s));
        QVERIFY(q.lastError().text().contains(u"multiple statements"_s));
        QVERIFY(c.db().tables().isEmpty());
        QVERIFY(q.exec(u"CREATE TABLE a (v); -- a trailing comment is fine\n"_s));
    }

    void execScriptSplitsOnStatementsNotSemicolons()
    {
        Connection c(dbPath(u"script.db"_s), kKey);
        QSqlDatabase db = c.db();
        const QString script = uR"(
            -- comments; with semicolons; are skipped
            CREATE TABLE log (msg TEXT);
            CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT);
            CREATE TRIGGER item_log AFTER INSERT ON item BEGIN
                INSERT INTO log (msg) VALUES ('added; ' || NEW.name);
                INSERT INTO log (msg) VALUES ('second;');
            END;
            INSERT INTO item (name) VALUES ('semi;colon');  /* block; comment */
        )"_s;
        QString error;
        QVERIFY2(execScript(db, script, &error), qPrintable(error));
        QCOMPARE(scalar(db, u"SELECT name FROM item"_s).toString(), u"semi;colon"_s);
        QCOMPARE(scalar(db, u"SELECT group_concat(msg, '|') FROM log"_s).toString(),
                 u"added; semi;colon|second;"_s);

        QVERIFY(!execScript(db, u"INSERT INTO item (name) VALUES ('ok');\n\nINSERT INTO nope VALUES (1);"_s,
                            &error));
        QVERIFY2(error.contains(u"statement 2 (line 3)"_s) && error.contains(u"no such table"_s),
                 qPrintable(error));
    }

    void readOnlyConnectionCannotWrite()
    {
        const QString path = dbPath(u"readonly.db"_s);
        {
            Connection c(path, kKey);
            QVERIFY(QSqlQuery(c.db()).exec(u"CREATE TABLE t (v INTEGER)"_s));
            QVERIFY(QSqlQuery(c.db()).exec(u"INSERT INTO t VALUES (5)"_s));
        }
        Connection ro(path, kKey, u"READONLY"_s);
        QVERIFY2(ro.isOpen(), qPrintable(ro.openError().text()));
        QCOMPARE(scalar(ro.db(), u"SELECT v FROM t"_s).toInt(), 5);
        QSqlQuery q(ro.db());
        QVERIFY(!q.exec(u"INSERT INTO t VALUES (6)"_s));
        QVERIFY(q.lastError().text().contains(u"readonly"_s));
        QVERIFY(ro.db().transaction()); // a read transaction still works
        QVERIFY(ro.db().commit());

        Connection missing(dbPath(u"does-not-exist.db"_s), kKey, u"READONLY"_s);
        QVERIFY(!missing.isOpen());
        QVERIFY(!QFileInfo::exists(dbPath(u"does-not-exist.db"_s)));
    }

    void readerIsNotBlockedByOpenWriteTransaction()
    {
        Database database({dbPath(u"wal.db"_s), kKey});
        QVERIFY(QSqlQuery(database.connection()).exec(u"CREATE TABLE t (v INTEGER)"_s));
        QVERIFY(QSqlQuery(database.connection()).exec(u"INSERT INTO t VALUES (1)"_s));

        std::promise<void> writerHolds;
        std::promise<void> readerDone;
        bool began = false, inserted = false, committed = false;
        std::thread writer([&] { // a plain thread, like a Poco worker
            QSqlDatabase db = database.connection();
            // EXCLUSIVE would lock readers out in rollback-journal mode; under WAL it does not.
            began = QSqlQuery(db).exec(u"BEGIN EXCLUSIVE"_s);
            inserted = QSqlQuery(db).exec(u"INSERT INTO t VALUES (2)"_s);
            writerHolds.set_value();
            readerDone.get_future().wait();
            committed = db.commit();
        });
        writerHolds.get_future().wait();
        QElapsedTimer timer;
        timer.start();
        const int seen = scalar(database.connection(), u"SELECT count(*) FROM t"_s).toInt();
        const qint64 elapsed = timer.elapsed();
        readerDone.set_value();
        writer.join();
        QVERIFY(began && inserted && committed);
        QCOMPARE(seen, 1); // the snapshot before the writer's commit...
        QVERIFY2(elapsed < 2000, "reader waited for the writer"); // ...read without waiting (timeout 5 s)
        QCOMPARE(scalar(database.connection(), u"SELECT count(*) FROM t"_s).toInt(), 2);
    }

    void singleRowLookupDoesNotPinAnOldSnapshot()
    {
        // A statement that is not reset keeps its connection's WAL read transaction open, so
        // later reads on that connection would not see other connections' commits. The driver
        // resets a statement as soon as its last row is fetched.
        const QString path = dbPath(u"snapshot.db"_s);
        Connection reader(path, kKey);
        Connection writer(path, kKey);
        QVERIFY(QSqlQuery(writer.db()).exec(u"CREATE TABLE t (v INTEGER)"_s));
        QSqlQuery lookup(reader.db()); // stays alive, as a member or long-lived local would
        QVERIFY(lookup.exec(u"SELECT count(*) FROM t"_s) && lookup.next());
        QCOMPARE(lookup.value(0).toInt(), 0);
        QVERIFY(QSqlQuery(writer.db()).exec(u"INSERT INTO t VALUES (1)"_s));
        QCOMPARE(scalar(reader.db(), u"SELECT count(*) FROM t"_s).toInt(), 1);
        QVERIFY(reader.db().transaction()); // and the reader can still become a writer
        QVERIFY(QSqlQuery(reader.db()).exec(u"INSERT INTO t VALUES (2)"_s));
        QVERIFY(reader.db().commit());
    }

    void acceptsKeyHexInEitherCase()
    {
        const QString path = dbPath(u"case.db"_s);
        {
            Connection c(path, kKey);
            QVERIFY(QSqlQuery(c.db()).exec(u"CREATE TABLE t (v INTEGER)"_s));
        }
        Connection upper(path, kKey.toUpper());
        QVERIFY2(upper.isOpen(), qPrintable(upper.openError().text()));
    }

    void secondWriterReportsBusyAfterTimeout()
    {
        const QString path = dbPath(u"busy.db"_s);
        Connection first(path, kKey);
        Connection second(path, kKey, u"BUSY_TIMEOUT=50"_s);
        QVERIFY(first.db().transaction());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!second.db().transaction());
        QVERIFY(timer.elapsed() >= 40);
        QVERIFY2(second.db().lastError().text().contains(u"locked"_s),
                 qPrintable(second.db().lastError().text()));
        QVERIFY(first.db().rollback());
        QVERIFY(second.db().transaction());
        QVERIFY(second.db().commit());
    }

    void waitingWriterProceedsOnceFirstCommits()
    {
        const QString path = dbPath(u"serialize.db"_s);
        Connection first(path, kKey);
        QVERIFY(QSqlQuery(first.db()).exec(u"CREATE TABLE t (v INTEGER)"_s));
        QVERIFY(first.db().transaction());
        QVERIFY(QSqlQuery(first.db()).exec(u"INSERT INTO t VALUES (1)"_s));
        std::promise<void> starting;
        bool secondOk = false;
        std::thread other([&] {
            Connection second(path, kKey, u"BUSY_TIMEOUT=20000"_s);
            starting.set_value();
            secondOk = second.db().transaction() &&
                       QSqlQuery(second.db()).exec(u"INSERT INTO t VALUES (2)"_s) && second.db().commit();
        });
        starting.get_future().wait();
        QVERIFY(first.db().commit());
        other.join();
        QVERIFY(secondOk);
        QCOMPARE(scalar(first.db(), u"SELECT group_concat(v) FROM t"_s).toString(), u"1,2"_s);
    }

    void sqlcipherCommandLineOpensTheFile()
    {
#ifndef CP_SQLCIPHER_CLI
        QSKIP("the sqlcipher command-line tool is not installed");
#else
        const QString path = dbPath(u"cli.db"_s);
        {
            Connection c(path, kKey);
            QVERIFY(QSqlQuery(c.db()).exec(u"CREATE TABLE t (v TEXT)"_s));
            QVERIFY(QSqlQuery(c.db()).exec(u"INSERT INTO t VALUES ('seen by the cli')"_s));
        }
        QProcess cli;
        cli.start(QStringLiteral(CP_SQLCIPHER_CLI), {path});
        QVERIFY(cli.waitForStarted());
        cli.write("PRAGMA key = \"x'" + kKey + "'\";\nSELECT v FROM t;\n"); // via stdin, not argv
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.readAllStandardOutput().contains("seen by the cli"),
                 cli.readAllStandardError().constData());
#endif
    }
};

QTEST_GUILESS_MAIN(tst_SqlCipherDriver)
#include "test_sqlcipher_driver.moc"
