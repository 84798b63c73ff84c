// The walk-in window against a real server (SPEC §3; seed 003 附件1.五): a
// clerk registers, attaches scans, runs the query, saves and hands over the
// report; identity numbers are checked while typing; the server's refusals
// (expired letter, chosen reason) are shown; deferred applications wait in
// the pending list; anyone logged in can verify a printed report.
#include "ClientTestSupport.h"
#include "WalkInFixture.h"
#include "WorkingDayCalendar.h"
#include "auth/LoginDialog.h"
#include "documents/VerifyReportDialog.h"
#include "shell/MainWindow.h"
#include "walkin/DeferDialog.h"
#include "walkin/HandoverDialog.h"
#include "walkin/RefuseDialog.h"
#include "walkin/WalkInExtensionPage.h"
#include "walkin/WalkInMaterialsPanel.h"
#include "walkin/WalkInPendingList.h"
#include "walkin/WalkInReportView.h"
#include "walkin/WalkInWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kAgentId;
using cp::test::kPassword;
using cp::test::kPersonId;
using Step = WalkInWidget::Step;

namespace {

/// The widgets Tab visits after from, as the focus chain orders them.
QStringList tabStops(QWidget* from, int count)
{
    QStringList out;
    QWidget* w = from;
    while (out.size() < count) {
        w = w->nextInFocusChain();
        if (w == from)
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(w->window()) && w->isEnabled() &&
            !w->objectName().startsWith(QLatin1String("qt_")))
            out << w->objectName();
    }
    return out;
}

} // namespace

class TestClientWalkIn : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void walkInPageIsTheClerksFirstModule();
    void tabFollowsTheForm();
    void selfQueryFromRegistrationToHandover();
    void wrongCheckDigitIsShownBeforeAnyRequest();
    void serverFieldErrorIsShownAtItsField();
    void expiredLetterIsRefusedWithTheServersWording();
    void unknownSubjectIsRefusedAndSaidSo();
    void missingMaterialsNamedByTheServerAreStressed();
    void clerkRefusesWithAReason();
    void deferredApplicationIsAnsweredFromThePendingList();
    void verifyDialogTellsGenuineFromAltered();
    void departmentUserCanVerifyToo();
    void clerkVerifiesADepartmentExportWithoutItsCRecord();
    void approverExtendsADeferredDeadlineOnce();
    void overdueApplicationsStandOut();

  private:
    void logIn(const QString& login);
    WalkInWidget* page() const;
    template <class T> T* field(const char* name) const { return child<T>(page(), name); }
    void newApplication();
    void fillSelfQuery(const QString& idNumber, const QString& name);
    void pressEnterIn(const char* fieldName);
    qint64 registered();
    QString scan(const QString& name);
    QString applicationStatus(qint64 id);
    QJsonObject get(const QString& path);
    int applicationCount();
    QString verifyIn(MainWindow* main, const QString& number, const QString& code);

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
    QTemporaryDir m_dir;
    QString m_number; // report issued by the end-to-end test
    QString m_code;
};

void TestClientWalkIn::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_walkin"));
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<cp::test::TestServer>(
        QStringList{QStringLiteral("clerk"), QStringLiteral("dept"), QStringLiteral("approver")});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorString()));
    m_server->createAccount(
        account(QStringLiteral("clerk"), QStringLiteral("王丽"), {QStringLiteral("clerk")}, kPassword));
    auto dept =
        account(QStringLiteral("dept"), QStringLiteral("赵敏"), {QStringLiteral("department")}, kPassword);
    dept.regionCode = QStringLiteral("360200"); // the city: its exports carry the C record
    m_server->createAccount(dept);
    m_server->createAccount(
        account(QStringLiteral("approver"), QStringLiteral("周正"), {QStringLiteral("approver")}, kPassword));

    cp::test::addSubject(*m_server, QStringLiteral("legal"), cp::test::kCompanyCode,
                         QStringLiteral("景德镇市青花瓷业有限公司"));
    const qint64 person =
        cp::test::addSubject(*m_server, QStringLiteral("natural"), kPersonId, QStringLiteral("李明"));
    const QDate today = cp::test::chinaToday(*m_server);
    cp::test::addRecord(*m_server, person, QStringLiteral("A"), QStringLiteral("admin_license"),
                        QStringLiteral("A类许可"));
    cp::test::addRecord(*m_server, person, QStringLiteral("B"), QStringLiteral("tax_arrears"),
                        QStringLiteral("B类欠税"));
    cp::test::addRecord(*m_server, person, QStringLiteral("C"), QStringLiteral("admin_penalty"),
                        QStringLiteral("C类内部"));
    cp::test::addRecord(*m_server, person, QStringLiteral("A"), QStringLiteral("court_enforcement"),
                        QStringLiteral("存疑记录"), QStringLiteral("active"), QStringLiteral("none"),
                        QStringLiteral("申请人认为已履行完毕"), today.addDays(10));
    logIn(QStringLiteral("clerk"));
}

