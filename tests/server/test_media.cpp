// Storage-media register 存储介质登记 end to end over real mutual TLS (SPEC §7;
// seed 004 §10–14, seed 000 §25, seed 003 附件3.五(四)): the state machine of a
// medium against every role, storage by level, counter-signatures by another
// real account, wipe before repair and destruction, approved carry-out with a
// second person where the level needs it, no hand-over to a third party, the
// register's filters and the chain of custody in the audit chain.
#include "MediaFixture.h"
#include "domain/audit/AuditLog.h"

using namespace cp::test;
namespace protocol = cp::protocol;

namespace {

// Who may record each event and from which states (seed 004 §11–13), written
// out here independently of MediaRules so the server is checked against the seed.
struct Legal
{
    QStringList states;
    QString next; // "" = the state stays
};
const QHash<QString, Legal> kEvents{
    {QStringLiteral("issue"), {{QStringLiteral("in_store")}, QStringLiteral("issued")}},
    {QStringLiteral("return"), {{QStringLiteral("issued")}, QStringLiteral("in_store")}},
    {QStringLiteral("replace"),
     {{QStringLiteral("in_store"), QStringLiteral("issued")}, QStringLiteral("retired")}},
    {QStringLiteral("wipe"), {{QStringLiteral("in_store"), QStringLiteral("retired")}, QString()}},
    {QStringLiteral("repair"), {{QStringLiteral("in_store")}, QStringLiteral("in_repair")}},
    {QStringLiteral("repair_return"), {{QStringLiteral("in_repair")}, QStringLiteral("in_store")}},
    {QStringLiteral("destroy"),
     {{QStringLiteral("in_store"), QStringLiteral("retired")}, QStringLiteral("destroyed")}},
    {QStringLiteral("carry_out"), {{QStringLiteral("in_store")}, QStringLiteral("carried_out")}},
    {QStringLiteral("carry_back"), {{QStringLiteral("carried_out")}, QStringLiteral("in_store")}},
};
const QStringList kStates{QStringLiteral("in_store"),    QStringLiteral("issued"),
                          QStringLiteral("carried_out"), QStringLiteral("in_repair"),
                          QStringLiteral("retired"),     QStringLiteral("destroyed")};
// Everyone but the archivist: the approver, other staff.
const QStringList kOthers{QStringLiteral("approver"), QStringLiteral("clerk"), QStringLiteral("officer"),
                          QStringLiteral("department")};

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT
    MediaDesk m_desk;

    static qint64 idOf(const QJsonObject& o) { return o.value(QStringLiteral("id")).toInteger(); }
    qint64 person(const QString& login) const { return m_desk.id(login); }

