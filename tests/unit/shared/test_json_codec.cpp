// The field-table codec of shared/JsonCodec.h: one declaration per field serves
// both directions, so every value written reads back equal, empty fields follow
// their presence rule, and a missing key reads as empty or the struct's default.
// Also a few real wire shapes whose presence rules are easy to break.
#include "AdminProtocol.h"
#include "ArchiveProtocol.h"
#include "DisputeProtocol.h"
#include "JsonCodec.h"
#include "Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cp::protocol;
using json::Codec;
using json::Presence;
using json::Read;

namespace {

struct Inner
{
    qint64 id = 0;
    QString name;
    bool isSet() const { return id > 0; }
    bool operator==(const Inner&) const = default;
    QJsonObject toJson() const;
    static Inner fromJson(const QJsonObject& o);
};

const Codec<Inner>& innerCodec()
{
    static const auto c = Codec<Inner>().field("id", &Inner::id).field("name", &Inner::name, Presence::IfSet);
    return c;
}
QJsonObject Inner::toJson() const
{
    return innerCodec().write(*this);
}
Inner Inner::fromJson(const QJsonObject& o)
{
    return innerCodec().read(o);
}

struct Sample
{
    QString text;
    QString note;                         // IfSet
    QString kind = QStringLiteral("std"); // OrDefault
    QString padded;                       // Trimmed
    qint64 big = 0;
    qint64 optionalId = 0; // IfPositive
    qint64 otherId = 0;    // IfSet (non-zero)
    int count = 0;
    int page = 1; // OrDefault
    bool flag = false;
    bool onlyTrue = false; // IfSet
    bool active = true;    // OrDefault
    double ratio = 0;
    QDate day;        // Always
    QDate dueDay;     // IfSet
    QDateTime at;     // Always
    QDateTime doneAt; // IfSet
    QDateTime seenAt; // OrNull
    QStringList tags;
    QList<qint64> ids;
    std::optional<qint64> account; // Always: null when none
    Inner inner;
    Inner holder;               // IfSet through isSet()
    Inner onlyWithText;         // when(text is not empty)
    std::optional<Inner> extra; // IfSet
    QList<Inner> items;
    QList<Inner> history; // IfSet

    bool operator==(const Sample&) const = default;
};

const Codec<Sample>& sampleCodec()
{
    using S = Sample;
    static const auto c =
        Codec<S>()
            .field("text", &S::text)
            .field("note", &S::note, Presence::IfSet)
            .field("kind", &S::kind, Presence::Always, Read::OrDefault)
            .field("padded", &S::padded, Presence::Always, Read::Trimmed)
            .field("big", &S::big)
            .field("optionalId", &S::optionalId, Presence::IfPositive)
            .field("otherId", &S::otherId, Presence::IfSet)
            .field("count", &S::count)
            .field("page", &S::page, Presence::Always, Read::OrDefault)
            .field("flag", &S::flag)
            .field("onlyTrue", &S::onlyTrue, Presence::IfSet)
            .field("active", &S::active, Presence::Always, Read::OrDefault)
            .field("ratio", &S::ratio)
            .field("day", &S::day)
            .field("dueDay", &S::dueDay, Presence::IfSet)
            .field("at", &S::at)
            .field("doneAt", &S::doneAt, Presence::IfSet)
            .field("seenAt", &S::seenAt, Presence::OrNull)
            .field("tags", &S::tags)
            .field("ids", &S::ids)
            .field("account", &S::account)
            .field("inner", &S::inner)
            .field("holder", &S::holder, Presence::IfSet)
            .field("onlyWithText", &S::onlyWithText, [](const S& s) { return !s.text.isEmpty(); })
            .field("extra", &S::extra, Presence::IfSet)
            .field("items", &S::items)
            .field("history", &S::history, Presence::IfSet);
    return c;
}

QJsonObject throughText(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 12, 2), QTime(hour, 5, 7, 250), Qt::UTC);
}

