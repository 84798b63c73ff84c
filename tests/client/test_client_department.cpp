// The department-query module against a real server (SPEC §1–2; seed 000
// §16–18; seed 003 附件1.七(一)): search by exact ID with live check digits and
// by name (prefix, contains) in pages, masked lists, the purpose asked before
// any record is shown, county and city jurisdictions, suspended records and
// "申请人存疑" marks, identity reveal refused without authorization, the B-class
// request → officer decision (Approvals tab) → B records for the requester,
// and the watermarked, verifiable PDF export.
#include "ClientTestSupport.h"
#include "Masking.h"
#include "WalkInFixture.h"
#include "auth/LoginDialog.h"
#include "department/BAuthorizationApprovalPage.h"
#include "department/BAuthorizationRequestDialog.h"
#include "department/DepartmentAuthorizationList.h"
#include "department/DepartmentSearchPage.h"
#include "department/DepartmentSubjectView.h"
#include "department/DepartmentTerms.h"
#include "department/DepartmentWidget.h"
#include "shell/MainWindow.h"
#include "shell/TabbedModulePage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kCompanyCode;
using cp::test::kPassword;
using cp::test::kPersonId;

namespace {

const QString kPersonName = QStringLiteral("欧阳明华");
const QString kSuspended = QStringLiteral("暂停使用（异议处理中）");

/// The cell's text, empty when the row is not (yet) there.
QString cell(QTableWidget* t, int row, int c)
{
    return t && t->item(row, c) ? t->item(row, c)->text() : QString();
}

QStringList column(QTableWidget* t, int c)
{
    QStringList out;
    for (int row = 0; row < t->rowCount(); ++row)
        out << t->item(row, c)->text();
    return out;
}

} // namespace

class TestClientDepartment : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchModeAndIdProblemFollowTheText_data();
    void searchModeAndIdProblemFollowTheText();
    void departmentPageOpensWithTheSearchField();
    void idSearchChecksTheCheckDigitWhileTyping();
    void nameSearchByPrefixAndContainsIsPaged();
    void purposeIsAskedBeforeAnyRecordIsShown();
    void countySeesItsCountyAndCityTheWholeCity();
    void suspendedRecordIsOnlyAPlaceholderAndMarksShowTheirReason();
    void identityRevealIsRefusedWithoutAuthorization();
    void approvedBRequestOpensBRecordsForTheRequester();
    void rejectionNeedsAReasonWhichTheRequesterSees();
    void exportIsANumberedPdfWithTheViewerWatermark();

  private:
    void logIn(const QString& login);
    DepartmentWidget* page() const;
    template <class T> T* field(const char* name) const { return child<T>(page(), name); }
    bool searchFor(const QString& mode, const QString& text);
    bool openPersonWithPurpose(const QString& purposeCode);
    QStringList recordTitles() const { return column(field<QTableWidget>("recordsTable"), 2); }
    qint64 requestB(const QString& legalBasis);
    BAuthorizationApprovalPage* approvals();
    int auditCount(const QString& action);

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
    QTemporaryDir m_dir;
};

