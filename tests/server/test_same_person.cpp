// Attack review (issue 11) finding 10: one account could request and approve. An
// account holding archivist + approver requested, approved and checked out its own
// loan; a destruction list had no self-check at all. Each test below makes the attack
// over real mutual TLS with one person in two jobs and expects SAME_PERSON (403),
// nothing changed, and the refusal in the audit chain (access.same_person).
//
// The same person is simulated by granting the approver's account the other desk roles
// straight in the store, past the role-combination rule (shared/Roles.cpp), which may
// forbid some of these mixes: the server checks the person (the account id) at every
// step, so the check must hold whatever combinations that rule still allows. The
// officer is given the approver role the same way, to be "another approver".
#include "ArchiveFixture.h"
#include "MediaProtocol.h"
#include "Protocol.h"

using namespace cp::test;

namespace {

const QString kDual = QStringLiteral("approver"); // the one person in several jobs

qint64 idOf(const QJsonObject& o)
{
    return o.value(QStringLiteral("id")).toInteger();
}

QString conflictOf(const ProbeReply& r)
{
    return errorDetails(r).value(QStringLiteral("conflict")).toString();
}

} // namespace

// A failed comparison inside the helper ends the test function, not just the helper.
#define EXPECT_REFUSED(...)                                                                                  \
    do {                                                                                                     \
        expectRefused(__VA_ARGS__);                                                                          \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class TestSamePerson : public QObject
{
    Q_OBJECT
    ArchiveDesk m_desk;

    HttpsProbe& as(const QString& login) { return m_desk.as(login); }
    qint64 account(const QString& login) const { return m_desk.ids.at(login); }

    void grantDirectly(const QString& login, const QStringList& roles)
    {
        for (const QString& role : roles)
            insert(*m_desk.server,
                   QStringLiteral("INSERT INTO account_roles (account_id, role_code, granted_at) "
                                  "VALUES (?, ?, '2026-01-01T00:00:00.000Z')"),
                   {account(login), role});
    }

    /// The refusal of `path` by the dual account: SAME_PERSON naming `conflict`, and audited.
    void expectRefused(const ProbeReply& r, const QString& conflict, const QString& path)
    {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("SAME_PERSON"));
        QCOMPARE(conflictOf(r), conflict);
        QVERIFY(r.errorMessage().contains(QStringLiteral("职责分离")));
        const auto entries = m_desk.auditEntries(QStringLiteral("access.same_person"));
        QVERIFY(!entries.isEmpty());
        const QJsonObject last = entries.last();
        QCOMPARE(last.value(QStringLiteral("_outcome")).toString(), QStringLiteral("denied"));
        QCOMPARE(last.value(QStringLiteral("_who")).toString(), kDual);
        QCOMPARE(last.value(QStringLiteral("_target")).toString(), QStringLiteral("POST ") + path);
        QCOMPARE(last.value(QStringLiteral("conflict")).toString(), conflict);
    }

    ProbeReply requestLoanAs(const QString& login, qint64 item, const QString& borrower, const QString& mode)
    {
        cp::protocol::LoanRequestInput in;
        in.itemIds = {item};
        in.borrowerId = account(borrower);
        in.purpose = QStringLiteral("核对异议材料");
        in.mode = mode;
        in.requestedReturn = mode == QLatin1String("on_site") ? m_desk.today() : m_desk.today().addDays(7);
        return as(login).post(QStringLiteral("/api/v1/archives/loans"), in.toJson());
    }
    static QString loanPath(qint64 id, const QString& step)
    {
        return QStringLiteral("/api/v1/archives/loans/%1/%2").arg(id).arg(step);
    }

    qint64 walkInApplication(const QString& clerk)
    {
        return as(clerk)
            .post(QStringLiteral("/api/v1/walkin/applications"),
                  selfQuery(kPersonId, m_desk.personName).toJson())
            .json.value(QStringLiteral("id"))
            .toInteger();
    }
    ProbeReply defer(const QString& clerk, qint64 app)
    {
        return as(clerk).post(QStringLiteral("/api/v1/walkin/applications/%1/defer").arg(app),
                              {{QStringLiteral("note"), QStringLiteral("须向提供部门核实")}});
    }
    static QString extensionPath(qint64 app)
    {
        return QStringLiteral("/api/v1/walkin/applications/%1/extension").arg(app);
    }
    static QJsonObject extension()
    {
        return {{QStringLiteral("workingDays"), 5}, {QStringLiteral("reason"), QStringLiteral("情况复杂")}};
    }

    qint64 acceptedCase()
    {
        const qint64 record =
            addRecord(*m_desk.server, m_desk.person, QStringLiteral("A"), QStringLiteral("admin_penalty"),
                      QStringLiteral("异议处罚-%1").arg(++m_serial));
        return caseOf(as(QStringLiteral("clerk"))
                          .post(QStringLiteral("/api/v1/disputes"),
                                disputeBy(kPersonId, m_desk.personName, {record}).toJson()))
            .value(QStringLiteral("id"))
            .toInteger();
    }
    ProbeReply verifyCase(const QString& login, qint64 id)
    {
        return as(login).post(QStringLiteral("/api/v1/disputes/%1/verification").arg(id),
                              {{QStringLiteral("department"), QStringLiteral("景德镇市市场监督管理局")},
                               {QStringLiteral("note"), QStringLiteral("经与提供部门核实")},
                               {QStringLiteral("date"), cp::protocol::toWireDate(m_desk.today())}});
    }

    ProbeReply propose(const QString& login, qint64 item, const QString& checker)
    {
        cp::protocol::DestructionProposalInput in;
        in.itemIds = {item};
        in.checkerId = account(checker);
        in.reason = QStringLiteral("保管期满");
        return as(login).post(QStringLiteral("/api/v1/archives/destructions"), in.toJson());
    }
    static QString listPath(qint64 id, const QString& step)
    {
        return QStringLiteral("/api/v1/archives/destructions/%1/%2").arg(id).arg(step);
    }
    ProbeReply check(const QString& login, qint64 id)
    {
        return as(login).post(
            listPath(id, QStringLiteral("check")),
            {{QStringLiteral("counted"), 1}, {QStringLiteral("note"), QStringLiteral("相符")}});
    }
    ProbeReply decideList(const QString& login, qint64 id, bool approve)
    {
        return approve ? as(login).post(listPath(id, QStringLiteral("approval")),
                                        {{QStringLiteral("note"), QStringLiteral("同意销毁")}})
                       : as(login).post(listPath(id, QStringLiteral("rejection")),
                                        {{QStringLiteral("reason"), QStringLiteral("暂缓")}});
    }
    ProbeReply execute(const QString& login, qint64 id)
    {
        return as(login).post(listPath(id, QStringLiteral("execution")),
                              {{QStringLiteral("place"), QStringLiteral("市信用中心碎纸室")},
                               {QStringLiteral("method"), QStringLiteral("粉碎并清除电子扫描件")},
                               {QStringLiteral("performers"), QStringLiteral("archivist用户、checker用户")},
                               {QStringLiteral("problems"), QStringLiteral("无")}});
    }
    QString listState(qint64 id)
    {
        return as(QStringLiteral("archivist"))
            .get(QStringLiteral("/api/v1/archives/destructions/%1").arg(id))
            .json.value(QStringLiteral("state"))
            .toString();
    }

    int m_serial = 0;

  private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_desk.start(), qPrintable(m_desk.server->errorString()));
        grantDirectly(kDual, {QStringLiteral("archivist"), QStringLiteral("clerk"), QStringLiteral("officer"),
                              QStringLiteral("department")});
        grantDirectly(QStringLiteral("officer"), {QStringLiteral("approver")});
        m_desk.relogin();
    }

    // seed 004 §29, 附件2 §15: the approver is neither the one who registered the loan nor its borrower.
    void loanIsNotDecidedByWhoeverRegisteredIt()
    {
        const qint64 id = idOf(ArchiveDesk::loanOf(
            requestLoanAs(kDual, m_desk.filedItem(), QStringLiteral("clerk"), QStringLiteral("take_out"))));
        QVERIFY(id > 0);
        const QString approval = loanPath(id, QStringLiteral("approval"));
        EXPECT_REFUSED(as(kDual).post(approval, {{QStringLiteral("note"), QStringLiteral("同意")}}),
                       QStringLiteral("requester"), approval);
        const QString rejection = loanPath(id, QStringLiteral("rejection"));
        EXPECT_REFUSED(as(kDual).post(rejection, {{QStringLiteral("reason"), QStringLiteral("不借")}}),
                       QStringLiteral("requester"), rejection);
        QCOMPARE(m_desk.loanState(id), QStringLiteral("requested"));
        // Another approver may; then the archive staff hand it out.
        QCOMPARE(m_desk.loanStep(QStringLiteral("officer"), QStringLiteral("approval"), id).status, 200);
        QCOMPARE(m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), id).status, 200);
        // The renewal is a decision on the same loan: not by the one who registered it either.
        const QString renewal = loanPath(id, QStringLiteral("renewal"));
        const auto renew = as(kDual).post(
            renewal, {{QStringLiteral("dueDate"), cp::protocol::toWireDate(m_desk.today().addDays(10))},
                      {QStringLiteral("reason"), QStringLiteral("核对未完成")}});
        EXPECT_REFUSED(renew, QStringLiteral("requester"), renewal);
        QCOMPARE(m_desk.loan(id).value(QStringLiteral("renewals")).toInt(), 0);
        QCOMPARE(m_desk.loanStep(QStringLiteral("officer"), QStringLiteral("renewal"), id).status, 200);
        QCOMPARE(m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("return"), id).status, 200);
    }

    // The attack as found: one account registers a loan to itself (on site: approved at
    // once), checks it out and takes it back. The archive staff hand out and take back.
    void borrowerDoesNotCheckOutOrReturnTheirOwnLoan()
    {
        const qint64 id = idOf(
            ArchiveDesk::loanOf(requestLoanAs(kDual, m_desk.filedItem(), kDual, QStringLiteral("on_site"))));
        QVERIFY(id > 0);
        QCOMPARE(m_desk.loanState(id), QStringLiteral("approved"));
        const QString checkout = loanPath(id, QStringLiteral("checkout"));
        EXPECT_REFUSED(as(kDual).post(checkout, {}), QStringLiteral("borrower"), checkout);
        QCOMPARE(m_desk.loanState(id), QStringLiteral("approved"));
        QCOMPARE(m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("checkout"), id).status, 200);
        QJsonArray items;
        for (const auto& v : m_desk.loan(id).value(QStringLiteral("items")).toArray())
            items.append(QJsonObject{{QStringLiteral("itemId"), v.toObject().value(QStringLiteral("itemId"))},
                                     {QStringLiteral("condition"), QStringLiteral("intact")}});
        const QString giveBack = loanPath(id, QStringLiteral("return"));
        EXPECT_REFUSED(as(kDual).post(giveBack, {{QStringLiteral("items"), items}}),
                       QStringLiteral("borrower"), giveBack);
        QCOMPARE(m_desk.loanState(id), QStringLiteral("checked_out"));
        QCOMPARE(m_desk.loanStep(QStringLiteral("archivist"), QStringLiteral("return"), id).status, 200);
    }

    // seed 003 附件1.五(六), SPEC §3.7: the extension is approved by someone other than the
    // clerk who registered the application and the one who deferred it.
    void walkInExtensionIsNotApprovedByItsClerks()
    {
        const qint64 own = walkInApplication(kDual);
        QCOMPARE(defer(kDual, own).status, 200);
        EXPECT_REFUSED(as(kDual).post(extensionPath(own), extension()), QStringLiteral("registrar"),
                       extensionPath(own));

        const qint64 deferredByDual = walkInApplication(QStringLiteral("clerk"));
        QCOMPARE(defer(kDual, deferredByDual).status, 200);
        EXPECT_REFUSED(as(kDual).post(extensionPath(deferredByDual), extension()), QStringLiteral("deferrer"),
                       extensionPath(deferredByDual));
        QVERIFY(!as(QStringLiteral("clerk"))
                     .get(QStringLiteral("/api/v1/walkin/applications/%1").arg(deferredByDual))
                     .json.value(QStringLiteral("extendedDueDate"))
                     .toString()
                     .size());

        const qint64 other = walkInApplication(QStringLiteral("clerk"));
        QCOMPARE(defer(QStringLiteral("clerk"), other).status, 200);
        QCOMPARE(as(kDual).post(extensionPath(other), extension()).status, 200);
    }

    // seed 003 附件2.三, 五: the officer who verified a case does not approve its result,
    // return it, or extend its deadline.
    void disputeIsNotApprovedOrExtendedByItsVerifier()
    {
        const qint64 id = acceptedCase();
        QCOMPARE(verifyCase(kDual, id).status, 200);
        const QString extensionStep = QStringLiteral("/api/v1/disputes/%1/extension").arg(id);
        EXPECT_REFUSED(as(kDual).post(extensionStep, extension()), QStringLiteral("verifier"), extensionStep);
        cp::protocol::DisputeResultInput result;
        result.text = QStringLiteral("经核查，异议不成立。");
        const auto records = as(QStringLiteral("clerk"))
                                 .get(QStringLiteral("/api/v1/disputes/%1").arg(id))
                                 .json.value(QStringLiteral("records"))
                                 .toArray();
        for (const auto& r : records)
            result.outcomes.append({r.toObject().value(QStringLiteral("recordId")).toInteger(),
                                    QStringLiteral("upheld"),
                                    {},
                                    {}});
        QCOMPARE(as(QStringLiteral("officer"))
                     .post(QStringLiteral("/api/v1/disputes/%1/result").arg(id), result.toJson())
                     .status,
                 200);
        const QString approval = QStringLiteral("/api/v1/disputes/%1/approval").arg(id);
        EXPECT_REFUSED(as(kDual).post(approval, {{QStringLiteral("note"), QStringLiteral("同意")}}),
                       QStringLiteral("verifier"), approval);
        const QString giveBack = QStringLiteral("/api/v1/disputes/%1/return").arg(id);
        EXPECT_REFUSED(as(kDual).post(giveBack, {{QStringLiteral("reason"), QStringLiteral("重新核查")}}),
                       QStringLiteral("verifier"), giveBack);
        // The officer (also an approver) wrote the result: not theirs to approve either.
        const auto byAuthor = as(QStringLiteral("officer")).post(approval, {});
        QCOMPARE(byAuthor.errorCode(), QStringLiteral("SAME_PERSON"));
        QCOMPARE(conflictOf(byAuthor), QStringLiteral("result_author"));
        QCOMPARE(as(QStringLiteral("clerk"))
                     .get(QStringLiteral("/api/v1/disputes/%1").arg(id))
                     .json.value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("result_submitted"));
    }

    // seed 000 §18: the officer deciding on a B-class request is not the user who made it.
    void bClassRequestIsNotDecidedByItsRequester()
    {
        const auto asked = as(kDual).post(
            QStringLiteral("/api/v1/department/authorizations"),
            {{QStringLiteral("subjectId"), m_desk.person},
             {QStringLiteral("purpose"), QStringLiteral("subsidy")},
             {QStringLiteral("legalBasis"), QStringLiteral("信息主体书面同意书（2026）第 8 号")},
             {QStringLiteral("requestedFrom"), cp::protocol::toWireDate(m_desk.today())},
             {QStringLiteral("requestedUntil"), cp::protocol::toWireDate(m_desk.today().addDays(30))}});
        QCOMPARE(asked.status, 201);
        const qint64 id = idOf(asked.json);
        const QString approve = QStringLiteral("/api/v1/department/authorizations/%1/approve").arg(id);
        EXPECT_REFUSED(as(kDual).post(approve, {}), QStringLiteral("requester"), approve);
        const QString reject = QStringLiteral("/api/v1/department/authorizations/%1/reject").arg(id);
        EXPECT_REFUSED(as(kDual).post(reject, {{QStringLiteral("reason"), QStringLiteral("依据不足")}}),
                       QStringLiteral("requester"), reject);
        QCOMPARE(
            scalar(*m_desk.server, QStringLiteral("SELECT status FROM b_authorizations WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("pending"));
    }

    // seed 004 §13: carrying a medium out is approved by a leader who did not apply for it.
    void mediaCarryOutIsNotApprovedByItsApplicant()
    {
        cp::protocol::MediumInput medium;
        medium.serial = QStringLiteral("JZ-SP-0001");
        medium.type = QStringLiteral("usb_drive");
        medium.model = QStringLiteral("Kingston DT 64G");
        medium.capacity = QStringLiteral("64 GB");
        medium.level = QStringLiteral("internal");
        medium.custodianId = account(QStringLiteral("archivist"));
        medium.locationId = 1;
        const auto registered = as(kDual).post(QStringLiteral("/api/v1/media"), medium.toJson());
        QCOMPARE(registered.status, 201);
        cp::protocol::CarryRequestInput carry;
        carry.purpose = QStringLiteral("向市数据中心报送备份数据");
        carry.destination = QStringLiteral("市大数据中心");
        carry.carrierId = account(QStringLiteral("archivist"));
        carry.secondPersonId = account(QStringLiteral("checker"));
        carry.expectedReturn = m_desk.today().addDays(1);
        const auto requested = as(kDual).post(
            QStringLiteral("/api/v1/media/%1/carry-out-requests").arg(idOf(registered.json)), carry.toJson());
        QCOMPARE(requested.status, 201);
        const QString approval =
            QStringLiteral("/api/v1/media/carry-out-requests/%1/approval").arg(idOf(requested.json));
        EXPECT_REFUSED(as(kDual).post(approval, {{QStringLiteral("note"), QStringLiteral("同意")}}),
                       QStringLiteral("requester"), approval);
        QCOMPARE(as(QStringLiteral("officer")).post(approval, {}).status, 200);
    }

    // seed 004 §30, 附件2 §15: proposer ≠ checker; the approver neither proposed nor checked
    // the list; the approver does not carry out the destruction. Last: it moves the clock 5 years.
    void destructionListHasFourPeopleNotOne()
    {
        const qint64 a = m_desk.filedItem(), b = m_desk.filedItem(), c = m_desk.filedItem();
        m_desk.advanceDays(int(m_desk.today().daysTo(m_desk.today().addYears(5))) + 1);

        // The proposer names themself as the checker.
        EXPECT_REFUSED(propose(kDual, a, kDual), QStringLiteral("proposer"),
                       QStringLiteral("/api/v1/archives/destructions"));

        // The proposer approves their own list.
        const qint64 own = idOf(propose(kDual, a, QStringLiteral("checker"))
                                    .json.value(QStringLiteral("destruction"))
                                    .toObject());
        QVERIFY(own > 0);
        QCOMPARE(check(QStringLiteral("checker"), own).status, 200);
        EXPECT_REFUSED(decideList(kDual, own, true), QStringLiteral("proposer"),
                       listPath(own, QStringLiteral("approval")));
        EXPECT_REFUSED(decideList(kDual, own, false), QStringLiteral("proposer"),
                       listPath(own, QStringLiteral("rejection")));
        QCOMPARE(listState(own), QStringLiteral("checked"));
        QCOMPARE(decideList(QStringLiteral("officer"), own, true).status, 200);

        // The checker approves the list they counted.
        const qint64 counted = idOf(propose(QStringLiteral("archivist"), b, kDual)
                                        .json.value(QStringLiteral("destruction"))
                                        .toObject());
        QCOMPARE(check(kDual, counted).status, 200);
        EXPECT_REFUSED(decideList(kDual, counted, true), QStringLiteral("checker"),
                       listPath(counted, QStringLiteral("approval")));
        QCOMPARE(listState(counted), QStringLiteral("checked"));

        // The approver carries out the destruction they approved.
        const qint64 approved = idOf(propose(QStringLiteral("archivist"), c, QStringLiteral("checker"))
                                         .json.value(QStringLiteral("destruction"))
                                         .toObject());
        QCOMPARE(check(QStringLiteral("checker"), approved).status, 200);
        QCOMPARE(decideList(kDual, approved, true).status, 200);
        EXPECT_REFUSED(execute(kDual, approved), QStringLiteral("approver"),
                       listPath(approved, QStringLiteral("execution")));
        QCOMPARE(listState(approved), QStringLiteral("approved"));
        QCOMPARE(m_desk.item(c).value(QStringLiteral("status")).toString(), QStringLiteral("filed"));
        QCOMPARE(execute(QStringLiteral("archivist"), approved).status, 200);
        QCOMPARE(listState(approved), QStringLiteral("destroyed"));
    }
};

QTEST_GUILESS_MAIN(TestSamePerson)
#include "test_same_person.moc"
