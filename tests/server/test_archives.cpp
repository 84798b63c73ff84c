// Archives 档案 end to end over real mutual TLS (SPEC §6; seed 003 附件1.七,
// 附件2.八; seed 004 §25–31): same-day items and filing with retention, the loan
// state machine against every role, approval before take-out, no re-lending,
// return conditions, overdue loans with the injected clock and login reminders,
// audited viewing of scans, retention and the destruction register, and the
// secure erase of destroyed materials checked in the decrypted database pages.
#include "ArchiveFixture.h"
#include "Protocol.h"
#include "SqlCipherPages.h"
#include "domain/audit/AuditLog.h"

#include <QFile>

using namespace cp::test;

namespace {

// Which role may take each loan step, and in which states (seed 004 §28–29).
struct Legal
{
    QString login;
    QStringList states;
};
const QHash<QString, Legal> kLoanSteps{
    {QStringLiteral("approval"), {QStringLiteral("approver"), {QStringLiteral("requested")}}},
    {QStringLiteral("rejection"), {QStringLiteral("approver"), {QStringLiteral("requested")}}},
    {QStringLiteral("cancellation"),
     {QStringLiteral("archivist"), {QStringLiteral("requested"), QStringLiteral("approved")}}},
    {QStringLiteral("checkout"), {QStringLiteral("archivist"), {QStringLiteral("approved")}}},
    {QStringLiteral("renewal"), {QStringLiteral("approver"), {QStringLiteral("checked_out")}}},
    {QStringLiteral("return"), {QStringLiteral("archivist"), {QStringLiteral("checked_out")}}},
};
const QHash<QString, QString> kLoanNext{
    {QStringLiteral("approval"), QStringLiteral("approved")},
    {QStringLiteral("rejection"), QStringLiteral("rejected")},
    {QStringLiteral("cancellation"), QStringLiteral("cancelled")},
    {QStringLiteral("checkout"), QStringLiteral("checked_out")},
    {QStringLiteral("renewal"), QStringLiteral("checked_out")},
    {QStringLiteral("return"), QStringLiteral("returned")},
};
const QStringList kRoles{QStringLiteral("archivist"), QStringLiteral("approver"), QStringLiteral("clerk"),
                         QStringLiteral("officer"), QStringLiteral("department")};

qint64 idOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("id")).toInteger();
}

} // namespace

class TestArchives : public QObject
{
    Q_OBJECT
    ArchiveDesk m_desk;

    HttpsProbe& as(const QString& login) { return m_desk.as(login); }