void TestClientDepartment::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_department"));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<cp::test::TestServer>(
        QStringList{QStringLiteral("city"), QStringLiteral("county"), QStringLiteral("officer")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    auto user = [&](const QString& login, const QString& name, const QString& role, const QString& region) {
        auto spec = account(login, name, {role}, kPassword);
        spec.regionCode = region;
        m_server->createAccount(spec);
    };
    user(QStringLiteral("city"), QStringLiteral("赵敏"), QStringLiteral("department"),
         QStringLiteral("360200"));
    user(QStringLiteral("county"), QStringLiteral("钱伟"), QStringLiteral("department"),
         QStringLiteral("360202"));
    user(QStringLiteral("officer"), QStringLiteral("孙丽"), QStringLiteral("officer"),
         QStringLiteral("360200"));

    const qint64 person = cp::test::addSubject(*m_server, QStringLiteral("natural"), kPersonId, kPersonName);
    cp::test::addSubject(*m_server, QStringLiteral("legal"), kCompanyCode,
                         QStringLiteral("景德镇市青花瓷业有限公司"));
    const QDate today = cp::test::chinaToday(*m_server);
    auto rec = [&](const QString& cls, const QString& title, const QString& region,
                   const QString& dispute = QStringLiteral("none"), const QString& mark = {}) {
        const qint64 id = cp::test::addRecord(*m_server, person, cls, QStringLiteral("admin_penalty"), title,
                                              QStringLiteral("active"), dispute, mark,
                                              mark.isEmpty() ? QDate() : today.addDays(10));
        cp::test::insert(*m_server, QStringLiteral("UPDATE credit_records SET region_code = ? WHERE id = ?"),
                         {region, id});
    };
    rec(QStringLiteral("A"), QStringLiteral("A昌江许可"), QStringLiteral("360202"));
    rec(QStringLiteral("B"), QStringLiteral("B昌江欠税"), QStringLiteral("360202"));
    rec(QStringLiteral("C"), QStringLiteral("C昌江内部"), QStringLiteral("360202"));
    rec(QStringLiteral("A"), QStringLiteral("A浮梁处罚"), QStringLiteral("360222"));
    rec(QStringLiteral("A"), QStringLiteral("异议中的记录"), QStringLiteral("360202"),
        QStringLiteral("in_progress"));
    rec(QStringLiteral("A"), QStringLiteral("存疑记录"), QStringLiteral("360202"), QStringLiteral("none"),
        QStringLiteral("申请人认为已履行完毕"));
    for (int i = 0; i < 25; ++i)
        cp::test::addSubject(*m_server, QStringLiteral("legal"),
                             QStringLiteral("TESTCODE%1").arg(i, 10, 10, QLatin1Char('0')),
                             QStringLiteral("浮梁茶业%1有限公司").arg(i, 2, 10, QLatin1Char('0')));
    logIn(QStringLiteral("county"));
}

void TestClientDepartment::cleanupTestCase()
{
    m_app.reset();
    flushDeferredDeletes();
}

void TestClientDepartment::logIn(const QString& login)
{
    m_app.reset();
    flushDeferredDeletes();
    m_app = std::make_unique<AppController>(settingsFor(*m_server, login), UiLanguage::Chinese);
    m_app->start();
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kReplyTimeout);
    m_app->mainWindow()->show();
}

DepartmentWidget* TestClientDepartment::page() const
{
    return m_app && m_app->mainWindow() ? m_app->mainWindow()->findChild<DepartmentWidget*>() : nullptr;
}