void TestClientWalkIn::cleanupTestCase()
{
    m_app.reset();
    flushDeferredDeletes();
}

void TestClientWalkIn::logIn(const QString& login)
{
    m_app.reset();
    flushDeferredDeletes();
    m_app = std::make_unique<AppController>(settingsFor(*m_server, login), UiLanguage::Chinese);
    m_app->start();
    QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kReplyTimeout);
    m_app->mainWindow()->show();
}

WalkInWidget* TestClientWalkIn::page() const
{
    return m_app && m_app->mainWindow() ? m_app->mainWindow()->findChild<WalkInWidget*>() : nullptr;
}

void TestClientWalkIn::newApplication()
{
    QTest::mouseClick(field<QPushButton>("newButton"), Qt::LeftButton);
    QVERIFY(page()->step() == Step::Filling);
}

void TestClientWalkIn::fillSelfQuery(const QString& idNumber, const QString& name)
{
    enter(field<QLineEdit>("subjectIdEdit"), idNumber);
    enter(field<QLineEdit>("applicantNameEdit"), name);
    enter(field<QLineEdit>("purposeEdit"), QStringLiteral("办理贷款"));
}

void TestClientWalkIn::pressEnterIn(const char* fieldName)
{
    QTest::keyClick(field<QWidget>(fieldName), Qt::Key_Return);
}

qint64 TestClientWalkIn::registered()
{
    if (!QTest::qWaitFor([this] { return page()->step() == Step::Registered; }, kReplyTimeout))
        return 0;
    return page()->application() ? page()->application()->id : 0;
}

QString TestClientWalkIn::scan(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(cp::test::pdfBytes());
    return path;
}

QJsonObject TestClientWalkIn::get(const QString& path)
{
    cp::test::HttpsProbe probe(m_server->baseUrl(), m_server->pki().caCert(),
                               m_server->pki().userP12(QStringLiteral("clerk")), m_server->pki().p12Password);
    if (probe.login(kPassword).status != 200)
        return {};
    return probe.get(path).json;
}

QString TestClientWalkIn::applicationStatus(qint64 id)
{
    return get(QStringLiteral("/api/v1/walkin/applications/%1").arg(id))
        .value(QStringLiteral("status"))
        .toString();
}

