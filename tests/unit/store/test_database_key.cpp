// Key material (files, environment, generation), the startup key check, and Database:
// per-thread connections, their cleanup, and the Transaction guard.
#include "StoreTestSupport.h"
#include "store/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <future>
#include <thread>

using namespace cp::store;
using namespace cp::store::test;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QString& path, const QByteArray& content, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    file.close();
    file.setPermissions(permissions);
    return path;
}

constexpr QFile::Permissions kOwnerReadWrite = QFile::ReadOwner | QFile::WriteOwner;

// Runs f in a plain std::thread (like a Poco worker) and returns its result.
template <class F> auto inPlainThread(F f)
{
    std::packaged_task<decltype(f())()> task(std::move(f));
    auto result = task.get_future();
    std::thread(std::move(task)).join();
    return result.get();
}

int count(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class tst_DatabaseKey : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir dir_;
    int serial_ = 0;
    QString fresh(const QString& stem) { return dir_.filePath(u"%1-%2"_s.arg(stem).arg(++serial_)); }

  private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void loadsWellFormedKeyFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("with newline") << kKey + "\n";
        QTest::newRow("without newline") << kKey;
        QTest::newRow("crlf") << kKey + "\r\n";
        QTest::newRow("uppercase") << kKey.toUpper() + "\n";
    }
    void loadsWellFormedKeyFile()
    {
        QFETCH(QByteArray, content);
        const QString path = writeFile(fresh(u"key"_s), content, kOwnerReadWrite);
        QCOMPARE(loadKeyFile(path), content.trimmed());
    }

    void refusesMalformedKeyFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("63 hex") << kKey.left(63) + "\n";
        QTest::newRow("65 hex") << kKey + "a\n";
        QTest::newRow("non-hex") << QByteArray(kKey).replace(10, 1, "z");
        QTest::newRow("leading space") << " " + kKey;
        QTest::newRow("two lines") << kKey + "\n" + kKey + "\n";
        QTest::newRow("passphrase") << QByteArray("correct horse battery staple\n");
    }
    void refusesMalformedKeyFile()
    {
        QFETCH(QByteArray, content);
        const QString path = writeFile(fresh(u"key"_s), content, kOwnerReadWrite);
        try {
            loadKeyFile(path);
            QFAIL("malformed key file accepted");
        } catch (const StoreError& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(u"64 hexadecimal"_s));
            QVERIFY(!QByteArray(e.what()).contains(kKey.left(16)));
        }
    }

    void refusesKeyFileReadableByOthers_data()
    {
        QTest::addColumn<uint>("mode");
        QTest::newRow("0644") << 0644u;
        QTest::newRow("0640") << 0640u;
        QTest::newRow("0604") << 0604u;
        QTest::newRow("0660") << 0660u;
        QTest::newRow("0700") << 0700u;
    }
    void refusesKeyFileReadableByOthers()
    {
        QFETCH(uint, mode);
        const QString path = writeFile(fresh(u"key"_s), kKey + "\n", kOwnerReadWrite);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
        try {
            loadKeyFile(path);
            QFAIL("key file with loose permissions accepted");
        } catch (const StoreError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(path) && message.contains(u"0600"_s) &&
                         message.contains(u"0%1"_s.arg(mode, 3, 8, QChar(u'0'))),
                     qPrintable(message));
        }
    }

    void acceptsOwnerOnlyKeyFile_data()
    {
        QTest::addColumn<uint>("mode");
        QTest::newRow("0600") << 0600u;
        QTest::newRow("0400") << 0400u;
    }
    void acceptsOwnerOnlyKeyFile()
    {
        QFETCH(uint, mode);
        const QString path = writeFile(fresh(u"key"_s), kKey + "\n", kOwnerReadWrite);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
        QCOMPARE(loadKeyFile(path), kKey);
    }

    void refusesMissingKeyFileOrDirectory()
    {
        QVERIFY_THROWS_EXCEPTION(StoreError, loadKeyFile(fresh(u"missing"_s)));
        QVERIFY_THROWS_EXCEPTION(StoreError, loadKeyFile(dir_.path()));
    }

    void generatesDistinctRandomKeys()
    {
        const QByteArray a = generateKeyHex();
        const QByteArray b = generateKeyHex();
        QVERIFY(isValidKeyHex(a));
        QCOMPARE(a, a.toLower());
        QVERIFY(a != b);
    }

    void writesKeyFileOwnerOnlyAndNeverOverwrites()
    {
        const QString path = fresh(u"generated.key"_s);
        const mode_t oldMask = ::umask(0); // a permissive umask must not widen the mode
        const QByteArray key = generateKeyHex();
        writeKeyFile(path, key);
        ::umask(oldMask);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        QCOMPARE(loadKeyFile(path), key);
        QVERIFY_THROWS_EXCEPTION(StoreError, writeKeyFile(path, generateKeyHex()));
        QCOMPARE(loadKeyFile(path), key); // unchanged
        QVERIFY_THROWS_EXCEPTION(StoreError, writeKeyFile(fresh(u"bad.key"_s), "not a key"));
    }

    void loadsKeyFromEnvironmentWithoutEchoingIt()
    {
        qputenv("CP_TEST_DB_KEY", kKey);
        QCOMPARE(loadKeyFromEnv("CP_TEST_DB_KEY"), kKey);
        qputenv("CP_TEST_DB_KEY", "0011-not-a-key-secretvalue");
        try {
            loadKeyFromEnv("CP_TEST_DB_KEY");
            QFAIL("malformed key accepted");
        } catch (const StoreError& e) {
            QVERIFY(QByteArray(e.what()).contains("CP_TEST_DB_KEY"));
            QVERIFY(!QByteArray(e.what()).contains("secretvalue"));
        }
        qunsetenv("CP_TEST_DB_KEY");
        QVERIFY_THROWS_EXCEPTION(StoreError, loadKeyFromEnv("CP_TEST_DB_KEY"));
    }

    void checkDatabaseKeyTellsRightFromWrong()
    {
        const QString path = fresh(u"check.db"_s);
        QString error;
        QVERIFY(!checkDatabaseKey(path, kKey, &error));
        QVERIFY(error.contains(u"does not exist"_s));
        {
            Database db({path, kKey});
            QVERIFY(QSqlQuery(db.connection()).exec(u"CREATE TABLE t (v INTEGER)"_s));
        }
        QVERIFY2(checkDatabaseKey(path, kKey, &error), qPrintable(error));
        QVERIFY(!checkDatabaseKey(path, kOtherKey, &error));
        QVERIFY2(error.contains(u"wrong database key"_s) && error.contains(path), qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(kOtherKey)));
    }

    void databaseRefusesMalformedKey()
    {
        QVERIFY_THROWS_EXCEPTION(StoreError, Database({fresh(u"x.db"_s), "abc"}));
    }

    void connectionThrowsForWrongKeyWithoutLeakingIt()
    {
        const QString path = fresh(u"wrong.db"_s);
        {
            Database db({path, kKey});
            QVERIFY(db.connection().isOpen());
        }
        Database wrong({path, kOtherKey});
        try {
            wrong.connection();
            QFAIL("opened with the wrong key");
        } catch (const StoreError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(path) && message.contains(u"wrong database key"_s),
                     qPrintable(message));
            QVERIFY(!message.contains(QString::fromLatin1(kOtherKey)) &&
                    !message.contains(QString::fromLatin1(kKey)));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, wrong.connection()); // still refused, no half-open state
    }

    void connectionIsPerThreadAndRemovedWhenThreadEnds()
    {
        Database db({fresh(u"threads.db"_s), kKey});
        const QString mine = db.connection().connectionName();
        QCOMPARE(db.connection().connectionName(), mine);
        QCOMPARE(db.connection().driverName(), u"CPSQLCIPHER"_s);
        QVERIFY(QSqlQuery(db.connection()).exec(u"CREATE TABLE t (v INTEGER)"_s));

        const QString theirs = inPlainThread([&] {
            QSqlDatabase c = db.connection();
            QSqlQuery(c).exec(u"INSERT INTO t VALUES (1)"_s);
            return c.connectionName();
        });
        QVERIFY(theirs != mine);
        QVERIFY(!QSqlDatabase::contains(theirs)); // removed by the ending thread
        QVERIFY(QSqlDatabase::contains(mine));
        QCOMPARE(count(db.connection(), u"t"_s), 1);
    }

    void closeThreadConnectionRemovesIt()
    {
        Database db({fresh(u"close.db"_s), kKey});
        const QString name = db.connection().connectionName();
        db.closeThreadConnection();
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(db.connection().isOpen()); // reopened on demand
    }

    void destroyingDatabaseRemovesItsConnections()
    {
        QString name;
        std::promise<void> opened;
        std::promise<void> release;
        std::thread worker;
        {
            Database db({fresh(u"destroy.db"_s), kKey});
            name = db.connection().connectionName();
            worker = std::thread([&] {
                db.connection();
                opened.set_value();
                release.get_future().wait(); // outlives the Database
            });
            opened.get_future().wait();
        }
        QVERIFY(!QSqlDatabase::contains(name));
        release.set_value();
        worker.join(); // its thread-exit cleanup must cope with the Database being gone
        QVERIFY(QSqlDatabase::connectionNames().filter(u"cp-"_s).isEmpty());
    }

    void transactionGuardRollsBackUnlessCommitted()
    {
        Database db({fresh(u"guard.db"_s), kKey});
        QVERIFY(QSqlQuery(db.connection()).exec(u"CREATE TABLE t (v INTEGER)"_s));
        {
            Transaction tx(db.connection());
            QVERIFY(QSqlQuery(db.connection()).exec(u"INSERT INTO t VALUES (1)"_s));
        } // no commit
        QCOMPARE(count(db.connection(), u"t"_s), 0);
        {
            Transaction tx(db.connection());
            QVERIFY(QSqlQuery(db.connection()).exec(u"INSERT INTO t VALUES (2)"_s));
            tx.commit();
            QVERIFY(!tx.isActive());
        }
        QCOMPARE(count(db.connection(), u"t"_s), 1);
    }

    void transactionHelperCommitsOrRollsBackOnException()
    {
        Database db({fresh(u"helper.db"_s), kKey});
        const int id = db.transaction([](QSqlDatabase& c) {
            QSqlQuery q(c);
            q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s);
            q.exec(u"INSERT INTO t (v) VALUES ('kept')"_s);
            return q.lastInsertId().toInt();
        });
        QCOMPARE(id, 1);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, db.transaction([](QSqlDatabase& c) {
            QSqlQuery(c).exec(u"INSERT INTO t (v) VALUES ('dropped')"_s);
            throw std::runtime_error("handler failed");
        }));
        QCOMPARE(count(db.connection(), u"t"_s), 1);
    }

    void failedCommitIsRolledBack()
    {
        Database db({fresh(u"deferred.db"_s), kKey});
        QVERIFY(QSqlQuery(db.connection()).exec(u"CREATE TABLE p (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(QSqlQuery(db.connection())
                    .exec(u"CREATE TABLE c (p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.transaction([](QSqlDatabase& c) {
            QSqlQuery(c).exec(u"INSERT INTO c VALUES (7)"_s); // orphan: fails only at COMMIT
        }));
        QCOMPARE(count(db.connection(), u"c"_s), 0);
        QVERIFY(db.connection().transaction()); // no transaction left open
        QVERIFY(db.connection().rollback());
    }

    void readOnlyDatabaseRefusesWrites()
    {
        const QString path = fresh(u"ro.db"_s);
        {
            Database db({path, kKey});
            QVERIFY(QSqlQuery(db.connection()).exec(u"CREATE TABLE t (v INTEGER)"_s));
        }
        Database ro({path, kKey, 5000, true});
        QVERIFY(ro.isReadOnly());
        QCOMPARE(count(ro.connection(), u"t"_s), 0);
        QVERIFY(!QSqlQuery(ro.connection()).exec(u"INSERT INTO t VALUES (1)"_s));
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseKey)
#include "test_database_key.moc"