int TestClientDepartment::auditCount(const QString& action)
{
    QSqlQuery q(m_server->server().database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

bool TestClientDepartment::searchFor(const QString& mode, const QString& text)
{
    page()->backToResults();
    auto* combo = field<QComboBox>("modeCombo");
    combo->setCurrentIndex(combo->findData(mode));
    enter(field<QLineEdit>("queryEdit"), text);
    QSignalSpy searched(page()->searchPage(), &DepartmentSearchPage::searched);
    QTest::keyClick(field<QLineEdit>("queryEdit"), Qt::Key_Return);
    return searched.wait(kReplyTimeout);
}

bool TestClientDepartment::openPersonWithPurpose(const QString& purposeCode)
{
    if (!searchFor(QStringLiteral("id"), kPersonId))
        return false;
    auto* results = field<QTableWidget>("resultsTable");
    QTest::keyClick(results, Qt::Key_Return); // Enter on the row opens the subject
    if (!page()->isShowingSubject())
        return false;
    DepartmentSubjectView* view = page()->subjectView();
    if (view->purposes().isEmpty() &&
        !QSignalSpy(view, &DepartmentSubjectView::purposesLoaded).wait(kReplyTimeout))
        return false;
    auto* purpose = field<QComboBox>("purposeCombo");
    purpose->setCurrentIndex(purpose->findData(purposeCode));
    QSignalSpy loaded(view, &DepartmentSubjectView::recordsLoaded);
    QTest::keyClick(purpose, Qt::Key_Return); // keyboard first: Enter on the chosen purpose
    return loaded.wait(kReplyTimeout);
}

void TestClientDepartment::departmentPageOpensWithTheSearchField()
{
    QVERIFY(page());
    QCOMPARE(page()->objectName(), QStringLiteral("module_department"));
    QCOMPARE(child<QStackedWidget>(m_app->mainWindow(), "moduleStack")->currentWidget(), page());
    QCOMPARE(m_app->mainWindow()->focusWidget(), field<QWidget>("queryEdit"));
    QCOMPARE(field<QPushButton>("searchButton")->text(), QStringLiteral("查询(&S)"));
    QVERIFY(page()->authorizationList()); // department users track their B requests
}

void TestClientDepartment::searchModeAndIdProblemFollowTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("idOk"); // for mode id: accepted by the shared validators
    QTest::newRow("citizen ID") << kPersonId << "id" << true;
    QTest::newRow("citizen ID, lower-case x") << QStringLiteral("11010519491231002x") << "id" << true;
    QTest::newRow("citizen ID, wrong check digit") << QStringLiteral("110105194912310021") << "id" << false;
    QTest::newRow("credit code") << kCompanyCode << "id" << true;
    QTest::newRow("credit code, wrong check character")
        << QStringLiteral("91350100M000100Y44") << "id" << false;
    QTest::newRow("too short") << QStringLiteral("1101051949") << "id" << false;
    QTest::newRow("Chinese name") << QStringLiteral("欧阳") << "prefix" << false;
    QTest::newRow("name with digits") << QStringLiteral("浮梁茶业01") << "prefix" << false;
    QTest::newRow("spaces inside") << QStringLiteral("ABC DEF") << "prefix" << false;
}

void TestClientDepartment::searchModeAndIdProblemFollowTheText()
{
    QFETCH(QString, text);
    QFETCH(QString, mode);
    QFETCH(bool, idOk);
    QCOMPARE(DepartmentTerms::detectMode(text), mode);
    if (mode == QLatin1String("id"))
        QCOMPARE(DepartmentTerms::idProblem(cp::normaliseIdNumber(text)).isEmpty(), idOk);
}

// Exact search: the check digit (GB 11643) is judged as the number is typed; a wrong one sends nothing.
void TestClientDepartment::idSearchChecksTheCheckDigitWhileTyping()
{
    const int before = auditCount(QStringLiteral("department.search"));
    auto* combo = field<QComboBox>("modeCombo");
    combo->setCurrentIndex(combo->findData(QString())); // automatic
    enter(field<QLineEdit>("queryEdit"), QStringLiteral("110105194912310021"));
    QCOMPARE(page()->searchPage()->effectiveMode(), QStringLiteral("id"));
    auto* error = field<QLabel>("queryError");
    QVERIFY(error->isVisibleTo(page()));
    QVERIFY2(error->text().contains(QStringLiteral("校验")), qPrintable(error->text()));
    QVERIFY(!page()->searchPage()->search());
    QVERIFY(!page()->searchPage()->isLoading());
    QCOMPARE(auditCount(QStringLiteral("department.search")), before);

    enter(field<QLineEdit>("queryEdit"), QStringLiteral("11010519491231002x"));
    QCOMPARE(field<QLineEdit>("queryEdit")->text(), kPersonId);
    QVERIFY(!error->isVisibleTo(page()));
    QVERIFY(searchFor(QString(), kPersonId));
    auto* results = field<QTableWidget>("resultsTable");
    QCOMPARE(results->rowCount(), 1);
    // seed 000 §16: a natural person's name and ID are masked in the list.
    QCOMPARE(results->item(0, 0)->text(), cp::mask::personName(kPersonName));
    QCOMPARE(results->item(0, 1)->text(), cp::mask::idNumber(kPersonId));
    QCOMPARE(results->item(0, 3)->text(), QStringLiteral("昌江区（360202）"));
    QCOMPARE(auditCount(QStringLiteral("department.search")), before + 1);
}

void TestClientDepartment::nameSearchByPrefixAndContainsIsPaged()
{
    QVERIFY(searchFor(QStringLiteral("prefix"), QStringLiteral("浮梁茶业")));
    auto* results = field<QTableWidget>("resultsTable");
    QCOMPARE(results->rowCount(), 20);
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("浮梁茶业00有限公司"));
    QVERIFY(field<QPushButton>("nextButton")->isEnabled());
    QVERIFY(!field<QPushButton>("previousButton")->isEnabled());
    QSignalSpy searched(page()->searchPage(), &DepartmentSearchPage::searched);
    QTest::mouseClick(field<QPushButton>("nextButton"), Qt::LeftButton);
    QVERIFY(searched.wait(kReplyTimeout));
    QCOMPARE(results->rowCount(), 5);
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("浮梁茶业20有限公司"));
    QVERIFY(!field<QPushButton>("nextButton")->isEnabled());
    QVERIFY(field<QPushButton>("previousButton")->isEnabled());
    QCOMPARE(field<QLabel>("pageLabel")->text(), QStringLiteral("第 2 页"));

    // Chinese text on "automatic" is a name prefix.
    QVERIFY(searchFor(QString(), QStringLiteral("欧阳")));
    QCOMPARE(page()->searchPage()->effectiveMode(), QStringLiteral("prefix"));
    QCOMPARE(column(results, 0), QStringList{cp::mask::personName(kPersonName)});

    QVERIFY(searchFor(QStringLiteral("contains"), QStringLiteral("青花瓷")));
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 1)->text(), kCompanyCode); // a legal person's code is public
    QCOMPARE(results->item(0, 2)->text(), QStringLiteral("法人及其他组织"));

    // One character is too little for "contains": said before any request.
    auto* combo = field<QComboBox>("modeCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("contains")));
    enter(field<QLineEdit>("queryEdit"), QStringLiteral("茶"));
    QVERIFY(!page()->searchPage()->search());
    QVERIFY(field<QLabel>("queryError")->text().contains(QStringLiteral("2")));
}

