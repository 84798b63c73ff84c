// The migration mechanism: ordering, atomicity, version checks, loading from disk and from
// Qt resources. The real schema migrations are the server's own and tested with it.
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp::store;
using namespace cp::store::test;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant(u"<error: %1>"_s.arg(q.lastError().text()));
}

const Migration kCreateA{1, u"create_a"_s, u"CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);"_s};
const Migration kCreateB{2, u"create_b"_s, u"CREATE TABLE b (a_id INTEGER REFERENCES a(id));"_s};
const Migration kBroken{3, u"broken"_s,
                        u"CREATE TABLE c (v TEXT);\nINSERT INTO a (v) VALUES ('partial');\n"
                        "INSERT INTO no_such_table VALUES (1);"_s};

bool writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

  private:
    QTemporaryDir dir_;
    int serial_ = 0;
    std::unique_ptr<Database> database_;
    QSqlDatabase freshDb()
    {
        database_.reset(); // one at a time: connections of the previous one go away
        database_ =
            std::make_unique<Database>(DatabaseConfig{dir_.filePath(u"m%1.db"_s.arg(++serial_)), kKey});
        return database_->connection();
    }

  private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void cleanupTestCase() { database_.reset(); }

    void newDatabaseIsAtVersionZero()
    {
        QSqlDatabase db = freshDb();
        QCOMPARE(Migrator({kCreateA}).currentVersion(db), 0);
    }

    void appliesPendingMigrationsOnceAndRecordsThem()
    {
        QSqlDatabase db = freshDb();
        Migrator first({kCreateA});
        QCOMPARE(first.apply(db), 1);
        Migrator both({kCreateA, kCreateB});
        QCOMPARE(both.apply(db), 1); // only the new one
        QCOMPARE(both.apply(db), 0);
        QCOMPARE(both.currentVersion(db), 2);
        QCOMPARE(scalar(db, u"SELECT group_concat(version || ':' || name, ',') FROM schema_migrations"_s)
                     .toString(),
                 u"1:create_a,2:create_b"_s);
        const QDateTime appliedAt = QDateTime::fromString(
            scalar(db, u"SELECT applied_at FROM schema_migrations WHERE version = 2"_s).toString(),
            Qt::ISODateWithMs);
        QVERIFY(appliedAt.isValid());
        QCOMPARE(appliedAt.timeSpec(), Qt::UTC);
        QVERIFY(db.tables().contains(u"b"_s));
    }

    void failingMigrationRollsBackEntirely()
    {
        QSqlDatabase db = freshDb();
        Migrator migrator({kCreateA, kCreateB, kBroken});
        try {
            migrator.apply(db);
            QFAIL("broken migration applied");
        } catch (const StoreError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(u"migration 3 (broken)"_s) &&
                         message.contains(u"statement 3 (line 3)"_s),
                     qPrintable(message));
        }
        QCOMPARE(migrator.currentVersion(db), 2); // 1 and 2 committed on their own
        QVERIFY(!db.tables().contains(u"c"_s));   // nothing of 3 survives
        QCOMPARE(scalar(db, u"SELECT count(*) FROM a"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM schema_migrations WHERE version = 3"_s).toInt(), 0);

        Migration fixed = kBroken;
        fixed.sql = u"CREATE TABLE c (v TEXT);"_s;
        QCOMPARE(Migrator({kCreateA, kCreateB, fixed}).apply(db), 1);
    }

    void refusesDatabaseNewerThanProgram()
    {
        QSqlDatabase db = freshDb();
        QCOMPARE(Migrator({kCreateA, kCreateB}).apply(db), 2);
        Migrator older({kCreateA});
        QVERIFY_THROWS_EXCEPTION(StoreError, older.apply(db));
        try {
            older.apply(db);
        } catch (const StoreError& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(u"newer"_s));
        }
        QCOMPARE(older.currentVersion(db), 2); // untouched
    }

    void refusesMigrationSkippedInThePast()
    {
        QSqlDatabase db = freshDb();
        const Migration later{5, u"later"_s, u"CREATE TABLE later (v);"_s};
        QCOMPARE(Migrator({kCreateA, later}).apply(db), 2);
        // A migration numbered below the current version appeared afterwards: a merge mistake.
        QVERIFY_THROWS_EXCEPTION(StoreError, Migrator({kCreateA, kCreateB, later}).apply(db));
        QVERIFY(!db.tables().contains(u"b"_s));
    }

    void refusesVersionsNotStrictlyIncreasing_data()
    {
        QTest::addColumn<QList<int>>("versions");
        QTest::newRow("duplicate") << QList<int>{1, 2, 2};
        QTest::newRow("decreasing") << QList<int>{1, 3, 2};
        QTest::newRow("zero") << QList<int>{0, 1};
        QTest::newRow("negative") << QList<int>{-1};
    }
    void refusesVersionsNotStrictlyIncreasing()
    {
        QFETCH(QList<int>, versions);
        QList<Migration> migrations;
        for (int v : versions)
            migrations.append({v, u"m%1"_s.arg(v), u"SELECT 1;"_s});
        QVERIFY_THROWS_EXCEPTION(StoreError, Migrator{migrations});
    }

    void rebuildsReferencedTableWithForeignKeysOff()
    {
        QSqlDatabase db = freshDb();
        QCOMPARE(Migrator({kCreateA, kCreateB}).apply(db), 2);
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO a (id, v) VALUES (1, 'one')"_s));
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO b (a_id) VALUES (1)"_s));
        // SQLite 3.15 cannot drop a column: rebuild the table (sqlite.org/lang_altertable.html).
        const Migration rebuild{3, u"drop_a_v"_s, uR"(-- cp:foreign_keys=off
            CREATE TABLE a_new (id INTEGER PRIMARY KEY);
            INSERT INTO a_new (id) SELECT id FROM a;
            DROP TABLE a;
            ALTER TABLE a_new RENAME TO a;)"_s};
        QCOMPARE(Migrator({kCreateA, kCreateB, rebuild}).apply(db), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM b JOIN a ON a.id = b.a_id"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1); // back on afterwards
    }

    void refusesRebuildThatBreaksForeignKeys()
    {
        QSqlDatabase db = freshDb();
        QCOMPARE(Migrator({kCreateA, kCreateB}).apply(db), 2);
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO a (id, v) VALUES (1, 'one')"_s));
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO b (a_id) VALUES (1)"_s));
        const Migration lossy{3, u"lose_rows"_s, uR"(-- cp:foreign_keys=off
            CREATE TABLE a_new (id INTEGER PRIMARY KEY);
            DROP TABLE a;
            ALTER TABLE a_new RENAME TO a;)"_s};
        QVERIFY_THROWS_EXCEPTION(StoreError, Migrator({kCreateA, kCreateB, lossy}).apply(db));
        QCOMPARE(scalar(db, u"SELECT v FROM a WHERE id = 1"_s).toString(), u"one"_s); // rolled back
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void loadsMigrationsFromDirectorySortedByVersion()
    {
        QTemporaryDir migrations;
        QVERIFY(writeText(migrations.filePath(u"0010_third.sql"_s), "CREATE TABLE third (v);"));
        QVERIFY(writeText(migrations.filePath(u"0002_second.sql"_s), "CREATE TABLE second (v);"));
        QVERIFY(writeText(migrations.filePath(u"0001_first.sql"_s), "CREATE TABLE first (v);"));
        QVERIFY(writeText(migrations.filePath(u"notes.md"_s), "ignored"));
        const QList<Migration> loaded = loadMigrationsFromDir(migrations.path());
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded.at(0).version, 1);
        QCOMPARE(loaded.at(0).name, u"first"_s);
        QCOMPARE(loaded.at(2).version, 10);
        QCOMPARE(loaded.at(2).sql, u"CREATE TABLE third (v);"_s);

        QVERIFY(writeText(migrations.filePath(u"extra.sql"_s), "SELECT 1;"));
        QVERIFY_THROWS_EXCEPTION(StoreError, loadMigrationsFromDir(migrations.path()));
        QVERIFY_THROWS_EXCEPTION(StoreError, loadMigrationsFromDir(migrations.filePath(u"missing"_s)));
    }

    void loadsAndAppliesMigrationsFromQtResource()
    {
        const QList<Migration> loaded = loadMigrationsFromDir(u":/fixture-migrations"_s);
        QCOMPARE(loaded.size(), 3); // README.txt ignored
        QCOMPARE(loaded.last().version, 10);
        QSqlDatabase db = freshDb();
        Migrator migrator(loaded);
        QCOMPARE(migrator.apply(db), 3);
        QCOMPARE(migrator.currentVersion(db), 10);
        QCOMPARE(scalar(db, u"SELECT msg FROM person_log"_s).toString(), u"added; 张三; seed"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "test_migrations.moc"
