// shared/DisputeMaterials (seed 003 附件2.四(一), 六(三), 七(一)): which scans
// each dispute, mark and revocation application needs, for server and client.
#include "DisputeMaterials.h"

#include <QtTest>

using namespace cp::protocol;

class TestDisputeMaterials : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void requiredMaterialsFollowStageAndSubject_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("subjectKind");
        QTest::addColumn<QStringList>("kinds");
        const QStringList natural{QStringLiteral("id_copy"), QStringLiteral("application_form")};
        const QStringList legal =
            QStringList{QStringLiteral("org_code_copy"), QStringLiteral("agency_letter")} + natural;
        const QStringList evidence{QStringLiteral("evidence")};
        QTest::newRow("dispute, natural") << "dispute"
                                          << "natural" << natural + evidence;
        QTest::newRow("dispute, legal") << "dispute"
                                        << "legal" << legal + evidence;
        QTest::newRow("mark, natural") << "mark"
                                       << "natural" << natural;
        QTest::newRow("mark, legal") << "mark"
                                     << "legal" << legal;
        QTest::newRow("revocation, natural") << "revocation"
                                             << "natural" << natural;
        QTest::newRow("revocation, legal") << "revocation"
                                           << "legal" << legal;
        QTest::newRow("unknown subject kind as natural") << "dispute"
                                                         << "other" << natural + evidence;
    }
    void requiredMaterialsFollowStageAndSubject()
    {
        QFETCH(QString, stage);
        QFETCH(QString, subjectKind);
        QFETCH(QStringList, kinds);
        QCOMPARE(requiredDisputeMaterials(stage, subjectKind), kinds);
    }

    void everyRequiredKindIsAKnownKind()
    {
        const QStringList known = disputeMaterialKinds();
        QCOMPARE(known.size(), 5);
        for (const char* stage : {"dispute", "mark", "revocation"})
            for (const char* subject : {"natural", "legal"})
                for (const QString& kind :
                     requiredDisputeMaterials(QLatin1String(stage), QLatin1String(subject)))
                    QVERIFY2(known.contains(kind), qPrintable(kind));
    }

    void limitsOfTheScans()
    {
        QCOMPARE(kMaxDisputeMaterialBytes, qint64(10) * 1024 * 1024);
        QCOMPARE(kMaxDisputeMaterialsTotalBytes, qint64(20) * 1024 * 1024);
        QCOMPARE(kMaxDisputeMaterials, 12);
        QVERIFY(kMaxDisputeMaterialBytes <= kMaxDisputeMaterialsTotalBytes);
    }
};

QTEST_APPLESS_MAIN(TestDisputeMaterials)
#include "test_dispute_materials.moc"