// seed 003 附件1.七(一): the purpose is stated before records are shown, and logged.
void TestClientDepartment::purposeIsAskedBeforeAnyRecordIsShown()
{
    QVERIFY(searchFor(QStringLiteral("id"), kPersonId));
    QTest::keyClick(field<QTableWidget>("resultsTable"), Qt::Key_Return);
    QVERIFY(page()->isShowingSubject());
    QVERIFY(!field<QGroupBox>("recordsGroup")->isVisibleTo(page()));
    QCOMPARE(field<QLabel>("idValue")->text(), cp::mask::idNumber(kPersonId));
    const int before = auditCount(QStringLiteral("query.department"));
    QVERIFY(!page()->subjectView()->loadRecords());
    auto* error = field<QLabel>("purposeError");
    QVERIFY(error->isVisibleTo(page()));
    QVERIFY(error->text().contains(QStringLiteral("用途")));
    QVERIFY(!field<QGroupBox>("recordsGroup")->isVisibleTo(page()));
    QCOMPARE(auditCount(QStringLiteral("query.department")), before);

    // Free text is a purpose too; Enter in it shows the records.
    enter(field<QLineEdit>("purposeEdit"), QStringLiteral("核查招标投标人信用"));
    QSignalSpy loaded(page()->subjectView(), &DepartmentSubjectView::recordsLoaded);
    QTest::keyClick(field<QLineEdit>("purposeEdit"), Qt::Key_Return);
    QVERIFY(loaded.wait(kReplyTimeout));
    QVERIFY(field<QGroupBox>("recordsGroup")->isVisibleTo(page()));
    QCOMPARE(auditCount(QStringLiteral("query.department")), before + 1);
    QSqlQuery q(m_server->server().database().connection());
    QVERIFY(
        q.exec(QStringLiteral(
            "SELECT detail FROM audit_log WHERE action = 'query.department' ORDER BY seq DESC LIMIT 1")) &&
        q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("核查招标投标人信用")));
    // Escape goes back to the results.
    QTest::keyClick(field<QTableWidget>("recordsTable"), Qt::Key_Escape);
    QVERIFY(!page()->isShowingSubject());
}

