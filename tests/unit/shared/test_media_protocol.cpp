// Wire shapes of the storage-media register (SPEC §7; seed 004 §10–14): every
// struct survives a trip through JSON text, and people left unset are omitted.
#include "MediaProtocol.h"
#include "Protocol.h"

#include <QJsonDocument>
#include <QTest>

using namespace cp::protocol;

namespace {

QJsonObject throughText(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

MediaPerson person(qint64 id, const char* name)
{
    return {id, QString::fromUtf8(name), QString::fromUtf8("市信用中心"), QString()};
}

QDateTime at()
{
    return QDateTime(QDate(2026, 12, 1), QTime(9, 15, 0, 250), Qt::UTC);
}

} // namespace

class TestMediaProtocol : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void mediumSurvivesJson()
    {
        Medium m;
        m.id = 7;
        m.serial = QStringLiteral("JZ-0001");
        m.type = QStringLiteral("usb_drive");
        m.model = QStringLiteral("DT 64G");
        m.capacity = QStringLiteral("64 GB");
        m.level = QStringLiteral("classified");
        m.levelName = QString::fromUtf8("涉密");
        m.custodian = person(3, "陈静");
        m.locationId = 3;
        m.locationName = QString::fromUtf8("机要室双锁保密柜");
        m.state = QStringLiteral("carried_out");
        m.holder = person(4, "刘洋");
        m.whereabouts = QString::fromUtf8("市大数据中心");
        m.wiped = true;
        m.registeredAt = at();
        m.updatedAt = at().addSecs(60);
        const Medium back = Medium::fromJson(throughText(m.toJson()));
        QCOMPARE(back.toJson(), m.toJson());
        QCOMPARE(back.holder.name, m.holder.name);
        QCOMPARE(back.updatedAt, m.updatedAt);
    }

    void unsetPeopleAreLeftOut()
    {
        MediumEvent e;
        e.id = 1;
        e.kind = QStringLiteral("return");
        e.operatorPerson = person(3, "陈静");
        e.counterSigner = person(4, "刘洋");
        const QJsonObject o = e.toJson();
        QVERIFY(o.contains(QStringLiteral("counterSigner")));
        for (const char* key : {"holder", "secondPerson", "verifier", "witness1", "witness2", "requestId"})
            QVERIFY2(!o.contains(QLatin1String(key)), key);
        QVERIFY(!MediumEvent::fromJson(o).witness1.isSet());
    }

    void eventWithEveryPartSurvivesJson()
    {
        MediumEvent e;
        e.id = 12;
        e.mediumId = 7;
        e.kind = QStringLiteral("destroy");
        e.at = at();
        e.stateBefore = QStringLiteral("retired");
        e.stateAfter = QStringLiteral("destroyed");
        e.operatorPerson = person(3, "陈静");
        e.counterSigner = person(4, "刘洋");
        e.witness1 = person(5, "王丽");
        e.witness2 = person(6, "赵敏");
        e.method = QStringLiteral("shred");
        e.place = QString::fromUtf8("档案室");
        e.relatedSerial = QStringLiteral("JZ-0002");
        e.auditSeq = 991;
        QCOMPARE(MediumEvent::fromJson(throughText(e.toJson())).toJson(), e.toJson());
    }

    void inputsSurviveJson()
    {
        MediumEventInput in;
        in.kind = QStringLiteral("wipe");
        in.counterSignerId = 4;
        in.verifierId = 4;
        in.method = QStringLiteral("overwrite");
        in.tool = QStringLiteral("DBAN 2.3");
        QCOMPARE(MediumEventInput::fromJson(throughText(in.toJson())).toJson(), in.toJson());
        QVERIFY(!in.toJson().contains(QStringLiteral("holderId")));

        CarryRequestInput c;
        c.purpose = QString::fromUtf8("报送备份");
        c.destination = QString::fromUtf8("市大数据中心");
        c.carrierId = 3;
        c.secondPersonId = 4;
        c.expectedReturn = QDate(2026, 12, 2);
        const CarryRequestInput back = CarryRequestInput::fromJson(throughText(c.toJson()));
        QCOMPARE(back.expectedReturn, c.expectedReturn);
        QCOMPARE(back.secondPersonId, 4);

        MediumInput m;
        m.serial = QStringLiteral("T-1");
        m.type = QStringLiteral("tape");
        m.capacity = QStringLiteral("12 TB");
        m.level = QStringLiteral("internal");
        m.custodianId = 3;
        m.locationId = 4;
        QCOMPARE(MediumInput::fromJson(throughText(m.toJson())).toJson(), m.toJson());
    }

    void detailAndLocationSurviveJson()
    {
        MediaLocation l{5,
                        QStringLiteral("ANNEX-1"),
                        QString::fromUtf8("分库"),
                        QString(),
                        false,
                        {QStringLiteral("sensitive"), QStringLiteral("classified")},
                        2};
        QCOMPARE(MediaLocation::fromJson(throughText(l.toJson())).toJson(), l.toJson());

        CarryRequest r;
        r.id = 2;
        r.mediumId = 7;
        r.serial = QStringLiteral("JZ-0001");
        r.state = QStringLiteral("approved");
        r.twoPersonRequired = true;
        r.carrier = person(3, "陈静");
        r.secondPerson = person(4, "刘洋");
        r.expectedReturn = QDate(2026, 12, 2);
        r.requestedBy = person(3, "陈静");
        r.requestedAt = at();
        r.decidedBy = person(8, "周主任");
        r.decidedAt = at().addSecs(600);
        MediumDetail d;
        d.medium.id = 7;
        d.medium.serial = QStringLiteral("JZ-0001");
        d.carryRequests = {r};
        d.events = {MediumEvent{}};
        const MediumDetail back = MediumDetail::fromJson(throughText(d.toJson()));
        QCOMPARE(back.toJson(), d.toJson());
        QCOMPARE(back.carryRequests.first().decidedBy.name, QString::fromUtf8("周主任"));
    }
};

QTEST_GUILESS_MAIN(TestMediaProtocol)
#include "test_media_protocol.moc"