  private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_desk.start(), qPrintable(m_desk.server->errorString())); }

    // seed 003 附件1.七(二), 附件2.八(二): the day's materials are archive items the same day.
    void walkInAndDisputeBecomeUnfiledItemsSameDay()
    {
        const qint64 walkIn = m_desk.walkInItem();
        caseOf(as(QStringLiteral("clerk"))
                   .post(QStringLiteral("/api/v1/disputes"),
                         disputeBy(kPersonId, m_desk.personName,
                                   {addRecord(*m_desk.server, m_desk.person, QStringLiteral("A"),
                                              QStringLiteral("admin_penalty"), QStringLiteral("异议处罚"))})
                             .toJson()));
        const auto list = as(QStringLiteral("archivist")).get(QStringLiteral("/api/v1/archives/items")).json;
        QHash<QString, QJsonObject> byKind;
        for (const auto& v : list.value(QStringLiteral("items")).toArray())
            byKind.insert(v.toObject().value(QStringLiteral("sourceKind")).toString(), v.toObject());
        QVERIFY(byKind.contains(QStringLiteral("walkin")));
        QVERIFY(byKind.contains(QStringLiteral("dispute")));
        for (const auto& o : byKind) {
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("unfiled"));
            QVERIFY(o.value(QStringLiteral("materialCount")).toInt() > 0);
            QCOMPARE(cp::protocol::fromWireTime(o.value(QStringLiteral("createdAt")).toString())
                         .toTimeZone(QTimeZone(8 * 3600))
                         .date(),
                     m_desk.today());
        }
        const auto detail = m_desk.item(walkIn);
        QCOMPARE(detail.value(QStringLiteral("materials")).toArray().size(), 1);
        QCOMPARE(detail.value(QStringLiteral("history"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("action")),
                 QStringLiteral("created"));
        // Only the archivist works the register.
        for (const QString& login :
             {QStringLiteral("clerk"), QStringLiteral("approver"), QStringLiteral("department")})
            QCOMPARE(as(login).get(QStringLiteral("/api/v1/archives/items")).status, 403);
    }

    // 004 §26 filed into a volume at a place; 附件1.七(二) kept five years from filing.
    void filingSetsVolumeLocationAndFiveYearRetention()
    {
        const qint64 a = m_desk.walkInItem(), b = m_desk.walkInItem();
        const auto r = m_desk.file({a, b}, QStringLiteral("2026-XC-101"));
        QCOMPARE(r.status, 200);
        const auto o = m_desk.item(a);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("filed"));
        QCOMPARE(o.value(QStringLiteral("volumeNumber")).toString(), QStringLiteral("2026-XC-101"));
        QCOMPARE(o.value(QStringLiteral("location")).toObject().value(QStringLiteral("cabinet")).toString(),
                 QStringLiteral("A-03"));
        QCOMPARE(o.value(QStringLiteral("retentionUntil")).toString(),
                 cp::protocol::toWireDate(m_desk.today().addYears(5)));
        // Filing twice is refused with the current state; a volume stays where it is.
        const auto again = m_desk.file({a}, QStringLiteral("2026-XC-101"));
        QCOMPARE(again.status, 409);
        QCOMPARE(errorDetails(again).value(QStringLiteral("state")).toString(), QStringLiteral("filed"));
        cp::protocol::FilingInput moved;
        moved.itemIds = {m_desk.walkInItem()};
        moved.volumeNumber = QStringLiteral("2026-XC-101");
        moved.location = {QStringLiteral("二号档案室"), QStringLiteral("B-01"), QStringLiteral("第1层")};
        const auto elsewhere = as(QStringLiteral("archivist"))
                                   .post(QStringLiteral("/api/v1/archives/items/filing"), moved.toJson());
        QCOMPARE(elsewhere.status, 409);
        QCOMPARE(errorDetails(elsewhere).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("VOLUME_ELSEWHERE"));
        moved.location.room.clear();
        const auto missing = as(QStringLiteral("archivist"))
                                 .post(QStringLiteral("/api/v1/archives/items/filing"), moved.toJson());
        QCOMPARE(missing.status, 422);
        QCOMPARE(errorDetails(missing).value(QStringLiteral("field")).toString(),
                 QStringLiteral("location.room"));
    }

    // 附件1.七(二) "保管期限为五年": configurable per category by the system administrator, never shorter.
    void retentionIsConfigurablePerCategoryNeverBelowFiveYears()
    {
        const auto rules =
            as(QStringLiteral("archivist")).get(QStringLiteral("/api/v1/archives/retention")).json;
        QHash<QString, int> years;
        for (const auto& v : rules.value(QStringLiteral("rules")).toArray())
            years.insert(v.toObject().value(QStringLiteral("sourceKind")).toString(),
                         v.toObject().value(QStringLiteral("years")).toInt());
        QCOMPARE(years.value(QStringLiteral("walkin")), 5);
        QCOMPARE(years.value(QStringLiteral("dispute")), 5);
        QCOMPARE(years.value(QStringLiteral("destruction")), 0); // the list is kept permanently
        auto put = [&](const QString& login, const QString& kind, int n) {
            return as(login).send("PUT", QStringLiteral("/api/v1/archives/retention/%1").arg(kind),
                                  QJsonDocument(QJsonObject{{QStringLiteral("years"), n}}).toJson());
        };
        QCOMPARE(put(QStringLiteral("archivist"), QStringLiteral("walkin"), 10).status, 403);
        QCOMPARE(put(QStringLiteral("sysadmin"), QStringLiteral("walkin"), 4).status, 422);
        QCOMPARE(put(QStringLiteral("sysadmin"), QStringLiteral("destruction"), 10).status, 422);
        QCOMPARE(put(QStringLiteral("sysadmin"), QStringLiteral("walkin"), 10).status, 200);
        const qint64 item = m_desk.filedItem();
        QCOMPARE(m_desk.item(item).value(QStringLiteral("retentionUntil")).toString(),
                 cp::protocol::toWireDate(m_desk.today().addYears(10)));
        QCOMPARE(put(QStringLiteral("sysadmin"), QStringLiteral("walkin"), 5).status, 200);
        QCOMPARE(m_desk.auditEntries(QStringLiteral("archive.retention_set")).size(), 2);
    }

    // Every loan step from every state by every role: only the legal ones pass.
    void loanStateMachine_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("action");
        for (const QString& state :
             {QStringLiteral("requested"), QStringLiteral("approved"), QStringLiteral("rejected"),
              QStringLiteral("cancelled"), QStringLiteral("checked_out"), QStringLiteral("returned")})
            for (const QString& action : kLoanSteps.keys())
                QTest::addRow("%s × %s", qPrintable(state), qPrintable(action)) << state << action;
    }
    void loanStateMachine()
    {
        QFETCH(QString, state);
        QFETCH(QString, action);
        const qint64 id = m_desk.loanIn(state);
        QCOMPARE(m_desk.loanState(id), state);
        const Legal legal = kLoanSteps.value(action);
        for (const QString& login : kRoles) {
            if (login == legal.login)
                continue;
            const auto r = m_desk.loanStep(login, action, id);
            QCOMPARE(r.status, 403);
            QCOMPARE(m_desk.loanState(id), state);
        }
        const auto r = m_desk.loanStep(legal.login, action, id);
        if (legal.states.contains(state)) {
            QVERIFY2(r.status == 200, qPrintable(QJsonDocument(r.json).toJson()));
            QCOMPARE(m_desk.loanState(id), kLoanNext.value(action));
        } else {
            QCOMPARE(r.status, 409);
            QCOMPARE(r.errorCode(), QStringLiteral("INVALID_STATE"));
            QCOMPARE(errorDetails(r).value(QStringLiteral("state")).toString(), state);
            QCOMPARE(m_desk.loanState(id), state);
        }
    }

    // 004 §29: taking out needs the leader's approval first; the slip is a verifiable document.
    void takeOutNeedsApprovalBeforeCheckout()
    {
        const qint64 item = m_desk.filedItem();
        const auto req = m_desk.requestLoan({item}, QStringLiteral("clerk"), QStringLiteral("take_out"),
                                            m_desk.today().addDays(10));
        QCOMPARE(req.status, 201);
        const qint64 id = idOf(ArchiveDesk::loanOf(req));
        QCOMPARE(ArchiveDesk::loanOf(req).value(QStringLiteral("state")).toString(),
                 QStringLiteral("requested"));
        const auto early = m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), id);
        QCOMPARE(early.status, 409);
        QVERIFY(early.errorMessage().contains(QStringLiteral("待审批")));
        QCOMPARE(m_desk.loanStep(QStringLiteral("approver"), QStringLiteral("approval"), id).status, 200);
        const auto out = m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), id);
        QCOMPARE(out.status, 200);
        const auto loan = ArchiveDesk::loanOf(out);
        QCOMPARE(loan.value(QStringLiteral("approverName")).toString(), QStringLiteral("approver用户"));
        QCOMPARE(loan.value(QStringLiteral("checkedOutByName")).toString(), QStringLiteral("archivist用户"));
        QCOMPARE(loan.value(QStringLiteral("dueDate")).toString(),
                 cp::protocol::toWireDate(m_desk.today().addDays(10)));
        const auto slip = documentOf(out);
        QVERIFY(slip.value(QStringLiteral("purpose"))
                    .toString()
                    .contains(loan.value(QStringLiteral("number")).toString()));
        QCOMPARE(scalar(*m_desk.server, QStringLiteral("SELECT kind FROM reports WHERE number = ?"),
                        {slip.value(QStringLiteral("number")).toString()})
                     .toString(),
                 QStringLiteral("archive_loan_slip"));
        const auto verified =
            as(QStringLiteral("clerk"))
                .post(QStringLiteral("/api/v1/reports/verify"),
                      {{QStringLiteral("number"), slip.value(QStringLiteral("number"))},
                       {QStringLiteral("code"), slip.value(QStringLiteral("verificationCode"))}});
        QCOMPARE(verified.json.value(QStringLiteral("result")).toString(), QStringLiteral("genuine"));
        const auto reprint = as(QStringLiteral("approver"))
                                 .get(QStringLiteral("/api/v1/archives/documents/%1")
                                          .arg(slip.value(QStringLiteral("number")).toString()));
        QCOMPARE(reprint.status, 200);
    }

    void approverMayNotApproveOwnLoan()
    {
        const qint64 id = idOf(
            ArchiveDesk::loanOf(m_desk.requestLoan({m_desk.filedItem()}, QStringLiteral("approver"),
                                                   QStringLiteral("take_out"), m_desk.today().addDays(3))));
        const auto r = m_desk.loanStep(QStringLiteral("approver"), QStringLiteral("approval"), id);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("SAME_PERSON")); // issue 11 finding 10
        QCOMPARE(errorDetails(r).value(QStringLiteral("conflict")).toString(), QStringLiteral("borrower"));
        QCOMPARE(m_desk.loanState(id), QStringLiteral("requested"));
    }

    // 004 §29 "尽量现场查阅": on-site reading needs no leader but is due back the same day.
    void onSiteReadingIsApprovedAtOnceAndDueToday()
    {
        const qint64 item = m_desk.filedItem();
        const auto late = m_desk.requestLoan({item}, QStringLiteral("officer"), QStringLiteral("on_site"),
                                             m_desk.today().addDays(1));
        QCOMPARE(late.status, 422);
        QCOMPARE(errorDetails(late).value(QStringLiteral("field")).toString(),
                 QStringLiteral("requestedReturn"));
        const auto ok =
            m_desk.requestLoan({item}, QStringLiteral("officer"), QStringLiteral("on_site"), m_desk.today());
        QCOMPARE(ArchiveDesk::loanOf(ok).value(QStringLiteral("state")).toString(),
                 QStringLiteral("approved"));
        const auto out = m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"),
                                         idOf(ArchiveDesk::loanOf(ok)));
        QCOMPARE(out.status, 200);
        QCOMPARE(ArchiveDesk::loanOf(out).value(QStringLiteral("dueDate")).toString(),
                 cp::protocol::toWireDate(m_desk.today()));
        const auto renew = m_desk.loanStep(QStringLiteral("approver"), QStringLiteral("renewal"),
                                           idOf(ArchiveDesk::loanOf(ok)));
        QCOMPARE(renew.status, 409);
        QCOMPARE(errorDetails(renew).value(QStringLiteral("reason")).toString(), QStringLiteral("ON_SITE"));
    }

    // 004 §29 "不许转借他人": an item in an open loan cannot go to anyone else.
    void itemOnLoanCannotBeLentToAnotherPerson()
    {
        const qint64 item = m_desk.filedItem();
        const qint64 id = idOf(ArchiveDesk::loanOf(
            m_desk.requestLoan({item}, QStringLiteral("clerk"), QStringLiteral("on_site"), m_desk.today())));
        m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), id);
        const auto other =
            m_desk.requestLoan({item}, QStringLiteral("officer"), QStringLiteral("on_site"), m_desk.today());
        QCOMPARE(other.status, 409);
        QCOMPARE(errorDetails(other).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("ITEM_ON_LOAN"));
        QCOMPARE(m_desk.item(item).value(QStringLiteral("loanNumber")).toString(),
                 m_desk.loan(id).value(QStringLiteral("number")).toString());
        QCOMPARE(m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("return"), id).status, 200);
        QCOMPARE(
            m_desk.requestLoan({item}, QStringLiteral("officer"), QStringLiteral("on_site"), m_desk.today())
                .status,
            201);
    }

    // 003 附件1.七(四) / 004 §27: only desk staff borrow; department users and others may not.
    void onlyDeskStaffMayBorrow()
    {
        const auto r = m_desk.requestLoan({m_desk.filedItem()}, QStringLiteral("department"),
                                          QStringLiteral("on_site"), m_desk.today());
        QCOMPARE(r.status, 403);
        QCOMPARE(errorDetails(r).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("BORROWER_NOT_ENTITLED"));
        const auto staff = as(QStringLiteral("archivist")).get(QStringLiteral("/api/v1/archives/staff")).json;
        QStringList logins;
        for (const auto& v : staff.value(QStringLiteral("staff")).toArray())
            logins << v.toObject().value(QStringLiteral("login")).toString();
        QVERIFY(logins.contains(QStringLiteral("clerk")));
        QVERIFY(!logins.contains(QStringLiteral("department")));
    }

    // 004 §28: returns are registered, with each item's condition.
    void returnRecordsEachItemsCondition()
    {
        const qint64 item = m_desk.filedItem();
        const qint64 id = idOf(ArchiveDesk::loanOf(
            m_desk.requestLoan({item}, QStringLiteral("clerk"), QStringLiteral("on_site"), m_desk.today())));
        m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), id);
        const QString path = QStringLiteral("/api/v1/archives/loans/%1/return").arg(id);
        auto none = as(QStringLiteral("archivist")).post(path, {});
        QCOMPARE(none.status, 422);
        QCOMPARE(errorDetails(none).value(QStringLiteral("field")).toString(),
                 QStringLiteral("items[0].condition"));
        QJsonObject damaged{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("itemId"), item},
                                                                             {QStringLiteral("condition"),
                                                                              QStringLiteral("damaged")}}}}};
        QCOMPARE(as(QStringLiteral("archivist")).post(path, damaged).status, 422);
        damaged[QStringLiteral("items")] =
            QJsonArray{QJsonObject{{QStringLiteral("itemId"), item},
                                   {QStringLiteral("condition"), QStringLiteral("damaged")},
                                   {QStringLiteral("conditionNote"), QStringLiteral("第3页撕裂")}}};
        const auto ok = as(QStringLiteral("archivist")).post(path, damaged);
        QCOMPARE(ok.status, 200);
        const auto loan = ArchiveDesk::loanOf(ok);
        QCOMPARE(loan.value(QStringLiteral("returnedByName")).toString(), QStringLiteral("archivist用户"));
        QCOMPARE(loan.value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("condition")),
                 QStringLiteral("damaged"));
        const auto history = m_desk.item(item).value(QStringLiteral("history")).toArray();
        QCOMPARE(history.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("returned"));
        QVERIFY(history.last()
                    .toObject()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("第3页撕裂")));
        // Per-person history: the clerk's loans as borrower.
        const auto person = as(QStringLiteral("archivist"))
                                .get(QStringLiteral("/api/v1/archives/people/%1/history")
                                         .arg(m_desk.ids.at(QStringLiteral("clerk"))))
                                .json;
        bool found = false;
        for (const auto& v : person.value(QStringLiteral("loans")).toArray())
            found = found || idOf(v.toObject()) == id;
        QVERIFY(found);
    }

    // Viewing scans is an access needing entitlement, and is logged (附件1.七(四)).
    void viewingScansNeedsEntitlementAndIsAudited()
    {
        const QByteArray scan = pdfBytes() + QByteArrayLiteral("view-test");
        const qint64 item = m_desk.filedItem(scan);
        const qint64 material =
            idOf(m_desk.item(item).value(QStringLiteral("materials")).toArray().first().toObject());
        const QString path = QStringLiteral("/api/v1/archives/items/%1/materials/%2").arg(item).arg(material);
        const int deniedBefore = m_desk.auditEntries(QStringLiteral("archive.material_view")).size();
        const auto refused = as(QStringLiteral("clerk")).get(path);
        QCOMPARE(refused.status, 403);
        QCOMPARE(errorDetails(refused).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("NOT_ENTITLED"));
        QCOMPARE(as(QStringLiteral("department")).get(path).status, 403);
        const auto archivist = as(QStringLiteral("archivist")).get(path);
        QCOMPARE(archivist.status, 200);
        QCOMPARE(QByteArray::fromBase64(
                     archivist.json.value(QStringLiteral("contentBase64")).toString().toLatin1()),
                 scan);
        const qint64 id = idOf(ArchiveDesk::loanOf(
            m_desk.requestLoan({item}, QStringLiteral("clerk"), QStringLiteral("on_site"), m_desk.today())));
        QCOMPARE(as(QStringLiteral("clerk")).get(path).status, 403); // approved, not yet checked out
        m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), id);
        QCOMPARE(as(QStringLiteral("clerk")).get(path).status, 200);
        QCOMPARE(as(QStringLiteral("officer")).get(path).status, 403);
        m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("return"), id);
        QCOMPARE(as(QStringLiteral("clerk")).get(path).status, 403);
        const auto entries = m_desk.auditEntries(QStringLiteral("archive.material_view")).mid(deniedBefore);
        QStringList outcomes;
        for (const auto& e : entries)
            outcomes << e.value(QStringLiteral("_who")).toString() + QLatin1Char(':') +
                            e.value(QStringLiteral("_outcome")).toString();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("clerk:denied"), QStringLiteral("archivist:ok"),
                                        QStringLiteral("clerk:denied"), QStringLiteral("clerk:ok"),
                                        QStringLiteral("officer:denied"), QStringLiteral("clerk:denied")}));
    }

    // 附件1.七: a deferred application is filed the day it is deferred, once.
    void deferredApplicationIsFiledTheDayItIsDeferredOnce()
    {
        auto& clerk = as(QStringLiteral("clerk"));
        const qint64 app = clerk
                               .post(QStringLiteral("/api/v1/walkin/applications"),
                                     selfQuery(kPersonId, m_desk.personName).toJson())
                               .json.value(QStringLiteral("id"))
                               .toInteger();
        attach(clerk, app, QStringLiteral("id_copy"));
        const QString count = QStringLiteral(
            "SELECT count(*) FROM archive_items WHERE source_kind = 'walkin' AND source_id = ?");
        QCOMPARE(scalar(*m_desk.server, count, {app}).toInt(), 0); // registered only: nothing to file yet
        QCOMPARE(clerk.post(QStringLiteral("/api/v1/walkin/applications/%1/defer").arg(app), {}).status, 200);
        QCOMPARE(scalar(*m_desk.server, count, {app}).toInt(), 1);
        QCOMPARE(clerk.post(QStringLiteral("/api/v1/walkin/applications/%1/answer").arg(app), {}).status,
                 200);
        QCOMPARE(scalar(*m_desk.server, count, {app}).toInt(), 1);
    }

    // 004 §27: once a closed application or case is filed, its scans are read through the
    // archive (entitlement, loan), not through the desk routes.
    void filedMaterialsAreNotReadAtTheDesk()
    {
        const qint64 item = m_desk.walkInItem();
        const qint64 app =
            scalar(*m_desk.server, QStringLiteral("SELECT source_id FROM archive_items WHERE id = ?"), {item})
                .toLongLong();
        const qint64 material =
            scalar(*m_desk.server,
                   QStringLiteral("SELECT id FROM application_materials WHERE application_id = ?"), {app})
                .toLongLong();
        const QString desk =
            QStringLiteral("/api/v1/walkin/applications/%1/materials/%2").arg(app).arg(material);
        QCOMPARE(as(QStringLiteral("clerk")).get(desk).status, 200); // not yet in the archive room
        QCOMPARE(m_desk.file({item}).status, 200);
        const auto refused = as(QStringLiteral("clerk")).get(desk);
        QCOMPARE(refused.status, 403);
        QCOMPARE(errorDetails(refused).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("ARCHIVED"));
        const auto entries = m_desk.auditEntries(QStringLiteral("walkin.material_view"));
        QCOMPARE(entries.last().value(QStringLiteral("_outcome")).toString(), QStringLiteral("denied"));
        const qint64 archived =
            idOf(m_desk.item(item).value(QStringLiteral("materials")).toArray().first().toObject());
        QCOMPARE(as(QStringLiteral("archivist"))
                     .get(QStringLiteral("/api/v1/archives/items/%1/materials/%2").arg(item).arg(archived))
                     .status,
                 200);
    }

    // 004 §29 "定期归还": overdue loans listed with days overdue; reminders for borrower and approver.
    void overdueLoansAreListedAndReminded()
    {
        const qint64 id = idOf(
            ArchiveDesk::loanOf(m_desk.requestLoan({m_desk.filedItem()}, QStringLiteral("clerk"),
                                                   QStringLiteral("take_out"), m_desk.today().addDays(3))));
        m_desk.loanStep(QStringLiteral("approver"), QStringLiteral("approval"), id);
        m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), id);
        auto overdueIn = [&](const QString& login, const QString& path, const QString& key) {
            for (const auto& v : as(login).get(path).json.value(key).toArray())
                if (idOf(v.toObject()) == id)
                    return v.toObject().value(QStringLiteral("overdueDays")).toInt();
            return -1;
        };
        const QString reminders = QStringLiteral("/api/v1/archives/reminders");
        const QString overdue = QStringLiteral("/api/v1/archives/loans?state=overdue");
        m_desk.advanceDays(3); // the due date itself is not overdue
        QCOMPARE(overdueIn(QStringLiteral("archivist"), overdue, QStringLiteral("loans")), -1);
        m_desk.advanceDays(2);
        QCOMPARE(overdueIn(QStringLiteral("archivist"), overdue, QStringLiteral("loans")), 2);
        QCOMPARE(overdueIn(QStringLiteral("clerk"), reminders, QStringLiteral("overdue")), 2);
        QCOMPARE(overdueIn(QStringLiteral("approver"), reminders, QStringLiteral("overdue")), 2);
        QCOMPARE(overdueIn(QStringLiteral("archivist"), reminders, QStringLiteral("overdue")), 2);
        QCOMPARE(overdueIn(QStringLiteral("officer"), reminders, QStringLiteral("overdue")), -1);
        // A renewal approved by the leader moves the due date; no longer overdue.
        const auto renew =
            as(QStringLiteral("approver"))
                .post(QStringLiteral("/api/v1/archives/loans/%1/renewal").arg(id),
                      {{QStringLiteral("dueDate"), cp::protocol::toWireDate(m_desk.today().addDays(5))},
                       {QStringLiteral("reason"), QStringLiteral("核对未完")}});
        QCOMPARE(renew.status, 200);
        QCOMPARE(ArchiveDesk::loanOf(renew).value(QStringLiteral("renewals")).toInt(), 1);
        QCOMPARE(overdueIn(QStringLiteral("clerk"), reminders, QStringLiteral("overdue")), -1);
        m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("return"), id);
    }

    // 004 §30 and 附件1.七(二): past retention → listed, counted and checked by the named
    // person, approved, destroyed with time/place/method/people/problems; the list is archived.
    void retentionAndDestructionRegister()
    {
        const qint64 item = m_desk.filedItem();
        const qint64 checker = m_desk.ids.at(QStringLiteral("checker"));
        cp::protocol::DestructionProposalInput in;
        in.itemIds = {item};
        in.checkerId = checker;
        in.reason = QStringLiteral("保管期满");
        const QString destructions = QStringLiteral("/api/v1/archives/destructions");
        const auto early = as(QStringLiteral("archivist")).post(destructions, in.toJson());
        QCOMPARE(early.status, 409);
        QCOMPARE(errorDetails(early).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("RETENTION_NOT_EXPIRED"));

        m_desk.advanceDays(int(m_desk.today().daysTo(m_desk.today().addYears(5)))); // the retention end day
        auto expired = [&] {
            QList<qint64> ids;
            for (const auto& v : as(QStringLiteral("archivist"))
                                     .get(QStringLiteral("/api/v1/archives/items?status=expired"))
                                     .json.value(QStringLiteral("items"))
                                     .toArray())
                ids << idOf(v.toObject());
            return ids;
        };
        QVERIFY(!expired().contains(item));
        m_desk.advanceDays(1);
        QVERIFY(expired().contains(item));

        in.checkerId = m_desk.ids.at(QStringLiteral("clerk"));
        QCOMPARE(as(QStringLiteral("archivist")).post(destructions, in.toJson()).status,
                 422); // checker must be an archivist
        in.checkerId = checker;
        const auto proposed = as(QStringLiteral("archivist")).post(destructions, in.toJson());
        QCOMPARE(proposed.status, 201);
        const auto list = proposed.json.value(QStringLiteral("destruction")).toObject();
        const QString base = destructions + QStringLiteral("/%1/").arg(idOf(list));
        QVERIFY(!expired().contains(item)); // listed: not proposed twice
        QCOMPARE(as(QStringLiteral("approver")).post(base + QStringLiteral("approval"), {}).status,
                 409); // not checked
        const QJsonObject count{{QStringLiteral("counted"), 1},
                                {QStringLiteral("note"), QStringLiteral("与清册相符")}};
        const auto notChecker = as(QStringLiteral("archivist")).post(base + QStringLiteral("check"), count);
        QCOMPARE(notChecker.status, 403);
        QCOMPARE(errorDetails(notChecker).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("NOT_THE_CHECKER"));
        QCOMPARE(as(QStringLiteral("checker"))
                     .post(base + QStringLiteral("check"), {{QStringLiteral("counted"), 2}})
                     .status,
                 422);
        QCOMPARE(as(QStringLiteral("checker")).post(base + QStringLiteral("check"), count).status, 200);
        QCOMPARE(as(QStringLiteral("archivist")).post(base + QStringLiteral("execution"), {}).status,
                 409); // not approved
        QCOMPARE(as(QStringLiteral("archivist")).post(base + QStringLiteral("approval"), {}).status, 403);
        QCOMPARE(as(QStringLiteral("approver"))
                     .post(base + QStringLiteral("approval"),
                           {{QStringLiteral("note"), QStringLiteral("同意销毁")}})
                     .status,
                 200);
        const QJsonObject record{{QStringLiteral("place"), QStringLiteral("市信用中心碎纸室")},
                                 {QStringLiteral("method"), QStringLiteral("粉碎并清除电子扫描件")},
                                 {QStringLiteral("performers"), QStringLiteral("archivist用户、checker用户")},
                                 {QStringLiteral("problems"), QStringLiteral("无")}};
        QCOMPARE(as(QStringLiteral("archivist"))
                     .post(base + QStringLiteral("execution"),
                           QJsonObject{{QStringLiteral("place"), QStringLiteral("x")}})
                     .status,
                 422);
        const auto done = as(QStringLiteral("archivist")).post(base + QStringLiteral("execution"), record);
        QCOMPARE(done.status, 200);
        const auto d = done.json.value(QStringLiteral("destruction")).toObject();
        QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("destroyed"));
        QCOMPARE(d.value(QStringLiteral("method")).toString(),
                 record.value(QStringLiteral("method")).toString());
        QVERIFY(d.value(QStringLiteral("executedAt")).toString().size() > 0);
        const auto document = documentOf(done);
        QVERIFY(document.value(QStringLiteral("purpose"))
                    .toString()
                    .contains(QStringLiteral("市信用中心碎纸室")));
        QCOMPARE(document.value(QStringLiteral("records")).toArray().size(), 1);
        // The item keeps its metadata; its materials are erased.
        const auto gone = m_desk.item(item);
        QCOMPARE(gone.value(QStringLiteral("status")).toString(), QStringLiteral("destroyed"));
        QCOMPARE(gone.value(QStringLiteral("destructionNumber")).toString(),
                 d.value(QStringLiteral("number")).toString());
        const auto material = gone.value(QStringLiteral("materials")).toArray().first().toObject();
        QVERIFY(material.contains(QStringLiteral("erasedAt")));
        QVERIFY(!material.value(QStringLiteral("sha256")).toString().isEmpty());
        const auto view =
            as(QStringLiteral("archivist"))
                .get(QStringLiteral("/api/v1/archives/items/%1/materials/%2").arg(item).arg(idOf(material)));
        QCOMPARE(view.status, 409);
        // The list itself is archived: a new item of kind "destruction", kept permanently once filed.
        const qint64 listItem =
            scalar(*m_desk.server,
                   QStringLiteral(
                       "SELECT id FROM archive_items WHERE source_kind = 'destruction' AND source_id = ?"),
                   {idOf(d)})
                .toLongLong();
        QVERIFY(listItem > 0);
        QCOMPARE(m_desk.file({listItem}, QStringLiteral("XH-VOL-1")).status, 200);
        QCOMPARE(m_desk.item(listItem).value(QStringLiteral("permanent")).toBool(), true);
        // A closed register cannot be changed, even in the database.
        QSqlDatabase db = m_desk.server->server().database().connection();
        QSqlQuery q(db);
        QVERIFY(!q.exec(
            QStringLiteral("UPDATE archive_destructions SET place = 'x' WHERE id = %1").arg(idOf(d))));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM archive_destructions WHERE id = %1").arg(idOf(d))));
    }

    // SPEC §9 residual information: after destruction the scan's bytes are nowhere in the
    // database file or its WAL (checked in the decrypted pages, which do show it before).
    void destroyedMaterialsLeaveNoBytesInTheDatabaseFile()
    {
        const QByteArray marker = QByteArrayLiteral("ERASE-ME-7f3a9c1e-archive-marker");
        QByteArray scan = pdfBytes();
        for (int i = 0; i < 200; ++i)
            scan += marker + QByteArray::number(i) + '\n';
        const qint64 item = m_desk.filedItem(scan);
        const QString path = m_desk.server->databasePath();
        const QByteArray key = m_desk.server->databaseKeyHex();
        const auto before = plaintextOf(path, key);
        QVERIFY(before.headerValid);
        QVERIFY(before.pages.contains(marker)); // the scanner finds it while it is stored
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(marker)); // encrypted at rest (SQLCipher)

        m_desk.advanceDays(int(m_desk.today().daysTo(m_desk.today().addYears(5))) + 1);
        cp::protocol::DestructionProposalInput in;
        in.itemIds = {item};
        in.checkerId = m_desk.ids.at(QStringLiteral("checker"));
        in.reason = QStringLiteral("保管期满");
        const qint64 id = idOf(as(QStringLiteral("archivist"))
                                   .post(QStringLiteral("/api/v1/archives/destructions"), in.toJson())
                                   .json.value(QStringLiteral("destruction"))
                                   .toObject());
        const QString base = QStringLiteral("/api/v1/archives/destructions/%1/").arg(id);
        as(QStringLiteral("checker")).post(base + QStringLiteral("check"), {{QStringLiteral("counted"), 1}});
        as(QStringLiteral("approver")).post(base + QStringLiteral("approval"), {});
        const auto done = as(QStringLiteral("archivist"))
                              .post(base + QStringLiteral("execution"),
                                    {{QStringLiteral("place"), QStringLiteral("机房")},
                                     {QStringLiteral("method"), QStringLiteral("安全擦除")},
                                     {QStringLiteral("performers"), QStringLiteral("archivist用户")}});
        QCOMPARE(done.status, 200);
        const auto after = plaintextOf(path, key);
        QVERIFY(after.headerValid);
        QVERIFY2(!after.pages.contains(marker), "destroyed scan still present in the database file or WAL");
        QFileInfo wal(path + QStringLiteral("-wal"));
        QVERIFY(!wal.exists() || wal.size() == 0); // checkpointed and truncated
        QCOMPARE(m_desk.item(item).value(QStringLiteral("materialCount")).toInt(), 1); // metadata kept
    }

    // Every step is in the tamper-evident chain, which still verifies.
    void everyStepIsInTheAuditChain()
    {
        for (const QString& action :
             {QStringLiteral("archive.file"), QStringLiteral("archive.loan_request"),
              QStringLiteral("archive.loan_approve"), QStringLiteral("archive.loan_reject"),
              QStringLiteral("archive.loan_cancel"), QStringLiteral("archive.loan_checkout"),
              QStringLiteral("archive.loan_renew"), QStringLiteral("archive.loan_return"),
              QStringLiteral("archive.material_view"), QStringLiteral("archive.destruction_propose"),
              QStringLiteral("archive.destruction_check"), QStringLiteral("archive.destruction_approve"),
              QStringLiteral("archive.destruction_execute")})
            QVERIFY2(!m_desk.auditEntries(action).isEmpty(), qPrintable(action));
        QSqlDatabase db = m_desk.server->server().database().connection();
        QVERIFY(cp::server::AuditLog::verify(db).ok);
    }
};

QTEST_GUILESS_MAIN(TestArchives)
#include "test_archives.moc"