// seed 000 §18: a county user sees A and C of the county; the city sees every county; B needs authorization.
void TestClientDepartment::countySeesItsCountyAndCityTheWholeCity()
{
    QVERIFY(openPersonWithPurpose(QStringLiteral("licensing")));
    QStringList county = recordTitles();
    county.sort();
    QCOMPARE(county, (QStringList{QStringLiteral("A昌江许可"), QStringLiteral("C昌江内部"),
                                  QStringLiteral("存疑记录"), kSuspended}));
    QVERIFY(field<QLabel>("jurisdictionLabel")->text().contains(QStringLiteral("360202")));
    QVERIFY(field<QPushButton>("requestButton")->isVisibleTo(page()));

    logIn(QStringLiteral("city"));
    QVERIFY(openPersonWithPurpose(QStringLiteral("licensing")));
    const QStringList city = recordTitles();
    QVERIFY(city.contains(QStringLiteral("A浮梁处罚")));
    QVERIFY(city.contains(QStringLiteral("C昌江内部")));
    QVERIFY(!city.contains(QStringLiteral("B昌江欠税")));
    QVERIFY(field<QLabel>("jurisdictionLabel")->text().contains(QStringLiteral("3602")));
    logIn(QStringLiteral("county"));
}

// seed 003 附件2: records under dispute are suspended (no content); "申请人存疑" shows its reason.
void TestClientDepartment::suspendedRecordIsOnlyAPlaceholderAndMarksShowTheirReason()
{
    QVERIFY(openPersonWithPurpose(QStringLiteral("supervision")));
    auto* t = field<QTableWidget>("recordsTable");
    int suspended = -1, marked = -1;
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 2)->text() == kSuspended)
            suspended = row;
        if (t->item(row, 2)->text() == QStringLiteral("存疑记录"))
            marked = row;
    }
    QVERIFY(suspended >= 0 && marked >= 0);
    for (int c : {3, 4, 5, 6, 7})
        QVERIFY2(t->item(suspended, c)->text().isEmpty(), qPrintable(t->item(suspended, c)->text()));
    QVERIFY(!recordTitles().contains(QStringLiteral("异议中的记录")));
    QCOMPARE(t->item(marked, 7)->text(), QStringLiteral("申请人存疑：申请人认为已履行完毕"));
    QVERIFY(field<QLabel>("marksLabel")->isVisibleTo(page()));
}

