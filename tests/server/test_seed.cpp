// `credit-server seed`: deterministic, realistic synthetic subjects and credit records
// (SPEC §2) in a real encrypted database opened the way the server opens it.
#include "Validators.h"
#include "app/CreditServer.h"
#include "domain/Sql.h"
#include "domain/seed/SeedGenerator.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp::server;

namespace {

const QDate kToday(2026, 11, 25);

SeedOptions options(quint64 seed, qint64 subjects = 2000, qint64 records = 20000)
{
    SeedOptions o;
    o.subjects = subjects;
    o.records = records;
    o.seed = seed;
    o.today = kToday;
    return o;
}

// GB 11714, written out independently of the generator: weights 3 7 9 10 5 8 4 2.
QChar orgCodeCheck(const QString& body8)
{
    const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        sum += weights[i] * (c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10);
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QChar(u'X') : check == 11 ? QChar(u'0') : QChar(u'0' + check);
}

} // namespace

class TestSeed : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_opened = 0;
    std::unique_ptr<cp::store::Database> m_db; // 2,000 subjects / 20,000 records, seed 42
    SeedResult m_result;
    QList<QPair<qint64, qint64>> m_progress;

    std::unique_ptr<cp::store::Database> freshDatabase()
    {
        return openDatabase(m_dir.filePath(QStringLiteral("seed%1.db").arg(++m_opened)),
                            cp::store::generateKeyHex());
    }
    QSqlDatabase conn() { return m_db->connection(); }
    QSqlQuery run(const QString& statement)
    {
        QSqlDatabase c = conn();
        return sql::run(c, statement);
    }
    qint64 scalar(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q = sql::run(db, sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QByteArray dumpHash(QSqlDatabase db)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char* table : {"subjects", "credit_records"}) {
            QSqlQuery q =
                sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1StringView(table)));
            const int columns = q.record().count();
            while (q.next()) {
                for (int i = 0; i < columns; ++i)
                    h.addData((q.value(i).isNull() ? QStringLiteral("\\N") : q.value(i).toString()).toUtf8() +
                              '\x1f');
                h.addData("\n");
            }
        }
        return h.result().toHex();
    }
    // share of records whose column equals value
    double share(const QString& column, const QString& value)
    {
        const double n = double(
            scalar(conn(),
                   QStringLiteral("SELECT count(*) FROM credit_records WHERE %1 = '%2'").arg(column, value)));
        return n / double(m_result.records);
    }

  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = freshDatabase();
        QSqlDatabase c = conn();
        SeedOptions o = options(42);
        o.batchSize = 5000;
        m_result = seedDatabase(c, o, [this](qint64 done, qint64 total) {
            m_progress.append({done, total});
        });
    }

    void seedsTheRequestedCounts()
    {
        QCOMPARE(m_result.subjects, qint64(2000));
        QCOMPARE(m_result.records, qint64(20000));
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM subjects")), qint64(2000));
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM credit_records")), qint64(20000));
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT min(id) FROM subjects")), qint64(1));
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT max(id) FROM subjects")), qint64(2000));
    }

    void progressReachesTheTotal()
    {
        QVERIFY(m_progress.size() >= 4); // 22,000 rows in batches of 5,000
        qint64 last = 0;
        for (const auto& [done, total] : m_progress) {
            QCOMPARE(total, qint64(22000));
            QVERIFY(done > last);
            last = done;
        }
        QCOMPARE(last, qint64(22000));
    }

    // SPEC §2: citizen IDs carry the GB 11643 check digit, credit codes the GB 32100 one.
    void everyIdNumberPassesTheCheckForItsKind()
    {
        static const QSet<QString> counties{"360202", "360203", "360222", "360281"};
        QSqlQuery q = run(QStringLiteral("SELECT kind, id_number, region_code, name, "
                                         "legal_representative FROM subjects"));
        QSet<QString> seen;
        int natural = 0;
        while (q.next()) {
            const QString kind = q.value(0).toString(), id = q.value(1).toString(),
                          region = q.value(2).toString();
            QVERIFY(counties.contains(region));
            seen.insert(id);
            if (kind == u"natural") {
                ++natural;
                QVERIFY2(cp::checkCitizenId(id, kToday) == cp::IdCheck::Ok, qPrintable(id));
                QCOMPARE(id.left(6), region);
                const int year = id.mid(6, 4).toInt();
                QVERIFY(year >= 1950 && year <= 2005);
                QVERIFY2(QRegularExpression(QStringLiteral("^\\p{Han}{2,4}$"))
                             .match(q.value(3).toString())
                             .hasMatch(),
                         qPrintable(q.value(3).toString()));
                QVERIFY(q.value(4).toString().isEmpty());
            } else {
                QCOMPARE(kind, QStringLiteral("legal"));
                QVERIFY2(cp::checkCreditCode(id) == cp::IdCheck::Ok, qPrintable(id));
                QVERIFY(id.startsWith(u"91") || id.startsWith(u"92") || id.startsWith(u"93"));
                QVERIFY(counties.contains(id.mid(2, 6)) || id.mid(2, 6) == u"360200");
                QCOMPARE(id.at(16), orgCodeCheck(id.mid(8, 8)));
                QVERIFY2(QRegularExpression(QStringLiteral("(公司|合作社|工作室|店|部|馆)$"))
                             .match(q.value(3).toString())
                             .hasMatch(),
                         qPrintable(q.value(3).toString()));
                QVERIFY(!q.value(4).toString().isEmpty());
            }
        }
        QCOMPARE(seen.size(), 2000);
        QVERIFY2(natural >= 1300 && natural <= 1500, qPrintable(QString::number(natural))); // ~70%
    }

    void organisationCodeCheckFollowsGb11714_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QChar>("check");
        QTest::newRow("Huawei 19220382-1") << "19220382" << QChar(u'1');
        QTest::newRow("letters M000100Y-4") << "M000100Y" << QChar(u'4');
        QTest::newRow("remainder 0 gives 0") << "00000000" << QChar(u'0');
        QTest::newRow("remainder 1 gives X") << "00000006" << QChar(u'X');
    }
    void organisationCodeCheckFollowsGb11714()
    {
        QFETCH(QString, body);
        QFETCH(QChar, check);
        QCOMPARE(organisationCodeCheckChar(body), check);
        QCOMPARE(orgCodeCheck(body), check);
    }

    // Identities are a bijection of the row id: no two synthetic subjects share a number.
    void syntheticIdentitiesAreUniquePerRowId()
    {
        QSet<QString> citizens, codes;
        for (qint64 id = 1; id <= 100000; ++id) {
            citizens.insert(syntheticCitizenId(id));
            codes.insert(syntheticCreditCode(id, '1', "360203"));
        }
        QCOMPARE(citizens.size(), 100000);
        QCOMPARE(codes.size(), 100000);
        QVERIFY(syntheticCitizenId(0).isEmpty());
    }

    void openClassMixIsWithinTolerance()
    {
        const double a = share(QStringLiteral("open_class"), QStringLiteral("A"));
        const double b = share(QStringLiteral("open_class"), QStringLiteral("B"));
        const double c = share(QStringLiteral("open_class"), QStringLiteral("C"));
        QVERIFY2(a > 0.54 && a < 0.66, qPrintable(QString::number(a)));
        QVERIFY2(b > 0.25 && b < 0.35, qPrintable(QString::number(b)));
        QVERIFY2(c > 0.07 && c < 0.13, qPrintable(QString::number(c)));
        // Black list and penalties are public; tax and social security need authorization.
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM credit_records WHERE category_code IN "
                                               "('black_list', 'admin_penalty') AND open_class <> 'A'")),
                 qint64(0));
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM credit_records WHERE category_code IN "
                                               "('tax_arrears', 'social_security') AND open_class <> 'B'")),
                 qint64(0));
    }

    void categoryMixIsWithinTolerance_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<double>("expected");
        QTest::newRow("licence") << "admin_license" << 0.40;
        QTest::newRow("penalty") << "admin_penalty" << 0.20;
        QTest::newRow("red list") << "red_list" << 0.04;
        QTest::newRow("honour") << "honor" << 0.06;
        QTest::newRow("black list") << "black_list" << 0.03;
        QTest::newRow("court") << "court_enforcement" << 0.08;
        QTest::newRow("tax") << "tax_arrears" << 0.07;
        QTest::newRow("social security") << "social_security" << 0.12;
    }
    void categoryMixIsWithinTolerance()
    {
        QFETCH(QString, category);
        QFETCH(double, expected);
        const double got = share(QStringLiteral("category_code"), category);
        QVERIFY2(qAbs(got - expected) < 0.02, qPrintable(QString::number(got)));
    }

    void everyRecordBelongsToAnExistingSubject()
    {
        QCOMPARE(scalar(conn(), QStringLiteral("SELECT count(*) FROM credit_records r LEFT JOIN subjects s "
                                               "ON s.id = r.subject_id WHERE s.id IS NULL")),
                 qint64(0));
        QSqlQuery fk = run(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(!fk.next());
        // Most records carry their subject's region (jurisdiction, SPEC §2).
        const double own =
            double(scalar(conn(),
                          QStringLiteral("SELECT count(*) FROM credit_records r JOIN subjects s "
                                         "ON s.id = r.subject_id WHERE r.region_code = s.region_code"))) /
            20000.0;
        QVERIFY2(own > 0.88 && own < 0.96, qPrintable(QString::number(own)));
    }

    void recordsAreSkewedOverSubjects()
    {
        const qint64 few =
            scalar(conn(), QStringLiteral("SELECT count(*) FROM subjects s WHERE (SELECT count(*) FROM "
                                          "credit_records r WHERE r.subject_id = s.id) <= 3"));
        const qint64 most = scalar(conn(), QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM "
                                                          "credit_records GROUP BY subject_id)"));
        QVERIFY2(few >= 1000, qPrintable(QString::number(few)));  // at least half have 0-3
        QVERIFY2(most >= 100, qPrintable(QString::number(most))); // some have many (mean is 10)
    }

    void datesLieInTheSixYearsBeforeToday()
    {
        const QString today = kToday.toString(Qt::ISODate);
        const QString from = kToday.addYears(-6).toString(Qt::ISODate);
        QCOMPARE(
            scalar(conn(), QStringLiteral("SELECT count(*) FROM credit_records WHERE decision_date >= '%1' "
                                          "OR decision_date < '%2' OR created_at >= '%1' OR created_at < "
                                          "decision_date OR updated_at <> created_at OR valid_until <= "
                                          "decision_date")
                               .arg(today, from)),
            qint64(0));
        QCOMPARE(
            scalar(conn(), QStringLiteral("SELECT count(*) FROM credit_records WHERE status <> 'active' OR "
                                          "dispute_state <> 'none' OR applicant_mark_reason IS NOT NULL")),
            qint64(0));
        const qint64 open =
            scalar(conn(), QStringLiteral("SELECT count(*) FROM credit_records WHERE valid_until IS NULL"));
        QVERIFY(open > 0 && open < 20000); // some licences and lists have no end date
        QSqlQuery q = run(QStringLiteral("SELECT s.created_at, r.created_at, r.decision_date FROM "
                                         "credit_records r JOIN subjects s ON s.id = r.subject_id LIMIT 50"));
        while (q.next()) {
            const QDateTime subject = sql::time(q.value(0)), record = sql::time(q.value(1));
            QVERIFY(subject.isValid() && record.isValid());
            QCOMPARE(cp::protocol::toWireTime(record), q.value(1).toString());
            QVERIFY(subject < record);
            QVERIFY(QDate::fromString(q.value(2).toString(), Qt::ISODate).isValid());
        }
    }

    void documentNumbersLookOfficial()
    {
        QSqlQuery q = run(QStringLiteral("SELECT category_code, document_number, content FROM "
                                         "credit_records WHERE category_code IN ('admin_penalty', "
                                         "'court_enforcement') LIMIT 200"));
        const QRegularExpression penalty(QStringLiteral("^\\p{Han}+〔20\\d\\d〕\\d+号$"));
        const QRegularExpression court(QStringLiteral("^（20\\d\\d）赣02(\\d\\d)?执\\d+号$"));
        while (q.next()) {
            const QString number = q.value(1).toString();
            const bool isPenalty = q.value(0).toString() == u"admin_penalty";
            QVERIFY2((isPenalty ? penalty : court).match(number).hasMatch(), qPrintable(number));
            if (isPenalty)
                QVERIFY2(q.value(2).toString().startsWith(u"因"), qPrintable(q.value(2).toString()));
        }
    }

    // Same seed → identical rows (ids included), whatever the batch size; another seed differs.
    void sameSeedGivesIdenticalRows()
    {
        const QByteArray reference = dumpHash(conn());
        auto same = freshDatabase();
        QSqlDatabase c = same->connection();
        SeedOptions o = options(42);
        o.batchSize = 3001;
        seedDatabase(c, o);
        QCOMPARE(dumpHash(c), reference);

        auto other = freshDatabase();
        QSqlDatabase d = other->connection();
        seedDatabase(d, options(43));
        QVERIFY(dumpHash(d) != reference);
    }

    void refusesADatabaseThatHoldsSubjects()
    {
        QSqlDatabase c = conn();
        QVERIFY_THROWS_EXCEPTION(SeedError, seedDatabase(c, options(42, 10, 10)));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM subjects")), qint64(2000));
    }

    void refusesNonsenseOptions()
    {
        auto db = freshDatabase();
        QSqlDatabase c = db->connection();
        SeedOptions noDate = options(1, 10, 10);
        noDate.today = QDate();
        QVERIFY_THROWS_EXCEPTION(SeedError, seedDatabase(c, noDate));
        QVERIFY_THROWS_EXCEPTION(SeedError, seedDatabase(c, options(1, 0, 10))); // records need subjects
        QVERIFY_THROWS_EXCEPTION(SeedError, seedDatabase(c, options(1, -1, 0)));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM subjects")), qint64(0));
    }

    // Appending continues the ids; identities stay unique across runs with different seeds.
    void appendContinuesIdsWithUniqueIdNumbers()
    {
        auto db = freshDatabase();
        QSqlDatabase c = db->connection();
        seedDatabase(c, options(1, 300, 1000));
        SeedOptions more = options(2, 300, 1000);
        more.append = true;
        const SeedResult r = seedDatabase(c, more);
        QCOMPARE(r.subjects, qint64(300));
        QCOMPARE(r.records, qint64(1000));
        QCOMPARE(scalar(c, QStringLiteral("SELECT max(id) FROM subjects")), qint64(600));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(DISTINCT id_number) FROM subjects")), qint64(600));
        QCOMPARE(scalar(c, QStringLiteral("SELECT max(id) FROM credit_records")), qint64(2000));
        QCOMPARE(scalar(c, QStringLiteral("SELECT min(subject_id) FROM credit_records WHERE id > 1000")) >
                     300,
                 true);
    }

    // seed 000 §27: no religion, genes, blood type or illness is ever collected.
    void noTableHasASensitiveColumn()
    {
        static const QRegularExpression sensitive(
            QStringLiteral("(^|_)(religion|religious|faith|blood|gene|genes|genetic|dna|illness|disease|"
                           "medical|health)(_|$)"));
        QSqlQuery tables = run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        int checked = 0;
        while (tables.next()) {
            QSqlQuery columns = run(QStringLiteral("PRAGMA table_info(%1)").arg(tables.value(0).toString()));
            while (columns.next()) {
                const QString column = columns.value(1).toString().toLower();
                QVERIFY2(!sensitive.match(column).hasMatch(),
                         qPrintable(tables.value(0).toString() + u'.' + column));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "test_seed.moc"