int TestClientWalkIn::applicationCount()
{
    QSqlQuery q(m_server->server().database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM walkin_applications")) && q.next() ? q.value(0).toInt()
                                                                                          : -1;
}

void TestClientWalkIn::walkInPageIsTheClerksFirstModule()
{
    auto* stack = child<QStackedWidget>(m_app->mainWindow(), "moduleStack");
    QVERIFY(page());
    QCOMPARE(stack->currentWidget(), page());
    QCOMPARE(page()->objectName(), QStringLiteral("module_walkin"));
    QCOMPARE(field<QPushButton>("registerButton")->text(), QStringLiteral("登记申请(&R)"));
}

// Keyboard first: Tab walks the form top to bottom, then the materials and the actions.
void TestClientWalkIn::tabFollowsTheForm()
{
    newApplication();
    QCOMPARE(m_app->mainWindow()->focusWidget(), field<QWidget>("kindCombo"));
    // Self-query of a natural person: the applicant's ID type and number follow the subject.
    QCOMPARE(tabStops(field<QWidget>("kindCombo"), 10),
             (QStringList{"subjectKindCombo", "subjectIdEdit", "applicantNameEdit", "applicantPhoneEdit",
                          "purposeEdit", "classACheck", "classBCheck", "oralCheck", "materialsTable",
                          "newButton"}));
    auto* kind = field<QComboBox>("kindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("other")));
    const QStringList other = tabStops(field<QWidget>("oralCheck"), 27);
    QCOMPARE(other.mid(0, 7),
             (QStringList{"authorizedNameEdit", "authorizedIdTypeCombo", "authorizedIdEdit", "mattersEdit",
                          "validFromEdit", "validUntilEdit", "letterClassACheck"}));
    QCOMPARE(other.mid(15, 5),
             (QStringList{"categorySocialSecurityCheck", "letterPurposeEdit", "certificationCombo",
                          "certificationDetailEdit", "materialsTable"}));
    QVERIFY(
        tabStops(field<QWidget>("applicantNameEdit"), 2).contains(QStringLiteral("applicantIdTypeCombo")));
}

// seed 003 附件1.一, 五: a self-query gets A and B (never C), marks shown; the report
// is printed (here: saved as PDF) and its hand-over recorded.
void TestClientWalkIn::selfQueryFromRegistrationToHandover()
{
    newApplication();
    fillSelfQuery(kPersonId, QStringLiteral("李明"));
    // A natural person's self-query: the applicant's ID is the subject's.
    QCOMPARE(field<QLineEdit>("applicantIdEdit")->text(), kPersonId);
    QVERIFY(!field<QLabel>("subjectIdError")->isVisibleTo(page()));
    pressEnterIn("purposeEdit");
    const qint64 id = registered();
    QVERIFY(id > 0);
    QVERIFY(field<QLabel>("applicationNumberValue")->text().startsWith(QStringLiteral("WQ")));
    QVERIFY(field<QLineEdit>("subjectIdEdit")->isReadOnly());

    // The rules ask for the ID copy; without it the query cannot run.
    auto* required = field<QListWidget>("requiredList");
    QCOMPARE(required->count(), 1);
    QVERIFY(required->item(0)->text().contains(QStringLiteral("尚缺")));
    QVERIFY(!field<QPushButton>("answerButton")->isEnabled());
    page()->materials()->attachFile(scan(QStringLiteral("id.pdf")), QStringLiteral("id_copy"));
    QTRY_COMPARE_WITH_TIMEOUT(field<QTableWidget>("materialsTable")->rowCount(), 1, kReplyTimeout);
    QVERIFY(!required->item(0)->text().contains(QStringLiteral("尚缺")));
    QVERIFY(field<QPushButton>("answerButton")->isEnabled());

    pressEnterIn("purposeEdit"); // Enter runs the next step: the query
    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Answered, kReplyTimeout);
    QCOMPARE(field<QStackedWidget>("flowStack")->currentWidget()->objectName(), QStringLiteral("reportPage"));

    auto* records = field<QTableWidget>("recordsTable");
    QStringList titles;
    QString mark;
    for (int row = 0; row < records->rowCount(); ++row) {
        titles << records->item(row, 2)->text();
        if (records->item(row, 2)->text() == QStringLiteral("存疑记录"))
            mark = records->item(row, 8)->text();
    }
    QVERIFY2(titles.contains(QStringLiteral("A类许可")) && titles.contains(QStringLiteral("B类欠税")),
             qPrintable(titles.join(u',')));
    QVERIFY(!titles.contains(QStringLiteral("C类内部")));
    QCOMPARE(mark, QStringLiteral("申请人存疑：申请人认为已履行完毕"));

    const cp::protocol::Report report = page()->reportView()->report();
    m_number = report.number;
    m_code = report.verificationCode;
    QCOMPARE(field<QLabel>("reportNumberValue")->text(), m_number);

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const auto error = page()->reportView()->saveReportPdf(pdf);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("李明")), qPrintable(text));
    QVERIFY(text.contains(m_number));
    QVERIFY(text.contains(m_code));
    QVERIFY(text.contains(QStringLiteral("公共信用信息查询报告")));
    QVERIFY(!text.contains(QStringLiteral("C类内部")));

    QTest::mouseClick(field<QPushButton>("handoverButton"), Qt::LeftButton);
    auto* handover = page()->findChild<HandoverDialog*>();
    QVERIFY(handover);
    QCOMPARE(child<QLineEdit>(handover, "receivedByEdit")->text(), QStringLiteral("李明"));
    QTest::mouseClick(child<QDialogButtonBox>(handover, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(field<QLabel>("handoverLabel")->text().contains(QStringLiteral("李明")),
                             kReplyTimeout);
    QVERIFY(!field<QPushButton>("handoverButton")->isEnabled());

    const QJsonObject onServer = get(QStringLiteral("/api/v1/reports/") + m_number);
    QCOMPARE(onServer.value(QStringLiteral("handedTo")).toString(), QStringLiteral("李明"));
    QCOMPARE(applicationStatus(id), QStringLiteral("answered"));
}

void TestClientWalkIn::wrongCheckDigitIsShownBeforeAnyRequest()
{
    newApplication();
    const int before = applicationCount();
    auto* error = field<QLabel>("subjectIdError");
    enter(field<QLineEdit>("subjectIdEdit"), QStringLiteral("110105194912310021")); // check digit is X
    QVERIFY(error->isVisibleTo(page()));
    QVERIFY2(error->text().contains(QStringLiteral("校验码")), qPrintable(error->text()));
    enter(field<QLineEdit>("applicantNameEdit"), QStringLiteral("李明"));
    enter(field<QLineEdit>("purposeEdit"), QStringLiteral("办理贷款"));

    QTest::mouseClick(field<QPushButton>("registerButton"), Qt::LeftButton);
    QVERIFY(!page()->isBusy()); // nothing was sent
    QVERIFY(page()->step() == Step::Filling);
    QCOMPARE(m_app->mainWindow()->focusWidget(), field<QWidget>("subjectIdEdit"));
    QCOMPARE(applicationCount(), before);

    // Lower-case x is accepted and shown upper case; the message goes away.
    enter(field<QLineEdit>("subjectIdEdit"), QStringLiteral("11010519491231002x"));
    QCOMPARE(field<QLineEdit>("subjectIdEdit")->text(), kPersonId);
    QVERIFY(!error->isVisibleTo(page()));
}

void TestClientWalkIn::serverFieldErrorIsShownAtItsField()
{
    newApplication();
    enter(field<QLineEdit>("subjectIdEdit"), kPersonId);
    enter(field<QLineEdit>("applicantNameEdit"), QStringLiteral("李明"));
    // No purpose: only the server knows it is required (details.field = "purpose").
    pressEnterIn("applicantNameEdit");
    auto* error = field<QLabel>("purposeError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(page()), kReplyTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("查询用途")), qPrintable(error->text()));
    QCOMPARE(m_app->mainWindow()->focusWidget(), field<QWidget>("purposeEdit"));
    QVERIFY(page()->step() == Step::Filling);
}

// seed 003 附件1.五(二): an expired letter is refused; the clerk reads the server's reason.
void TestClientWalkIn::expiredLetterIsRefusedWithTheServersWording()
{
    newApplication();
    auto* kind = field<QComboBox>("kindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("other")));
    QVERIFY(field<QWidget>("letterGroup")->isVisibleTo(page()));
    enter(field<QLineEdit>("subjectIdEdit"), kPersonId);
    enter(field<QLineEdit>("applicantNameEdit"), QStringLiteral("王芳"));
    enter(field<QLineEdit>("applicantIdEdit"), kAgentId);
    enter(field<QLineEdit>("purposeEdit"), QStringLiteral("办理贷款"));
    // The letter names the applicant: the clerk only confirms it.
    QCOMPARE(field<QLineEdit>("authorizedNameEdit")->text(), QStringLiteral("王芳"));
    QCOMPARE(field<QLineEdit>("authorizedIdEdit")->text(), kAgentId);
    QCOMPARE(field<QLineEdit>("letterPurposeEdit")->text(), QStringLiteral("办理贷款"));
    QCOMPARE(field<QComboBox>("certificationCombo")->currentData().toString(), QStringLiteral("notarized"));
    enter(field<QLineEdit>("mattersEdit"), QStringLiteral("代为查询本人公共信用信息"));
    const QDate today = cp::test::chinaToday(*m_server);
    field<QDateEdit>("validFromEdit")->setDate(today.addDays(-60));
    field<QDateEdit>("validUntilEdit")->setDate(today.addDays(-1));
    enter(field<QLineEdit>("certificationDetailEdit"),
          QStringLiteral("景德镇市公证处（2026）景证字第 100 号"));
    pressEnterIn("certificationDetailEdit");
    const qint64 id = registered();
    QVERIFY(id > 0);
    QCOMPARE(field<QListWidget>("requiredList")->count(), 2);

    page()->materials()->attachFile(scan(QStringLiteral("agent-id.pdf")), QStringLiteral("id_copy"));
    QTRY_COMPARE_WITH_TIMEOUT(field<QTableWidget>("materialsTable")->rowCount(), 1, kReplyTimeout);
    page()->materials()->attachFile(scan(QStringLiteral("letter.pdf")),
                                    QStringLiteral("authorization_letter"));
    QTRY_VERIFY_WITH_TIMEOUT(field<QPushButton>("answerButton")->isEnabled(), kReplyTimeout);
    QTest::mouseClick(field<QPushButton>("answerButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Refused, kReplyTimeout);
    const QString expiry = today.addDays(-1).toString(QStringLiteral("yyyy年M月d日"));
    QVERIFY2(page()->bannerText().contains(QStringLiteral("授权委托书已于 %1 到期").arg(expiry)),
             qPrintable(page()->bannerText()));
    QVERIFY(page()->bannerText().contains(QStringLiteral("请告知申请人")));
    auto* validity = field<QLabel>("validityError");
    QVERIFY(validity->isVisibleTo(page()));
    QVERIFY(validity->text().contains(QStringLiteral("到期")));
    QVERIFY(!field<QPushButton>("answerButton")->isEnabled());
    QCOMPARE(applicationStatus(id), QStringLiteral("refused"));
}

// seed 003 附件1.五(四): subject unknown → tell the applicant it does not exist.
void TestClientWalkIn::unknownSubjectIsRefusedAndSaidSo()
{
    newApplication();
    fillSelfQuery(QStringLiteral("360203199007150021"), QStringLiteral("赵六"));
    pressEnterIn("purposeEdit");
    const qint64 id = registered();
    QVERIFY(id > 0);
    page()->materials()->attachFile(scan(QStringLiteral("zhao-id.pdf")), QStringLiteral("id_copy"));
    QTRY_VERIFY_WITH_TIMEOUT(field<QPushButton>("answerButton")->isEnabled(), kReplyTimeout);
    QTest::mouseClick(field<QPushButton>("answerButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Refused, kReplyTimeout);
    QVERIFY2(page()->bannerText().contains(QStringLiteral("不存在该主体")), qPrintable(page()->bannerText()));
    QCOMPARE(applicationStatus(id), QStringLiteral("refused"));
}

// seed 003 附件1.五(一): a legal person through an agent needs three materials. The
// client offers the query only when they are there; should the server still find
// some missing (details.missing), they are named and stressed.
void TestClientWalkIn::missingMaterialsNamedByTheServerAreStressed()
{
    newApplication();
    auto* subjectKind = field<QComboBox>("subjectKindCombo");
    subjectKind->setCurrentIndex(subjectKind->findData(QStringLiteral("legal")));
    QCOMPARE(field<QLabel>("subjectIdLabel")->text(), QStringLiteral("统一社会信用代码(&C)："));
    enter(field<QLineEdit>("subjectIdEdit"), cp::test::kCompanyCode);
    QVERIFY(!field<QLabel>("subjectIdError")->isVisibleTo(page()));
    enter(field<QLineEdit>("applicantNameEdit"), QStringLiteral("王芳"));
    enter(field<QLineEdit>("applicantIdEdit"), kAgentId);
    enter(field<QLineEdit>("purposeEdit"), QStringLiteral("招投标"));
    pressEnterIn("purposeEdit");
    const qint64 id = registered();
    QVERIFY(id > 0);
    QCOMPARE(field<QListWidget>("requiredList")->count(), 3);
    page()->materials()->attachFile(scan(QStringLiteral("agent.pdf")), QStringLiteral("id_copy"));
    QTRY_COMPARE_WITH_TIMEOUT(field<QTableWidget>("materialsTable")->rowCount(), 1, kReplyTimeout);
    QVERIFY(!field<QPushButton>("answerButton")->isEnabled());
    pressEnterIn("purposeEdit"); // Enter does not run an incomplete query
    QVERIFY(page()->step() == Step::Registered);
    QVERIFY(page()->bannerText().contains(QStringLiteral("补齐")));

    page()->answer(); // as if the client's list were out of date
    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Refused, kReplyTimeout);
    const QString banner = page()->bannerText();
    QVERIFY2(banner.contains(QStringLiteral("组织机构代码证")) &&
                 banner.contains(QStringLiteral("授权代理书")),
             qPrintable(banner));
    QVERIFY(field<QListWidget>("requiredList")->item(1)->font().bold());
    QCOMPARE(applicationStatus(id), QStringLiteral("refused"));
}

// seed 003 附件1.五(四): refusal with a recorded reason and the wording for the applicant.
void TestClientWalkIn::clerkRefusesWithAReason()
{
    newApplication();
    fillSelfQuery(kPersonId, QStringLiteral("李明"));
    pressEnterIn("purposeEdit");
    const qint64 id = registered();
    QVERIFY(id > 0);

    QTest::mouseClick(field<QPushButton>("refuseButton"), Qt::LeftButton);
    auto* dialog = page()->findChild<RefuseDialog*>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->reasonCount(), 4, kReplyTimeout);
    QVERIFY(dialog->selectReason(QStringLiteral("UNCLEAR_REQUEST")));
    const QString wording = child<QLabel>(dialog, "wordingLabel")->text();
    QVERIFY2(wording.contains(QStringLiteral("申请内容不明确")), qPrintable(wording));
    enter(child<QLineEdit>(dialog, "noteEdit"), QStringLiteral("查询用途与申请表不一致"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Refused, kReplyTimeout);
    QVERIFY(page()->bannerText().contains(wording));
    QCOMPARE(field<QLabel>("applicationStatusValue")->text(), QStringLiteral("不予受理"));
    const QJsonObject app = get(QStringLiteral("/api/v1/walkin/applications/%1").arg(id));
    QCOMPARE(app.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QCOMPARE(app.value(QStringLiteral("refusalCode")).toString(), QStringLiteral("UNCLEAR_REQUEST"));
    // Enter starts the next applicant.
    QTest::keyClick(page(), Qt::Key_Return);
    QVERIFY(page()->step() == Step::Filling);
}

// seed 003 附件1.五(六): 15 working days; the application waits on the pending list.
void TestClientWalkIn::deferredApplicationIsAnsweredFromThePendingList()
{
    newApplication();
    fillSelfQuery(kPersonId, QStringLiteral("李明"));
    pressEnterIn("purposeEdit");
    const qint64 id = registered();
    QVERIFY(id > 0);
    const QString number = page()->application()->number;

    QTest::mouseClick(field<QPushButton>("deferButton"), Qt::LeftButton);
    auto* dialog = page()->findChild<DeferDialog*>();
    QVERIFY(dialog);
    enter(child<QLineEdit>(dialog, "noteEdit"), QStringLiteral("需向提供单位核实"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Deferred, kReplyTimeout);
    const QDate due = page()->application()->dueDate;
    QVERIFY(due > cp::test::chinaToday(*m_server));
    QVERIFY2(page()->bannerText().contains(due.toString(QStringLiteral("yyyy年M月d日"))),
             qPrintable(page()->bannerText()));
    QCOMPARE(field<QLabel>("answerDueValue")->text(), due.toString(QStringLiteral("yyyy年M月d日")));

    auto* tabs = field<QTabWidget>("walkInTabs");
    tabs->setCurrentWidget(field<QWidget>("pendingTab"));
    auto* table = field<QTableWidget>("pendingTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 1 && !page()->pendingList()->isLoading(), kReplyTimeout);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == number)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 5)->text(), due.toString(QStringLiteral("yyyy年M月d日")));
    table->setCurrentCell(row, 0);
    QTest::mouseClick(field<QPushButton>("openButton"), Qt::LeftButton);

    QCOMPARE(tabs->currentWidget(), field<QWidget>("applicationTab"));
    QVERIFY(page()->step() == Step::Registered);
    QCOMPARE(field<QLineEdit>("subjectIdEdit")->text(), kPersonId);
    QVERIFY(!field<QPushButton>("deferButton")->isEnabled()); // deferred once already
    page()->materials()->attachFile(scan(QStringLiteral("later-id.pdf")), QStringLiteral("id_copy"));
    QTRY_VERIFY_WITH_TIMEOUT(field<QPushButton>("answerButton")->isEnabled(), kReplyTimeout);
    QTest::mouseClick(field<QPushButton>("answerButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Answered, kReplyTimeout);
    QCOMPARE(applicationStatus(id), QStringLiteral("answered"));
}

QString TestClientWalkIn::verifyIn(MainWindow* main, const QString& number, const QString& code)
{
    auto* dialog = main->findChild<VerifyReportDialog*>();
    if (!dialog)
        return QStringLiteral("no dialog");
    enter(child<QLineEdit>(dialog, "numberEdit"), number);
    enter(child<QLineEdit>(dialog, "codeEdit"), code);
    QSignalSpy verified(dialog, &VerifyReportDialog::verified);
    QTest::keyClick(child<QLineEdit>(dialog, "codeEdit"), Qt::Key_Return); // the default button
    if (!verified.wait(kReplyTimeout))
        return QStringLiteral("no answer");
    return child<QLabel>(dialog, "resultLabel")->text();
}

void TestClientWalkIn::verifyDialogTellsGenuineFromAltered()
{
    QVERIFY2(!m_number.isEmpty(), "needs the report of selfQueryFromRegistrationToHandover");
    MainWindow* main = m_app->mainWindow();
    child<QAction>(main, "actionVerifyReport")->trigger();
    auto* dialog = main->findChild<VerifyReportDialog*>();
    QVERIFY(dialog);

    QVERIFY(verifyIn(main, m_number, m_code).startsWith(QStringLiteral("真实有效")));
    QCOMPARE(dialog->lastResult(), QStringLiteral("genuine"));
    QVERIFY(child<QLabel>(dialog, "subjectValue")->text().contains(QStringLiteral("李明")));

    QString altered = m_code;
    altered[0] = altered[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(verifyIn(main, m_number, altered).startsWith(QStringLiteral("与存档不符")));
    QCOMPARE(dialog->lastResult(), QStringLiteral("mismatch"));
    // Attack review (issue 11) finding 1: a wrong code gets the verdict alone.
    QVERIFY(!child<QGroupBox>(dialog, "detailsGroup")->isVisibleTo(dialog));

    QVERIFY(
        verifyIn(main, QStringLiteral("CR2099010100001"), m_code).startsWith(QStringLiteral("编号不存在")));
    QCOMPARE(dialog->lastResult(), QStringLiteral("unknown"));
    dialog->close();
}

void TestClientWalkIn::departmentUserCanVerifyToo()
{
    QVERIFY(!m_number.isEmpty());
    logIn(QStringLiteral("dept"));
    MainWindow* main = m_app->mainWindow();
    QVERIFY(!page()); // not a window clerk
    child<QAction>(main, "actionVerifyReport")->trigger();
    QVERIFY(verifyIn(main, m_number, m_code.toLower()).startsWith(QStringLiteral("真实有效")));
    // Outside the window the natural person is masked (SPEC §2).
    QVERIFY(child<QLabel>(main->findChild<VerifyReportDialog*>(), "subjectValue")->text().contains(u'*'));
    logIn(QStringLiteral("clerk"));
}

// Attack review (issue 11) finding 1: verifying a department export at the window shows
// the verdict and a summary without the C record, and says one is not shown.
void TestClientWalkIn::clerkVerifiesADepartmentExportWithoutItsCRecord()
{
    cp::test::HttpsProbe dept(m_server->baseUrl(), m_server->pki().caCert(),
                              m_server->pki().userP12(QStringLiteral("dept")), m_server->pki().p12Password);
    QCOMPARE(dept.login(kPassword).status, 200);
    const auto lookup = dept.get(QStringLiteral("/api/v1/department/subjects?mode=id&q=") + kPersonId);
    const qint64 subject = lookup.json.value(QStringLiteral("items"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    const auto exported = dept.post(QStringLiteral("/api/v1/department/subjects/%1/export").arg(subject),
                                    {{QStringLiteral("purpose"), QStringLiteral("procurement")}});
    QCOMPARE(exported.status, 201);
    QVERIFY(QJsonDocument(exported.json).toJson().contains("C类内部"));

    MainWindow* main = m_app->mainWindow();
    child<QAction>(main, "actionVerifyReport")->trigger();
    auto* dialog = main->findChild<VerifyReportDialog*>();
    QVERIFY(dialog);
    QVERIFY(verifyIn(main, exported.json.value(QStringLiteral("number")).toString(),
                     exported.json.value(QStringLiteral("verificationCode")).toString())
                .startsWith(QStringLiteral("真实有效")));
    const QString records = child<QLabel>(dialog, "recordsValue")->text();
    QVERIFY2(records.contains(QStringLiteral("另有 1 条")), qPrintable(records));
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(QStringLiteral("C类内部")), qPrintable(label->text()));
    dialog->close();
}

void TestClientWalkIn::approverExtendsADeferredDeadlineOnce()
{
    // seed 003 附件1.五(六): 15 working days, extendable once by ≤ 15 working days with approval.
    newApplication();
    fillSelfQuery(kPersonId, QStringLiteral("李明"));
    pressEnterIn("purposeEdit");
    const qint64 id = registered();
    QVERIFY(id > 0);
    const QString number = page()->application()->number;
    QTest::mouseClick(field<QPushButton>("deferButton"), Qt::LeftButton);
    auto* dialog = page()->findChild<DeferDialog*>();
    QVERIFY(dialog);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Deferred, kReplyTimeout);
    const QDate due = QDate::fromString(get(QStringLiteral("/api/v1/walkin/applications/%1").arg(id))
                                            .value(QStringLiteral("dueDate"))
                                            .toString(),
                                        Qt::ISODate);
    QVERIFY(due.isValid());

    logIn(QStringLiteral("approver"));
    auto* extensions = m_app->mainWindow()->findChild<WalkInExtensionPage*>();
    QVERIFY(extensions); // a tab of the approver's 审批 module
    QVERIFY(!page());    // the approver has no walk-in window
    auto* table = child<QTableWidget>(extensions, "pendingTable");
    auto chooseRow = [&] {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == number)
                return r;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(chooseRow() >= 0, kReplyTimeout);
    QVERIFY(!child<QWidget>(extensions, "extensionBox")->isEnabled()); // nothing chosen yet
    table->setCurrentCell(chooseRow(), 0);
    QTest::mouseClick(child<QPushButton>(extensions, "openButton"), Qt::LeftButton);
    QCOMPARE(extensions->selected()->id, id);
    QVERIFY(child<QLabel>(extensions, "selectedLabel")->text().contains(number));

    // The server requires a reason and says so.
    child<QSpinBox>(extensions, "daysSpin")->setValue(10);
    QTest::mouseClick(child<QPushButton>(extensions, "extendButton"), Qt::LeftButton);
    auto* error = child<QLabel>(extensions, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(extensions), kReplyTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("理由")), qPrintable(error->text()));

    enter(child<QLineEdit>(extensions, "reasonEdit"), QStringLiteral("需信息提供单位核实"));
    QSignalSpy granted(extensions, &WalkInExtensionPage::extended);
    QTest::mouseClick(child<QPushButton>(extensions, "extendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 1, kReplyTimeout);
    const QDate expected = cp::WorkingDayCalendar::officialChina().addWorkingDays(due, 10);
    QCOMPARE(extensions->selected()->extendedDueDate, expected);
    QVERIFY(child<QLabel>(extensions, "resultLabel")
                ->text()
                .contains(expected.toString(QStringLiteral("yyyy年M月d日"))));

    // A second extension is refused by the server (once only), and the page shows why.
    QTRY_VERIFY_WITH_TIMEOUT(chooseRow() >= 0 && !extensions->findChild<WalkInPendingList*>()->isLoading(),
                             kReplyTimeout);
    table->setCurrentCell(chooseRow(), 0);
    QTest::mouseClick(child<QPushButton>(extensions, "openButton"), Qt::LeftButton);
    enter(child<QLineEdit>(extensions, "reasonEdit"), QStringLiteral("再次延期"));
    QTest::mouseClick(child<QPushButton>(extensions, "extendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(extensions), kReplyTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("延期一次")), qPrintable(error->text()));
    QCOMPARE(get(QStringLiteral("/api/v1/walkin/applications/%1").arg(id))
                 .value(QStringLiteral("extendedDueDate"))
                 .toString(),
             expected.toString(Qt::ISODate));
    logIn(QStringLiteral("clerk"));
}

void TestClientWalkIn::overdueApplicationsStandOut()
{
    newApplication();
    fillSelfQuery(kPersonId, QStringLiteral("李明"));
    pressEnterIn("purposeEdit");
    QVERIFY(registered() > 0);
    const QString number = page()->application()->number;
    QTest::mouseClick(field<QPushButton>("deferButton"), Qt::LeftButton);
    auto* dialog = page()->findChild<DeferDialog*>();
    QVERIFY(dialog);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->step() == Step::Deferred, kReplyTimeout);

    m_server->advanceClock(40 * 24 * 3600); // past 15 working days (and past the idle timeout)
    logIn(QStringLiteral("clerk"));
    field<QTabWidget>("walkInTabs")->setCurrentWidget(field<QWidget>("pendingTab"));
    auto* table = field<QTableWidget>("pendingTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 1 && !page()->pendingList()->isLoading(), kReplyTimeout);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == number)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 6)->text(), QStringLiteral("已逾期"));
    QCOMPARE(table->item(row, 0)->background().color(), QColor(0xfd, 0xec, 0xea));
    QVERIFY(child<QLabel>(page(), "countLabel")->text().contains(QStringLiteral("逾期")));
}

QTEST_MAIN(TestClientWalkIn)
#include "test_client_walkin.moc"