Sample full()
{
    Sample s;
    s.text = QString::fromUtf8("异议");
    s.note = QStringLiteral("n");
    s.kind = QStringLiteral("special");
    s.padded = QStringLiteral("p");
    s.big = 9007199254740991LL; // 2^53 - 1: exact as a JSON number
    s.optionalId = 7;
    s.otherId = -3;
    s.count = -2;
    s.page = 4;
    s.flag = true;
    s.onlyTrue = true;
    s.active = false;
    s.ratio = 0.5;
    s.day = QDate(2026, 2, 28);
    s.dueDay = QDate(2026, 3, 1);
    s.at = at(8);
    s.doneAt = at(9);
    s.seenAt = at(10);
    s.tags = {QStringLiteral("A"), QStringLiteral("B")};
    s.ids = {3, 1, 2};
    s.account = 0; // set, even though zero
    s.inner = {5, QStringLiteral("in")};
    s.holder = {6, QStringLiteral("holder")};
    s.onlyWithText = {8, QStringLiteral("w")};
    s.extra = Inner{9, QString()};
    s.items = {{1, QStringLiteral("x")}, {2, QString()}};
    s.history = {{3, QStringLiteral("h")}};
    return s;
}

} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void writtenThenReadIsEqual()
    {
        const Sample s = full();
        const Sample back = sampleCodec().read(throughText(sampleCodec().write(s)));
        QVERIFY(back == s);
        QCOMPARE(back.big, s.big);
        QCOMPARE(back.seenAt, s.seenAt);
        QCOMPARE(back.account, std::optional<qint64>(0));

        const Sample none;
        QVERIFY(sampleCodec().read(throughText(sampleCodec().write(none))) == none);
    }

    void valuesKeepTheirWireTypes()
    {
        const QJsonObject o = throughText(sampleCodec().write(full()));
        QVERIFY(o.value("big").isDouble());
        QCOMPARE(o.value("big").toInteger(), 9007199254740991LL);
        QVERIFY(o.value("count").isDouble());
        QCOMPARE(o.value("count").toInt(), -2);
        QCOMPARE(o.value("flag"), QJsonValue(true));
        QCOMPARE(o.value("day").toString(), QStringLiteral("2026-02-28"));
        QCOMPARE(o.value("at").toString(), QStringLiteral("2026-12-02T08:05:07.250Z"));
        QCOMPARE(o.value("tags").toArray(), QJsonArray({"A", "B"}));
        QCOMPARE(o.value("ids").toArray(), QJsonArray({3, 1, 2}));
        QCOMPARE(o.value("account"), QJsonValue(0));
        QCOMPARE(o.value("inner").toObject(), (QJsonObject{{"id", 5}, {"name", "in"}}));
        QCOMPARE(o.value("items").toArray().size(), 2);
        QCOMPARE(o.value("items").toArray().at(1).toObject(), (QJsonObject{{"id", 2}}));
    }

    void emptyFieldsFollowTheirPresence()
    {
        Sample s;
        s.kind.clear();
        const QJsonObject o = sampleCodec().write(s);
        // Always: written even when empty.
        for (const char* key : {"text", "kind", "padded", "big", "count", "page", "flag", "active", "ratio",
                                "day", "at", "tags", "ids", "inner", "items"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value("text"), QJsonValue(QString()));
        QCOMPARE(o.value("day"), QJsonValue(QString()));
        QCOMPARE(o.value("at"), QJsonValue(QString()));
        QCOMPARE(o.value("flag"), QJsonValue(false));
        QCOMPARE(o.value("tags"), QJsonValue(QJsonArray()));
        // Empty optional and OrNull time: written as null.
        QVERIFY(o.value("account").isNull());
        QVERIFY(o.value("seenAt").isNull());
        // IfSet / IfPositive / when: left out.
        for (const char* key : {"note", "optionalId", "otherId", "onlyTrue", "dueDay", "doneAt", "holder",
                                "onlyWithText", "extra", "history"})
            QVERIFY2(!o.contains(QLatin1String(key)), key);
    }

    void presenceRulesOfNumbers()
    {
        Sample s;
        s.optionalId = -1;
        s.otherId = -1;
        QJsonObject o = sampleCodec().write(s);
        QVERIFY(!o.contains("optionalId"));           // IfPositive: only > 0
        QCOMPARE(o.value("otherId"), QJsonValue(-1)); // IfSet: any non-zero
        s.optionalId = 1;
        s.onlyTrue = false;
        o = sampleCodec().write(s);
        QCOMPARE(o.value("optionalId"), QJsonValue(1));
        QVERIFY(!o.contains("onlyTrue")); // a bool IfSet is written only when true
    }

    void missingKeysReadAsEmptyOrDefault()
    {
        const Sample r = sampleCodec().read(QJsonObject{});
        QCOMPARE(r.text, QString());
        QCOMPARE(r.kind, QStringLiteral("std")); // OrDefault keeps the struct's default
        QCOMPARE(r.page, 1);
        QCOMPARE(r.active, true);
        QCOMPARE(r.big, 0);
        QCOMPARE(r.flag, false);
        QVERIFY(!r.day.isValid());
        QVERIFY(!r.at.isValid());
        QVERIFY(!r.seenAt.isValid());
        QVERIFY(r.tags.isEmpty());
        QVERIFY(r.ids.isEmpty());
        QVERIFY(!r.account.has_value());
        QVERIFY(r.inner == Inner{});
        QVERIFY(!r.extra.has_value());
        QVERIFY(r.items.isEmpty());

        // Wrong JSON types read like missing keys; a null account stays unset.
        const Sample w = sampleCodec().read(QJsonObject{{"text", 5},
                                                        {"kind", 5},
                                                        {"page", "x"},
                                                        {"active", "no"},
                                                        {"account", QJsonValue()},
                                                        {"inner", "x"},
                                                        {"extra", 3},
                                                        {"tags", "A"},
                                                        {"day", 20260101}});
        QCOMPARE(w.text, QString());
        QCOMPARE(w.kind, QStringLiteral("std"));
        QCOMPARE(w.page, 1);
        QCOMPARE(w.active, true);
        QVERIFY(!w.account.has_value());
        QVERIFY(w.inner == Inner{});
        QVERIFY(!w.extra.has_value());
        QVERIFY(w.tags.isEmpty());
        QVERIFY(!w.day.isValid());
    }

    void trimmedStringsAreTrimmedOnRead()
    {
        const Sample r = sampleCodec().read(QJsonObject{{"padded", "  a b \n"}, {"text", " t "}});
        QCOMPARE(r.padded, QStringLiteral("a b"));
        QCOMPARE(r.text, QStringLiteral(" t ")); // Plain keeps what was sent
    }

    void realShapesKeepTheirPresenceRules()
    {
        // ArchiveItem: the location only for a filed item (one with a volume number).
        ArchiveItem item;
        item.location = {QStringLiteral("R1"), QStringLiteral("C1"), QStringLiteral("S1")};
        QVERIFY(!item.toJson().contains("location"));
        item.volumeNumber = QStringLiteral("V1");
        QCOMPARE(item.toJson().value("location").toObject().value("room").toString(), QStringLiteral("R1"));
        QVERIFY(!item.toJson().contains("materials"));
        QVERIFY(!item.toJson().contains("itemId"));

        // AdminRequestView: times not set are null, the certificate only when it has a fingerprint.
        AdminRequestView req;
        QVERIFY(req.toJson().value("decidedAt").isNull());
        QVERIFY(req.toJson().contains("decidedAt"));
        QVERIFY(!req.toJson().contains("certificate"));
        req.certificate.fingerprint = QStringLiteral("ab");
        QCOMPARE(req.toJson().value("certificate").toObject().value("fingerprint").toString(),
                 QStringLiteral("ab"));

        // Mark applications carry a record id only when one is named; revocations none.
        MarkApplicationInput mark;
        QVERIFY(!mark.toJson().contains("recordId"));
        mark.recordId = 4;
        QCOMPARE(mark.toJson().value("recordId"), QJsonValue(4));

        // A dispute upload whose content is not base64 is flagged, not silently empty.
        QVERIFY(DisputeMaterialUpload::fromJson({{"contentBase64", "***"}}).badEncoding);
        DisputeMaterialUpload up;
        up.content = "abc";
        QCOMPARE(DisputeMaterialUpload::fromJson(up.toJson()).content, QByteArray("abc"));

        // Applicant id type defaults to a citizen ID when the key is missing.
        QCOMPARE(DisputeApplicant::fromJson({}).idType, QStringLiteral("citizen_id"));
    }

    void codeTablesMapBothWays()
    {
        for (cp::Role r : cp::allRoles())
            QCOMPARE(cp::roleFromCode(cp::roleCode(r)), std::optional<cp::Role>(r));
        QCOMPARE(cp::roleFromCode(QStringLiteral("nobody")), std::nullopt);
        QCOMPARE(errorCodeFromString(errorCodeString(ErrorCode::SamePerson)), ErrorCode::SamePerson);
        QCOMPARE(errorCodeFromString(QStringLiteral("NOPE")), std::nullopt);
        QCOMPARE(cp::moduleCode(cp::Module::Audit), QStringLiteral("audit"));
        QCOMPARE(cp::modulesFor({cp::Role::Archivist}),
                 (QList<cp::Module>{cp::Module::Archives, cp::Module::Media}));
    }
};

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "test_json_codec.moc"