// seed 000 §16: full identity only for the entitled; the refusal is shown (and logged by the server).
void TestClientDepartment::identityRevealIsRefusedWithoutAuthorization()
{
    QVERIFY(openPersonWithPurpose(QStringLiteral("licensing")));
    const int before = auditCount(QStringLiteral("subject.reveal"));
    QTest::mouseClick(field<QPushButton>("revealButton"), Qt::LeftButton);
    auto* error = field<QLabel>("identityError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(page()), kReplyTimeout);
    QCOMPARE(error->text(), QStringLiteral("查看完整身份信息需要该主体的有效授权。"));
    QCOMPARE(field<QLabel>("nameValue")->text(), cp::mask::personName(kPersonName));
    QCOMPARE(field<QLabel>("idValue")->text(), cp::mask::idNumber(kPersonId));
    QCOMPARE(auditCount(QStringLiteral("subject.reveal")), before + 1);
}

qint64 TestClientDepartment::requestB(const QString& legalBasis)
{
    QTest::mouseClick(field<QPushButton>("requestButton"), Qt::LeftButton);
    auto* dialog = page()->findChild<BAuthorizationRequestDialog*>();
    if (!dialog)
        return 0;
    QSignalSpy requested(dialog, &BAuthorizationRequestDialog::requested);
    // The purpose stated for the view is proposed for the request.
    if (child<QComboBox>(dialog, "purposeCombo")->currentData().toString() != QLatin1String("licensing"))
        return -1;
    enter(child<QLineEdit>(dialog, "legalBasisEdit"), legalBasis);
    const QDate today = cp::test::chinaToday(*m_server);
    child<QDateEdit>(dialog, "fromEdit")->setDate(today);
    child<QDateEdit>(dialog, "untilEdit")->setDate(today.addDays(30));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    if (!requested.wait(kReplyTimeout))
        return 0;
    return requested.at(0).at(0).value<cp::protocol::BAuthorization>().id;
}

BAuthorizationApprovalPage* TestClientDepartment::approvals()
{
    MainWindow* main = m_app->mainWindow();
    main->showModule(cp::Module::Approvals);
    auto* approvals = main->findChild<BAuthorizationApprovalPage*>();
    if (!approvals || approvals->objectName() != QLatin1String("tab_b_authorizations"))
        return nullptr;
    if (!QTest::qWaitFor([&] { return !approvals->isLoading(); }, kReplyTimeout))
        return nullptr;
    return approvals;
}

// seed 000 §18: B only under an approved, valid authorization that an officer granted.
void TestClientDepartment::approvedBRequestOpensBRecordsForTheRequester()
{
    QVERIFY(openPersonWithPurpose(QStringLiteral("licensing")));
    const qint64 id = requestB(QStringLiteral("《社会信用体系建设条例》第十二条"));
    QVERIFY(id > 0);
    QVERIFY(field<QLabel>("noticeLabel")->text().contains(QString::number(id)));
    page()->showAuthorizations();
    auto* mine = field<QTableWidget>("authorizationsTable");
    QTRY_VERIFY_WITH_TIMEOUT(mine->rowCount() == 1 && !page()->authorizationList()->isLoading(),
                             kReplyTimeout);
    QCOMPARE(mine->item(0, 6)->text(), QStringLiteral("待审核"));
    QVERIFY(!recordTitles().contains(QStringLiteral("B昌江欠税"))); // pending opens nothing

    logIn(QStringLiteral("officer"));
    QVERIFY(!page()->authorizationList()); // officers decide requests, they make none
    BAuthorizationApprovalPage* page_ = approvals();
    QVERIFY(page_);
    auto* table = child<QTableWidget>(page_, "requestsTable");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("第十二条")));
    QVERIFY(page_->select(id));
    QSignalSpy decided(page_, &BAuthorizationApprovalPage::decided);
    QTest::mouseClick(child<QPushButton>(page_, "approveButton"), Qt::LeftButton);
    QVERIFY(decided.wait(kReplyTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(!page_->isLoading() && table->rowCount() == 0,
                             kReplyTimeout); // pending list empties

    logIn(QStringLiteral("county"));
    QVERIFY(openPersonWithPurpose(QStringLiteral("licensing")));
    QVERIFY(recordTitles().contains(QStringLiteral("B昌江欠税")));
    QVERIFY(field<QLabel>("authorizationLabel")->text().contains(QString::number(id)));
    QVERIFY(!field<QPushButton>("requestButton")->isVisibleTo(page()));
    QCOMPARE(field<QLabel>("idValue")->text(), kPersonId); // entitled: full identity in the detail view
    QTest::mouseClick(field<QPushButton>("revealButton"), Qt::LeftButton);
    QSignalSpy shown(page()->subjectView(), &DepartmentSubjectView::identityShown);
    QVERIFY(shown.wait(kReplyTimeout));
    QCOMPARE(field<QLabel>("nameValue")->text(), kPersonName);
    page()->showAuthorizations();
    QTRY_COMPARE_WITH_TIMEOUT(cell(field<QTableWidget>("authorizationsTable"), 0, 6),
                              QStringLiteral("已批准"), kReplyTimeout);
}

void TestClientDepartment::rejectionNeedsAReasonWhichTheRequesterSees()
{
    logIn(QStringLiteral("city"));
    QVERIFY(openPersonWithPurpose(QStringLiteral("licensing")));
    const qint64 id = requestB(QStringLiteral("信息主体书面同意书（2026）第 9 号"));
    QVERIFY(id > 0);

    logIn(QStringLiteral("officer"));
    BAuthorizationApprovalPage* page_ = approvals();
    QVERIFY(page_);
    QVERIFY(page_->select(id));
    QTest::mouseClick(child<QPushButton>(page_, "rejectButton"), Qt::LeftButton);
    auto* reasonError = child<QLabel>(page_, "reasonError");
    QVERIFY(reasonError->isVisibleTo(page_)); // no request without a reason
    QVERIFY(!page_->isLoading());
    enter(child<QLineEdit>(page_, "reasonEdit"), QStringLiteral("同意书未载明查询事项"));
    QSignalSpy decided(page_, &BAuthorizationApprovalPage::decided);
    QTest::mouseClick(child<QPushButton>(page_, "rejectButton"), Qt::LeftButton);
    QVERIFY(decided.wait(kReplyTimeout));
    QCOMPARE(decided.at(0).at(0).value<cp::protocol::BAuthorization>().status, QStringLiteral("rejected"));

    logIn(QStringLiteral("city"));
    page()->showAuthorizations();
    auto* mine = field<QTableWidget>("authorizationsTable");
    QTRY_VERIFY_WITH_TIMEOUT(mine->rowCount() == 1 && !page()->authorizationList()->isLoading(),
                             kReplyTimeout);
    QCOMPARE(mine->item(0, 6)->text(), QStringLiteral("已驳回"));
    QVERIFY2(mine->item(0, 7)->text().contains(QStringLiteral("同意书未载明查询事项")),
             qPrintable(mine->item(0, 7)->text()));
    QVERIFY(mine->item(0, 7)->text().contains(QStringLiteral("孙丽")));
    QVERIFY(openPersonWithPurpose(QStringLiteral("licensing")));
    QVERIFY(!recordTitles().contains(QStringLiteral("B昌江欠税")));
}

// Export: numbered and verifiable like a walk-in report, the viewer and time on every page.
void TestClientDepartment::exportIsANumberedPdfWithTheViewerWatermark()
{
    logIn(QStringLiteral("city"));
    QVERIFY(openPersonWithPurpose(QStringLiteral("procurement")));
    DepartmentSubjectView* view = page()->subjectView();
    QSignalSpy exported(view, &DepartmentSubjectView::exported);
    QTest::mouseClick(field<QPushButton>("exportButton"), Qt::LeftButton);
    QVERIFY(exported.wait(kReplyTimeout));
    const cp::protocol::Report report = *view->exportedReport();
    QVERIFY(report.number.startsWith(QStringLiteral("CR")));
    QVERIFY(field<QPushButton>("savePdfButton")->isEnabled());
    QVERIFY(field<QLabel>("exportLabel")->text().contains(report.number));
    const QString watermark = view->watermarkText();
    QVERIFY2(watermark.contains(QStringLiteral("赵敏")), qPrintable(watermark));

    const QString pdf = m_dir.filePath(QStringLiteral("export.pdf"));
    const auto error = view->saveExportPdf(pdf);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(pages.hasMatch());
    const int pageCount = pages.captured(1).toInt();
    QVERIFY(pageCount >= 1);
    for (int p = 1; p <= pageCount; ++p) {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                         QStringLiteral("-l"), QString::number(p), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        // Rotated text comes out of -raw in content order, broken into lines at its spaces.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(report.number), qPrintable(text));
        QVERIFY2(text.count(watermark) == 3, qPrintable(text)); // three times down every page
        QVERIFY(!text.contains(QStringLiteral("异议中的记录")));
        QVERIFY(!text.contains(QStringLiteral("B昌江欠税"))); // the city holds no authorization
        if (p == 1) {
            // A department export, not a window report: its own title, the querying unit and the viewer.
            QVERIFY2(text.contains(QStringLiteral("公共信用信息查询结果（部门查询）")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("查询单位")));
            QVERIFY(!text.contains(QStringLiteral("受理窗口")));
            QVERIFY(!text.contains(QStringLiteral("不向社会提供")));
        }
    }

    // The printout verifies like a walk-in report.
    cp::test::HttpsProbe probe(m_server->baseUrl(), m_server->pki().caCert(),
                               m_server->pki().userP12(QStringLiteral("city")), m_server->pki().p12Password);
    QCOMPARE(probe.login(kPassword).status, 200);
    const auto v = probe.post(
        QStringLiteral("/api/v1/reports/verify"),
        {{QStringLiteral("number"), report.number}, {QStringLiteral("code"), report.verificationCode}});
    QCOMPARE(v.json.value(QStringLiteral("result")).toString(), QStringLiteral("genuine"));
}

QTEST_MAIN(TestClientDepartment)
#include "test_client_department.moc"