  private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_desk.start(), qPrintable(m_desk.server->errorString())); }

    // Every event from every state by every role: only the archivist's legal ones
    // pass, and a refused event leaves the medium as it was.
    void mediumStateMachine_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("kind");
        for (const QString& state : kStates)
            for (const QString& kind :
                 {QStringLiteral("issue"), QStringLiteral("return"), QStringLiteral("replace"),
                  QStringLiteral("wipe"), QStringLiteral("repair"), QStringLiteral("repair_return"),
                  QStringLiteral("destroy"), QStringLiteral("carry_out"), QStringLiteral("carry_back")})
                QTest::addRow("%s × %s", qPrintable(state), qPrintable(kind)) << state << kind;
    }
    void mediumStateMachine()
    {
        QFETCH(QString, state);
        QFETCH(QString, kind);
        const qint64 m = m_desk.mediumIn(state);
        QCOMPARE(m_desk.stateOf(m), state);
        const Legal legal = kEvents.value(kind);
        // The preconditions a legal step needs: a wipe record, an approved application.
        if (legal.states.contains(state) &&
            (kind == QLatin1String("repair") || kind == QLatin1String("destroy")))
            QCOMPARE(m_desk.event(QStringLiteral("wipe"), m).status, 200);
        if (legal.states.contains(state) && kind == QLatin1String("carry_out"))
            m_desk.approvedCarry(m);
        for (const QString& role : kOthers) {
            const auto r = m_desk.event(kind, m, role);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));
        }
        QCOMPARE(m_desk.stateOf(m), state);
        const auto r = m_desk.event(kind, m);
        if (legal.states.contains(state)) {
            QVERIFY2(r.status == 200, qPrintable(QJsonDocument(r.json).toJson()));
            QCOMPARE(m_desk.stateOf(m), legal.next.isEmpty() ? state : legal.next);
            const QJsonObject e = r.json.value(QStringLiteral("event")).toObject();
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), kind);
            QCOMPARE(e[QStringLiteral("operator")][QStringLiteral("id")].toInteger(),
                     person(QStringLiteral("archivist")));
            QCOMPARE(e[QStringLiteral("counterSigner")][QStringLiteral("id")].toInteger(),
                     person(QStringLiteral("archivist2")));
        } else {
            QCOMPARE(r.status, 409);
            QCOMPARE(r.errorCode(), QStringLiteral("INVALID_STATE"));
            QCOMPARE(errorDetails(r).value(QStringLiteral("state")).toString(), state);
            QCOMPARE(m_desk.stateOf(m), state);
        }
    }

    // The register entry is changed, and a carry-out applied for, only while the medium is in store.
    void editAndCarryOutApplicationOnlyInStore_data()
    {
        QTest::addColumn<QString>("state");
        for (const QString& state : kStates)
            QTest::newRow(qPrintable(state)) << state;
    }
    void editAndCarryOutApplicationOnlyInStore()
    {
        QFETCH(QString, state);
        const qint64 m = m_desk.mediumIn(state);
        auto in = protocol::MediumInput::fromJson(m_desk.medium(m));
        in.custodianId = person(QStringLiteral("archivist2"));
        in.capacity = QStringLiteral("128 GB");
        for (const QString& role : kOthers)
            QCOMPARE(m_desk.put(role, QStringLiteral("/api/v1/media/%1").arg(m), in.toJson()).status, 403);
        const auto edit =
            m_desk.put(QStringLiteral("archivist"), QStringLiteral("/api/v1/media/%1").arg(m), in.toJson());
        const auto apply = m_desk.requestCarry(m, m_desk.carry(person(QStringLiteral("archivist2"))));
        if (state == QLatin1String("in_store")) {
            QCOMPARE(edit.status, 200);
            QCOMPARE(edit.json[QStringLiteral("custodian")][QStringLiteral("id")].toInteger(),
                     person(QStringLiteral("archivist2")));
            QCOMPARE(apply.status, 201);
        } else {
            QCOMPARE(edit.status, 409);
            QCOMPARE(errorDetails(edit).value(QStringLiteral("state")).toString(), state);
            QCOMPARE(apply.status, 409);
            QCOMPARE(errorDetails(apply).value(QStringLiteral("state")).toString(), state);
            QCOMPARE(m_desk.medium(m)[QStringLiteral("capacity")].toString(), QStringLiteral("64 GB"));
        }
    }

    // seed 004 §12: 不得出借、出售或转予第三方. There is no such event; asking is refused and logged.
    void handingToAThirdPartyIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"lend", "sell", "transfer", "gift", "third_party"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void handingToAThirdPartyIsRefused()
    {
        QFETCH(QString, kind);
        const qint64 m = m_desk.mediumIn(QStringLiteral("in_store"));
        QJsonObject body = m_desk.body(QStringLiteral("issue"), m);
        body.insert(QStringLiteral("kind"), kind);
        const auto r = m_desk.eventWith(m, body);
        QCOMPARE(r.status, 403);
        QCOMPARE(reasonOf(r), QStringLiteral("THIRD_PARTY_HANDOVER_FORBIDDEN"));
        QCOMPARE(m_desk.stateOf(m), QStringLiteral("in_store"));
        const auto refused =
            m_desk.audit(QStringLiteral("media.") + kind, QStringLiteral("medium:%1").arg(m));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].value(QStringLiteral("_outcome")).toString(), QStringLiteral("refused"));
        // Nor is there a path for it, nor can a medium be issued to someone without an account.
        QCOMPARE(m_desk.as(QStringLiteral("archivist"))
                     .post(QStringLiteral("/api/v1/media/%1/%2").arg(m).arg(kind), body)
                     .status,
                 404);
        QJsonObject outsider = m_desk.body(QStringLiteral("issue"), m);
        outsider.insert(QStringLiteral("holderId"), 987654);
        const auto o = m_desk.eventWith(m, outsider);
        QCOMPARE(o.status, 422);
        QCOMPARE(fieldOf(o), QStringLiteral("holderId"));
        QCOMPARE(reasonOf(o), QStringLiteral("UNKNOWN_ACCOUNT"));
        QCOMPARE(m_desk.stateOf(m), QStringLiteral("in_store"));
    }

    // seed 004 §11 登记签字: the counter-signer is another real, active account.
    void counterSignerIsAnotherRealActiveAccount_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "counterSignerId"
                                 << ""
                                 << "";
        QTest::newRow("operator") << "counterSignerId"
                                  << "archivist"
                                  << "SAME_AS_OPERATOR";
        QTest::newRow("unknown") << "counterSignerId"
                                 << "nobody"
                                 << "UNKNOWN_ACCOUNT";
        QTest::newRow("disabled") << "counterSignerId"
                                  << "retired"
                                  << "ACCOUNT_INACTIVE";
        QTest::newRow("verifier is operator") << "verifierId"
                                              << "archivist"
                                              << "SAME_AS_OPERATOR";
    }
    void counterSignerIsAnotherRealActiveAccount()
    {
        QFETCH(QString, field);
        QFETCH(QString, who);
        QFETCH(QString, reason);
        const qint64 m = m_desk.mediumIn(QStringLiteral("in_store"));
        QJsonObject body = m_desk.body(QStringLiteral("wipe"), m);
        if (who.isEmpty())
            body.remove(field);
        else
            body.insert(field, who == QLatin1String("nobody") ? 424242 : person(who));
        const auto r = m_desk.eventWith(m, body);
        QCOMPARE(r.status, 422);
        QCOMPARE(fieldOf(r), field);
        QCOMPARE(reasonOf(r), reason);
        QVERIFY(!r.errorMessage().isEmpty());
        QCOMPARE(m_desk.medium(m).value(QStringLiteral("wiped")).toBool(), false);
    }

    // seed 004 §11, seed 000 §25: repair and destruction only with a wipe record
    // standing since the medium was last used.
    void wipeRecordIsRequiredBeforeRepairAndDestruction()
    {
        const qint64 m = m_desk.mediumIn(QStringLiteral("in_store"));
        for (const QString& kind : {QStringLiteral("repair"), QStringLiteral("destroy")}) {
            const auto r = m_desk.event(kind, m);
            QCOMPARE(r.status, 409);
            QCOMPARE(reasonOf(r), QStringLiteral("WIPE_REQUIRED"));
        }
        QJsonObject noTool = m_desk.body(QStringLiteral("wipe"), m);
        noTool.remove(QStringLiteral("tool"));
        QCOMPARE(fieldOf(m_desk.eventWith(m, noTool)), QStringLiteral("tool"));
        QJsonObject noMethod = m_desk.body(QStringLiteral("wipe"), m);
        noMethod.insert(QStringLiteral("method"), QStringLiteral("format"));
        QCOMPARE(fieldOf(m_desk.eventWith(m, noMethod)), QStringLiteral("method"));

        QCOMPARE(m_desk.event(QStringLiteral("wipe"), m).status, 200);
        QVERIFY(m_desk.medium(m).value(QStringLiteral("wiped")).toBool());
        // Used again after the wipe: the wipe no longer proves it empty.
        QCOMPARE(m_desk.event(QStringLiteral("issue"), m).status, 200);
        QCOMPARE(m_desk.event(QStringLiteral("return"), m).status, 200);
        QVERIFY(!m_desk.medium(m).value(QStringLiteral("wiped")).toBool());
        QCOMPARE(reasonOf(m_desk.event(QStringLiteral("repair"), m)), QStringLiteral("WIPE_REQUIRED"));
        QCOMPARE(m_desk.event(QStringLiteral("wipe"), m).status, 200);
        QCOMPARE(m_desk.event(QStringLiteral("repair"), m).status, 200);
        QCOMPARE(m_desk.medium(m).value(QStringLiteral("whereabouts")).toString(),
                 QStringLiteral("景德镇市信达电脑维修中心"));
    }

    // Destruction is witnessed by two people other than the operator.
    void destructionNeedsTwoDistinctWitnesses()
    {
        const qint64 m = m_desk.mediumIn(QStringLiteral("in_store"));
        QCOMPARE(m_desk.event(QStringLiteral("wipe"), m).status, 200);
        QJsonObject same = m_desk.body(QStringLiteral("destroy"), m);
        same.insert(QStringLiteral("witness2Id"), same.value(QStringLiteral("witness1Id")));
        QCOMPARE(reasonOf(m_desk.eventWith(m, same)), QStringLiteral("SAME_WITNESS"));
        QJsonObject self = m_desk.body(QStringLiteral("destroy"), m);
        self.insert(QStringLiteral("witness1Id"), person(QStringLiteral("archivist")));
        QCOMPARE(reasonOf(m_desk.eventWith(m, self)), QStringLiteral("SAME_AS_OPERATOR"));
        QJsonObject one = m_desk.body(QStringLiteral("destroy"), m);
        one.remove(QStringLiteral("witness2Id"));
        QCOMPARE(fieldOf(m_desk.eventWith(m, one)), QStringLiteral("witness2Id"));
        QCOMPARE(m_desk.stateOf(m), QStringLiteral("in_store"));
        const auto r = m_desk.event(QStringLiteral("destroy"), m);
        QCOMPARE(r.status, 200);
        const QJsonObject e = r.json.value(QStringLiteral("event")).toObject();
        QCOMPARE(e[QStringLiteral("witness1")][QStringLiteral("name")].toString(),
                 QStringLiteral("officer同志"));
        QCOMPARE(e[QStringLiteral("witness2")][QStringLiteral("name")].toString(),
                 QStringLiteral("clerk同志"));
        QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("shred"));
    }

    // seed 004 §13: 须经单位领导批准 — no carry-out without an approved application.
    void carryOutNeedsTheApproversApproval()
    {
        const qint64 m = m_desk.mediumIn(QStringLiteral("in_store"));
        auto r = m_desk.event(QStringLiteral("carry_out"), m);
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("APPROVAL_REQUIRED"));

        const auto filed = m_desk.requestCarry(m, m_desk.carry());
        QCOMPARE(filed.status, 201);
        const qint64 request = idOf(filed.json);
        QCOMPARE(filed.json.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(reasonOf(m_desk.event(QStringLiteral("carry_out"), m)), QStringLiteral("APPROVAL_REQUIRED"));
        QCOMPARE(m_desk.requestCarry(m, m_desk.carry()).status, 409); // one open application at a time

        // Only an approver decides, and never on their own application.
        QCOMPARE(m_desk.decide(request, true, QStringLiteral("archivist")).status, 403);
        QCOMPARE(m_desk.decide(request, true, QStringLiteral("clerk")).status, 403);
        const auto pending = m_desk.as(QStringLiteral("approver"))
                                 .get(QStringLiteral("/api/v1/media/carry-out-requests"))
                                 .json;
        bool listed = false;
        for (const auto& v : pending.value(QStringLiteral("requests")).toArray())
            listed = listed || idOf(v.toObject()) == request;
        QVERIFY(listed);

        r = m_desk.decide(request, false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(reasonOf(m_desk.event(QStringLiteral("carry_out"), m)), QStringLiteral("APPROVAL_REQUIRED"));
        QCOMPARE(m_desk.decide(request, true).status, 409); // decided once

        const qint64 approved = idOf(m_desk.requestCarry(m, m_desk.carry()).json);
        QCOMPARE(m_desk.decide(approved, true).status, 200);
        r = m_desk.event(QStringLiteral("carry_out"), m);
        QCOMPARE(r.status, 200);
        const QJsonObject medium = m_desk.medium(m);
        QCOMPARE(medium.value(QStringLiteral("state")).toString(), QStringLiteral("carried_out"));
        QCOMPARE(medium.value(QStringLiteral("whereabouts")).toString(), QStringLiteral("市大数据中心"));
        QCOMPARE(medium[QStringLiteral("holder")][QStringLiteral("id")].toInteger(),
                 person(QStringLiteral("archivist")));
        QCOMPARE(r.json[QStringLiteral("event")][QStringLiteral("requestId")].toInteger(), approved);
        // The approval is used up: the next trip needs a new one.
        QCOMPARE(m_desk.event(QStringLiteral("carry_back"), m).status, 200);
        QCOMPARE(reasonOf(m_desk.event(QStringLiteral("carry_out"), m)), QStringLiteral("APPROVAL_REQUIRED"));
    }

    void nobodyApprovesTheirOwnCarryOut()
    {
        const qint64 m = m_desk.mediumIn(QStringLiteral("in_store"));
        const qint64 request = idOf(m_desk.requestCarry(m, m_desk.carry(), QStringLiteral("both")).json);
        QVERIFY(request > 0);
        const auto r = m_desk.decide(request, true, QStringLiteral("both"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("SAME_PERSON")); // issue 11 finding 10
        QCOMPARE(errorDetails(r).value(QStringLiteral("conflict")).toString(), QStringLiteral("requester"));
        QCOMPARE(m_desk.decide(request, true, QStringLiteral("approver2")).status, 200);
    }

    // seed 004 §13 必要时实行双人外出制: sensitive and classified media go out with two people.
    void secondPersonIsRequiredForTheLevelsThatNeedIt_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("twoPeople");
        QTest::newRow("general") << "general" << false;
        QTest::newRow("internal") << "internal" << false;
        QTest::newRow("sensitive") << "sensitive" << true;
        QTest::newRow("classified") << "classified" << true;
    }
    void secondPersonIsRequiredForTheLevelsThatNeedIt()
    {
        QFETCH(QString, level);
        QFETCH(bool, twoPeople);
        const qint64 location = level == QLatin1String("general")      ? kCabinet
                                : level == QLatin1String("classified") ? kSecretSafe
                                                                       : kSafe;
        const qint64 m = m_desk.newMedium(level, location);
        const auto alone = m_desk.requestCarry(m, m_desk.carry());
        if (twoPeople) {
            QCOMPARE(alone.status, 422);
            QCOMPARE(fieldOf(alone), QStringLiteral("secondPersonId"));
            QCOMPARE(reasonOf(alone), QStringLiteral("SECOND_PERSON_REQUIRED"));
            // The second person is someone other than the carrier.
            QCOMPARE(reasonOf(m_desk.requestCarry(m, m_desk.carry(person(QStringLiteral("archivist"))))),
                     QStringLiteral("SAME_PERSON"));
            const auto two = m_desk.requestCarry(m, m_desk.carry(person(QStringLiteral("archivist2"))));
            QCOMPARE(two.status, 201);
            QVERIFY(two.json.value(QStringLiteral("twoPersonRequired")).toBool());
            QCOMPARE(m_desk.decide(idOf(two.json), true).status, 200);
            const auto out = m_desk.event(QStringLiteral("carry_out"), m);
            QCOMPARE(out.status, 200);
            QCOMPARE(out.json[QStringLiteral("event")][QStringLiteral("secondPerson")][QStringLiteral("id")]
                         .toInteger(),
                     person(QStringLiteral("archivist2")));
        } else {
            QCOMPARE(alone.status, 201);
            QCOMPARE(m_desk.decide(idOf(alone.json), true).status, 200);
            QCOMPARE(m_desk.event(QStringLiteral("carry_out"), m).status, 200);
        }
    }

    // A medium raised to a two-person level after its application was approved goes out with two people only.
    void raisingTheLevelAfterApprovalStillNeedsTheSecondPerson()
    {
        const qint64 m = m_desk.newMedium(QStringLiteral("internal"), kSafe);
        const qint64 request = idOf(m_desk.requestCarry(m, m_desk.carry()).json);
        QCOMPARE(m_desk.decide(request, true).status, 200);
        auto in = protocol::MediumInput::fromJson(m_desk.medium(m));
        in.level = QStringLiteral("sensitive");
        in.custodianId = person(QStringLiteral("archivist"));
        in.locationId = kSafe;
        QCOMPARE(
            m_desk.put(QStringLiteral("archivist"), QStringLiteral("/api/v1/media/%1").arg(m), in.toJson())
                .status,
            200);
        const auto r = m_desk.event(QStringLiteral("carry_out"), m);
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("SECOND_PERSON_REQUIRED"));
    }

    // seed 004 §11 分级存放: a medium is kept only where its level is allowed.
    void storageLocationMustAllowTheLevel()
    {
        auto r = m_desk.registerMedium(m_desk.input(QStringLiteral("classified"), kCabinet));
        QCOMPARE(r.status, 422);
        QCOMPARE(fieldOf(r), QStringLiteral("locationId"));
        QCOMPARE(reasonOf(r), QStringLiteral("LOCATION_LEVEL_MISMATCH"));
        const qint64 m = m_desk.newMedium(QStringLiteral("internal"), kCabinet);
        auto in = m_desk.input(QStringLiteral("classified"), kCabinet);
        r = m_desk.put(QStringLiteral("archivist"), QStringLiteral("/api/v1/media/%1").arg(m), in.toJson());
        QCOMPARE(reasonOf(r), QStringLiteral("LOCATION_LEVEL_MISMATCH"));
        in.locationId = kSecretSafe;
        r = m_desk.put(QStringLiteral("archivist"), QStringLiteral("/api/v1/media/%1").arg(m), in.toJson());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("locationId")).toInteger(), kSecretSafe);
        const auto chain = m_desk.detail(m).value(QStringLiteral("events")).toArray();
        QCOMPARE(chain.last()[QStringLiteral("kind")].toString(), QStringLiteral("edit"));
        QVERIFY(chain.last()[QStringLiteral("detail")].toString().contains(QStringLiteral("涉密")));

        // The archivist manages locations; a level still in use there cannot be taken away.
        const auto added = m_desk.as(QStringLiteral("archivist"))
                               .post(QStringLiteral("/api/v1/media/locations"),
                                     {{QStringLiteral("code"), QStringLiteral("ANNEX-1")},
                                      {QStringLiteral("name"), QStringLiteral("档案分库保密柜")},
                                      {QStringLiteral("levels"), QJsonArray{QStringLiteral("classified")}}});
        QCOMPARE(added.status, 201);
        QCOMPARE(m_desk.as(QStringLiteral("approver"))
                     .post(QStringLiteral("/api/v1/media/locations"),
                           {{QStringLiteral("code"), QStringLiteral("X")}})
                     .status,
                 403);
        QJsonObject narrowed{{QStringLiteral("name"), QStringLiteral("机要室双锁保密柜")},
                             {QStringLiteral("levels"), QJsonArray{QStringLiteral("sensitive")}}};
        r = m_desk.put(QStringLiteral("archivist"),
                       QStringLiteral("/api/v1/media/locations/%1").arg(kSecretSafe), narrowed);
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("LOCATION_IN_USE"));
        QVERIFY(errorDetails(r)
                    .value(QStringLiteral("media"))
                    .toArray()
                    .contains(m_desk.medium(m).value(QStringLiteral("serial"))));
    }

    void registrationIsValidatedFieldByField()
    {
        auto in = m_desk.input();
        QCOMPARE(m_desk.registerMedium(in).status, 201);
        auto r = m_desk.registerMedium(in);
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("SERIAL_TAKEN"));
        const QList<std::pair<QString, std::function<void(protocol::MediumInput&)>>> cases{
            {QStringLiteral("serial"), [](protocol::MediumInput& i) { i.serial = QStringLiteral("  "); }},
            {QStringLiteral("type"), [](protocol::MediumInput& i) { i.type = QStringLiteral("cloud"); }},
            {QStringLiteral("capacity"), [](protocol::MediumInput& i) { i.capacity.clear(); }},
            {QStringLiteral("level"), [](protocol::MediumInput& i) { i.level = QStringLiteral("top"); }},
            {QStringLiteral("custodianId"), [](protocol::MediumInput& i) { i.custodianId = 0; }},
            {QStringLiteral("locationId"), [](protocol::MediumInput& i) { i.locationId = 99; }},
        };
        for (const auto& [field, spoil] : cases) {
            auto bad = m_desk.input();
            spoil(bad);
            r = m_desk.registerMedium(bad);
            QCOMPARE(r.status, 422);
            QCOMPARE(fieldOf(r), field);
        }
        QCOMPARE(m_desk.as(QStringLiteral("clerk"))
                     .post(QStringLiteral("/api/v1/media"), m_desk.input().toJson())
                     .status,
                 403);
    }

    // The register at a glance: where each medium is and who has it, by state, level and custodian.
    void registerFiltersShowWhereEachMediumIsAndWhoHasIt()
    {
        auto in = m_desk.input(QStringLiteral("sensitive"), kSafe);
        in.custodianId = person(QStringLiteral("archivist2"));
        const qint64 mine = idOf(m_desk.registerMedium(in).json);
        const qint64 issued = m_desk.mediumIn(QStringLiteral("issued"));
        auto& a = m_desk.as(QStringLiteral("archivist"));
        auto ids = [&a](const QString& query) {
            QSet<qint64> out;
            for (const auto& v :
                 a.get(QStringLiteral("/api/v1/media") + query).json.value(QStringLiteral("media")).toArray())
                out.insert(v.toObject().value(QStringLiteral("id")).toInteger());
            return out;
        };
        QVERIFY(
            ids(QStringLiteral("?custodianId=%1").arg(person(QStringLiteral("archivist2")))).contains(mine));
        QVERIFY(!ids(QStringLiteral("?custodianId=%1").arg(person(QStringLiteral("archivist2"))))
                     .contains(issued));
        QVERIFY(ids(QStringLiteral("?level=sensitive")).contains(mine));
        QVERIFY(!ids(QStringLiteral("?level=sensitive")).contains(issued));
        QVERIFY(ids(QStringLiteral("?state=issued")).contains(issued));
        QVERIFY(!ids(QStringLiteral("?state=issued")).contains(mine));
        QCOMPARE(a.get(QStringLiteral("/api/v1/media?state=lent")).status, 422);
        QCOMPARE(m_desk.as(QStringLiteral("approver")).get(QStringLiteral("/api/v1/media")).status, 403);
        const QJsonObject held = m_desk.medium(issued);
        QCOMPARE(held[QStringLiteral("holder")][QStringLiteral("name")].toString(),
                 QStringLiteral("clerk同志"));
        QCOMPARE(held[QStringLiteral("custodian")][QStringLiteral("name")].toString(),
                 QStringLiteral("archivist同志"));
        QCOMPARE(held[QStringLiteral("locationName")].toString(), QStringLiteral("档案室保密柜"));
        // The pickers list real, active accounts only.
        QSet<qint64> people;
        for (const auto& v :
             a.get(QStringLiteral("/api/v1/media/people")).json.value(QStringLiteral("people")).toArray())
            people.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY(people.contains(person(QStringLiteral("archivist2"))));
        QVERIFY(!people.contains(person(QStringLiteral("retired"))));
    }

    void replacementIsIssuedToTheSameHolder()
    {
        const qint64 old = m_desk.mediumIn(QStringLiteral("issued"));
        const auto r = m_desk.event(QStringLiteral("replace"), old);
        QCOMPARE(r.status, 200);
        const QString replacementSerial =
            r.json[QStringLiteral("event")][QStringLiteral("relatedSerial")].toString();
        QVERIFY(!replacementSerial.isEmpty());
        QCOMPARE(m_desk.stateOf(old), QStringLiteral("retired"));
        qint64 replacement = 0;
        for (const auto& v : m_desk.as(QStringLiteral("archivist"))
                                 .get(QStringLiteral("/api/v1/media?state=issued"))
                                 .json.value(QStringLiteral("media"))
                                 .toArray())
            if (v[QStringLiteral("serial")].toString() == replacementSerial)
                replacement = idOf(v.toObject());
        QVERIFY(replacement > 0);
        QCOMPARE(m_desk.medium(replacement)[QStringLiteral("holder")][QStringLiteral("id")].toInteger(),
                 person(QStringLiteral("clerk")));
        QCOMPARE(m_desk.detail(replacement)[QStringLiteral("events")]
                     .toArray()
                     .last()[QStringLiteral("kind")]
                     .toString(),
                 QStringLiteral("issue"));
    }

    // A medium out past its approved return date stands out in the register until it is back.
    void overdueCarryOutStandsOut()
    {
        const qint64 m = m_desk.mediumIn(QStringLiteral("carried_out"));
        QCOMPARE(m_desk.medium(m).value(QStringLiteral("dueBack")).toString(),
                 chinaToday(*m_desk.server).addDays(1).toString(Qt::ISODate));
        QVERIFY(!m_desk.medium(m).value(QStringLiteral("overdue")).toBool());
        auto overdue = [this] {
            QSet<qint64> out;
            for (const auto& v : m_desk.as(QStringLiteral("archivist"))
                                     .get(QStringLiteral("/api/v1/media?state=overdue"))
                                     .json.value(QStringLiteral("media"))
                                     .toArray())
                out.insert(v.toObject().value(QStringLiteral("id")).toInteger());
            return out;
        };
        QVERIFY(!overdue().contains(m));
        m_desk.advanceDays(2);
        QVERIFY(m_desk.medium(m).value(QStringLiteral("overdue")).toBool());
        QVERIFY(overdue().contains(m));
        QCOMPARE(m_desk.event(QStringLiteral("carry_back"), m).status, 200);
        const QJsonObject back = m_desk.medium(m);
        QVERIFY(!back.value(QStringLiteral("overdue")).toBool());
        QVERIFY(!back.contains(QStringLiteral("dueBack")));
        QVERIFY(!overdue().contains(m));
    }

    // The full chain of custody, each event an entry of the tamper-evident audit chain.
    void chainOfCustodyIsCompleteAndInTheAuditChain()
    {
        const qint64 m = m_desk.mediumIn(QStringLiteral("in_store"));
        const QStringList life{
            QStringLiteral("issue"),      QStringLiteral("return"),        QStringLiteral("wipe"),
            QStringLiteral("repair"),     QStringLiteral("repair_return"), QStringLiteral("carry_out"),
            QStringLiteral("carry_back"), QStringLiteral("wipe"),          QStringLiteral("destroy")};
        for (const QString& kind : life) {
            if (kind == QLatin1String("carry_out"))
                m_desk.approvedCarry(m);
            const auto r = m_desk.event(kind, m);
            QVERIFY2(r.status == 200, qPrintable(kind + QJsonDocument(r.json).toJson()));
        }
        QCOMPARE(m_desk.event(QStringLiteral("issue"), m).status, 409); // destroyed for good
        const QJsonArray chain = m_desk.detail(m).value(QStringLiteral("events")).toArray();
        QCOMPARE(chain.size(), life.size() + 1);
        QCOMPARE(chain[0][QStringLiteral("kind")].toString(), QStringLiteral("register"));
        QSqlDatabase db = m_desk.server->server().database().connection();
        for (int i = 1; i < chain.size(); ++i) {
            const QJsonObject e = chain[i].toObject();
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), life[i - 1]);
            QVERIFY(e.value(QStringLiteral("at")).toString().size() > 10);
            QCOMPARE(e[QStringLiteral("operator")][QStringLiteral("name")].toString(),
                     QStringLiteral("archivist同志"));
            QCOMPARE(e[QStringLiteral("counterSigner")][QStringLiteral("name")].toString(),
                     QStringLiteral("archivist2同志"));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT action, target, outcome FROM audit_log WHERE seq = ?"));
            q.addBindValue(e.value(QStringLiteral("auditSeq")).toInteger());
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("media.") + life[i - 1]);
            QCOMPARE(q.value(1).toString(), QStringLiteral("medium:%1").arg(m));
            QCOMPARE(q.value(2).toString(), QStringLiteral("ok"));
        }
        // The refused attempt is in the chain as well, and the chain verifies.
        const auto refused = m_desk.audit(QStringLiteral("media.issue"), QStringLiteral("medium:%1").arg(m));
        QCOMPARE(refused.last().value(QStringLiteral("_outcome")).toString(), QStringLiteral("refused"));
        QCOMPARE(refused.last().value(QStringLiteral("state")).toString(), QStringLiteral("destroyed"));
        QVERIFY(cp::server::AuditLog::verify(db).ok);
        // Nobody but the archivist reads the chain.
        QCOMPARE(
            m_desk.as(QStringLiteral("department")).get(QStringLiteral("/api/v1/media/%1").arg(m)).status,
            403);
    }
};

QTEST_MAIN(TestMedia)
#include "test_media.moc"
