// The dispute screens against a real server (SPEC §5; seed 003 附件2): the
// clerk accepts a dispute through the form and prints the receipt; a record
// already in a case or answered is refused naming that case; the officer
// verifies and records the outcomes; the approver approves in the Approvals
// tab and prints the result report (or returns it); the clerk delivers and
// reprints once; each role sees only its own steps. Marks and deadlines:
// test_client_dispute_marks.cpp.
#include "DisputeClientDesk.h"
#include "disputes/DisputeApplicationForm.h"
#include "disputes/DisputeApprovalPage.h"
#include "disputes/DisputeCaseList.h"
#include "disputes/DisputeMaterialsEditor.h"
#include "disputes/DisputeOutcomeEditor.h"
#include "shell/TabbedModulePage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::kPersonId;

namespace {

const QString kName = QStringLiteral("李明");

/// The row of a record in the application form's table, or -1.
int rowOf(const QTableWidget* t, qint64 recordId)
{
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, 0)->data(Qt::UserRole).toLongLong() == recordId)
            return row;
    return -1;
}

} // namespace

class TestClientDisputes : public QObject, private DisputeClientDesk
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clerkAcceptsADisputeAndPrintsTheReceipt();
    void scansAreCheckedBeforeSending();
    void recordTakenMeanwhileIsRefusedWithTheOpenCaseNumber();
    void legalPersonAppliesThroughAnAgent();
    void officerSeesNoApplicationForm();
    void officerVerifiesAndRecordsOutcomes();
    void clerkHasNoOutcomeEditor();
    void approverExtendsAndApprovesInTheApprovalsTab();
    void approverReturnsAResultWithAReason();
    void clerkDeliversAndReprintsOnce();
    void answeredRecordNamesTheEarlierCase();

  private:
    qint64 m_penalty = 0; // disputed and corrected
    qint64 m_tax = 0;     // disputed and upheld
    qint64 m_internal = 0;
    qint64 m_other = 0;    // taken by another window meanwhile
    qint64 m_late = 0;     // for the overdue case
    qint64 m_company = 0;  // a legal person's record
    qint64 m_returned = 0; // its result is sent back
    qint64 m_case = 0;
    QString m_caseNumber;
};

void TestClientDisputes::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_disputes"));
    QVERIFY2(startServer(), m_server ? qPrintable(m_server->errorString()) : "no temporary directory");
    const qint64 person = cp::test::addSubject(*m_server, QStringLiteral("natural"), kPersonId, kName);
    m_penalty = cp::test::addRecord(*m_server, person, QStringLiteral("A"), QStringLiteral("admin_penalty"),
                                    QStringLiteral("行政处罚决定"));
    m_tax = cp::test::addRecord(*m_server, person, QStringLiteral("B"), QStringLiteral("tax_arrears"),
                                QStringLiteral("欠税记录"));
    m_internal = cp::test::addRecord(*m_server, person, QStringLiteral("C"), QStringLiteral("admin_penalty"),
                                     QStringLiteral("内部记录"));
    m_other = cp::test::addRecord(*m_server, person, QStringLiteral("A"), QStringLiteral("admin_license"),
                                  QStringLiteral("许可信息"));
    const qint64 company = cp::test::addSubject(*m_server, QStringLiteral("legal"), cp::test::kCompanyCode,
                                                QStringLiteral("景德镇市青花瓷业有限公司"));
    m_company = cp::test::addRecord(*m_server, company, QStringLiteral("A"), QStringLiteral("admin_penalty"),
                                    QStringLiteral("企业处罚"));
    m_returned = cp::test::addRecord(*m_server, person, QStringLiteral("A"), QStringLiteral("admin_license"),
                                     QStringLiteral("资质信息"));
}

void TestClientDisputes::cleanupTestCase()
{
    stop();
}

// seed 003 附件2.四, 六(一): the window accepts the dispute with the applicant's ID,
// form and evidence; the receipt is printed; the records are suspended the same day.
void TestClientDisputes::clerkAcceptsADisputeAndPrintsTheReceipt()
{
    logIn(QStringLiteral("clerk"));
    m_app->mainWindow()->showModule(cp::Module::Disputes);
    DisputeApplicationForm* form = page()->applicationForm();
    QVERIFY(form);
    auto* idEdit = child<QLineEdit>(form, "subjectIdEdit");
    typeInto(idEdit, kPersonId.toLower());
    QCOMPARE(idEdit->text(), kPersonId);
    QTest::keyClick(idEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(form->lookedUp().has_value() && !form->isBusy(), kReplyTimeout);

    // Class C records are never disputed at the window; the others can be. Attack review
    // (issue 11) finding 9: a B record is named by class, document number and date, its
    // title and content come with the registered case.
    auto* records = child<QTableWidget>(form, "recordsTable");
    QStringList titles;
    for (int row = 0; row < records->rowCount(); ++row)
        titles << records->item(row, 2)->text() + records->item(row, 3)->text();
    QVERIFY2(titles.contains(QStringLiteral("行政处罚决定行政处罚决定（内容）")),
             qPrintable(titles.join(u',')));
    QVERIFY(!titles.join(u',').contains(QStringLiteral("欠税记录")));
    QVERIFY(!titles.join(u',').contains(QStringLiteral("内部记录")));
    const int taxRow = rowOf(records, m_tax);
    QVERIFY(taxRow >= 0);
    QVERIFY2(records->item(taxRow, 2)->text().contains(QStringLiteral("B 类")) &&
                 records->item(taxRow, 2)->text().contains(QStringLiteral("受理异议后显示")),
             qPrintable(records->item(taxRow, 2)->text()));
    QVERIFY(records->item(taxRow, 3)->text().isEmpty());
    QVERIFY(form->setRecordChecked(m_tax, false)); // still disputable
    QVERIFY(!form->setRecordChecked(m_internal, true));
    // A natural person applies in person: the applicant is the subject.
    QCOMPARE(child<QLineEdit>(form, "applicantNameEdit")->text(), kName);
    QCOMPARE(child<QLineEdit>(form, "applicantIdEdit")->text(), kPersonId);

    QVERIFY(form->setRecordChecked(m_penalty, true));
    QVERIFY(form->setRecordChecked(m_tax, true));
    child<QPlainTextEdit>(form, "reasonEdit")->setPlainText(QStringLiteral("该处罚已被行政复议撤销"));
    auto* submit = child<QPushButton>(form, "submitButton");
    QVERIFY(!submit->isEnabled()); // the scans are missing
    for (const QString& kind :
         {QStringLiteral("id_copy"), QStringLiteral("application_form"), QStringLiteral("evidence")})
        QVERIFY(!form->materials()->attachFile(scan(kind + QStringLiteral(".pdf")), kind));
    QVERIFY(form->materials()->missing().isEmpty());
    QVERIFY(submit->isEnabled());

    const int before = form->findChildren<DisputeDocumentDialog*>().size();
    click(submit);
    DisputeDocumentDialog* receipt = waitForDocument(form, before);
    QVERIFY(receipt);
    QCOMPARE(receipt->kind(), DocumentKind::DisputeReceipt);
    QCOMPARE(child<QLabel>(receipt, "titleLabel")->text(), QStringLiteral("异议申请受理回执"));
    QVERIFY2(form->bannerText().contains(receipt->document().number), qPrintable(form->bannerText()));

    const QJsonArray cases = probe(QStringLiteral("clerk"))
                                 .get(QStringLiteral("/api/v1/disputes"))
                                 .json.value(QStringLiteral("cases"))
                                 .toArray();
    QCOMPARE(cases.size(), 1);
    const QJsonObject c = cases.first().toObject();
    m_case = c.value(QStringLiteral("id")).toInteger();
    m_caseNumber = c.value(QStringLiteral("number")).toString();
    QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
    QCOMPARE(c.value(QStringLiteral("receiptNumber")).toString(), receipt->document().number);
    for (const auto& v : c.value(QStringLiteral("records")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("suspended")).toBool()); // "异议正在处理"

    const QString text = savedText(receipt, QStringLiteral("receipt.pdf"));
    QVERIFY2(text.contains(receipt->document().number), qPrintable(text));
    QVERIFY(text.contains(receipt->document().verificationCode));
    QVERIFY(text.contains(QStringLiteral("异议申请受理回执")));
    QVERIFY(text.contains(m_caseNumber));
    QVERIFY(text.contains(QStringLiteral("异议正在处理")));
    QCOMPARE(probe(QStringLiteral("clerk"))
                 .post(QStringLiteral("/api/v1/reports/verify"),
                       {{QStringLiteral("number"), receipt->document().number},
                        {QStringLiteral("code"), receipt->document().verificationCode}})
                 .json.value(QStringLiteral("result"))
                 .toString(),
             QStringLiteral("genuine"));
    receipt->close();

    // The list was looked up again: the records now name their case.
    QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy() && !form->setRecordChecked(m_penalty, true), kReplyTimeout);
    for (int row = 0; row < records->rowCount(); ++row)
        if (records->item(row, 2)->text() == QStringLiteral("行政处罚决定"))
            QVERIFY(records->item(row, 6)->text().contains(m_caseNumber));
}

void TestClientDisputes::scansAreCheckedBeforeSending()
{
    DisputeMaterialsEditor* materials = page()->applicationForm()->materials();
    materials->clear();
    const auto text =
        materials->attachFile(scan(QStringLiteral("note.txt"), "just text"), QStringLiteral("evidence"));
    QVERIFY(text && text->contains(QStringLiteral("JPEG")));
    QByteArray big = cp::test::pdfBytes();
    big.append(QByteArray(10 * 1024 * 1024, 'x'));
    const auto tooBig =
        materials->attachFile(scan(QStringLiteral("big.pdf"), big), QStringLiteral("evidence"));
    QVERIFY2(tooBig && tooBig->contains(QStringLiteral("最多")), qPrintable(tooBig.value_or(QString())));
    QVERIFY(materials->materials().isEmpty());
    QVERIFY(child<QLabel>(materials, "materialsError")->isVisibleTo(materials));
}

// seed 003 附件2.四(二): a record already in a case is not accepted again; the
// refusal names that case, also when the list was looked up before.
void TestClientDisputes::recordTakenMeanwhileIsRefusedWithTheOpenCaseNumber()
{
    DisputeApplicationForm* form = page()->applicationForm();
    form->reset();
    typeInto(child<QLineEdit>(form, "subjectIdEdit"), kPersonId);
    form->lookUp();
    QTRY_VERIFY_WITH_TIMEOUT(form->lookedUp().has_value() && !form->isBusy(), kReplyTimeout);
    QVERIFY(form->setRecordChecked(m_other, true));
    child<QPlainTextEdit>(form, "reasonEdit")->setPlainText(QStringLiteral("许可已注销"));
    for (const QString& kind :
         {QStringLiteral("id_copy"), QStringLiteral("application_form"), QStringLiteral("evidence")})
        QVERIFY(!form->materials()->attachFile(scan(kind + QStringLiteral(".pdf")), kind));

    // Another window accepts a dispute on the same record first.
    const auto other = probe(QStringLiteral("clerk"))
                           .post(QStringLiteral("/api/v1/disputes"),
                                 cp::test::disputeBy(kPersonId, kName, {m_other}).toJson());
    QCOMPARE(other.status, 201);
    const QString otherNumber = cp::test::caseOf(other).value(QStringLiteral("number")).toString();

    const int before = form->findChildren<DisputeDocumentDialog*>().size();
    form->submit();
    auto* earlier = child<QLabel>(form, "earlierCaseValue");
    QTRY_VERIFY_WITH_TIMEOUT(earlier->isVisibleTo(form), kReplyTimeout);
    QVERIFY2(earlier->text().contains(otherNumber), qPrintable(earlier->text()));
    QVERIFY2(form->bannerText().contains(otherNumber), qPrintable(form->bannerText()));
    QCOMPARE(form->findChildren<DisputeDocumentDialog*>().size(), before);
}

// seed 003 附件2.四(一): a legal person applies through an agent with the sealed
// organisation-code copy and letter of agency; the server checks the agent's ID.
void TestClientDisputes::legalPersonAppliesThroughAnAgent()
{
    DisputeApplicationForm* form = page()->applicationForm();
    form->reset();
    typeInto(child<QLineEdit>(form, "subjectIdEdit"), cp::test::kCompanyCode);
    form->lookUp();
    QTRY_VERIFY_WITH_TIMEOUT(form->lookedUp().has_value() && !form->isBusy(), kReplyTimeout);
    QVERIFY(child<QLineEdit>(form, "applicantNameEdit")->text().isEmpty()); // the agent, not the company
    QVERIFY(child<QLabel>(form, "applicantHint")->text().contains(QStringLiteral("代理人")));
    QCOMPARE(form->materials()->missing().size(), 5);
    QVERIFY(form->setRecordChecked(m_company, true));
    child<QPlainTextEdit>(form, "reasonEdit")->setPlainText(QStringLiteral("处罚主体有误"));
    child<QLineEdit>(form, "applicantNameEdit")->setText(QStringLiteral("王芳"));
    typeInto(child<QLineEdit>(form, "applicantIdEdit"),
             QStringLiteral("360202198805060012")); // wrong check digit
    for (const QString& kind :
         {QStringLiteral("id_copy"), QStringLiteral("org_code_copy"), QStringLiteral("agency_letter"),
          QStringLiteral("application_form"), QStringLiteral("evidence")})
        QVERIFY(!form->materials()->attachFile(scan(kind + QStringLiteral("-co.pdf")), kind));
    form->submit();
    auto* idError = child<QLabel>(form, "applicantIdError");
    QTRY_VERIFY_WITH_TIMEOUT(idError->isVisibleTo(form), kReplyTimeout);
    QVERIFY2(idError->text().contains(QStringLiteral("申请人身份证号码无效")), qPrintable(idError->text()));

    typeInto(child<QLineEdit>(form, "applicantIdEdit"), cp::test::kAgentId);
    const int before = form->findChildren<DisputeDocumentDialog*>().size();
    form->submit();
    DisputeDocumentDialog* receipt = waitForDocument(form, before);
    QVERIFY(receipt);
    QCOMPARE(receipt->document().applicantName, QStringLiteral("王芳"));
    QCOMPARE(receipt->document().subject.idNumber, cp::test::kCompanyCode);
    receipt->close();

    // Typing another number drops the records (and scans) of the last subject.
    QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy() && form->lookedUp().has_value(), kReplyTimeout);
    typeInto(child<QLineEdit>(form, "subjectIdEdit"), kPersonId);
    QVERIFY(!form->lookedUp().has_value());
    QCOMPARE(child<QTableWidget>(form, "recordsTable")->rowCount(), 0);
    QVERIFY(!child<QPushButton>(form, "submitButton")->isEnabled());
}

// Role-aware page: the acceptance form belongs to the window.
void TestClientDisputes::officerSeesNoApplicationForm()
{
    logIn(QStringLiteral("officer"));
    m_app->mainWindow()->showModule(cp::Module::Disputes);
    QVERIFY(page());
    QVERIFY(!page()->applicationForm());
    QVERIFY(!page()->findChild<DisputeApplicationForm*>());
    auto* tabs = child<QTabWidget>(page(), "disputesTabs");
    QCOMPARE(tabs->count(), 2); // cases and marks
    QCOMPARE(tabs->indexOf(child<QWidget>(page(), "applicationTab")), -1);
}

// seed 003 附件2.五: verification with the providing department, then one outcome per record.
void TestClientDisputes::officerVerifiesAndRecordsOutcomes()
{
    QVERIFY(m_case > 0);
    DisputeCaseList* list = page()->caseList();
    QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading() && list->rowOf(m_case) >= 0, kReplyTimeout);
    auto* table = child<QTableWidget>(list, "casesTable");
    const int row = list->rowOf(m_case);
    const QDate accepted = cp::test::chinaToday(*m_server);
    QCOMPARE(table->item(row, 4)->text(), accepted.addDays(30).toString(QStringLiteral("yyyy年M月d日")));
    QCOMPARE(table->item(row, 5)->text(), QStringLiteral("未逾期"));

    DisputeCaseView* view = openCase(m_case);
    QVERIFY(view);
    // The officer reads the evidence; the viewing is logged.
    auto* scans = child<QComboBox>(view, "materialsCombo");
    QCOMPARE(scans->count(), 3);
    scans->setCurrentIndex(2);
    QVERIFY(scans->currentText().contains(QStringLiteral("evidence.pdf")));
    const QString evidence = m_dir.filePath(QStringLiteral("evidence-read.pdf"));
    view->saveSelectedMaterial(evidence);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(evidence) && !view->isBusy(), kReplyTimeout);
    QFile read(evidence);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QCOMPARE(read.readAll(), cp::test::pdfBytes());
    QCOMPARE(cp::test::scalar(
                 *m_server,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dispute.material_view'"))
                 .toInt(),
             1);
    QVERIFY(child<QGroupBox>(view, "verifyGroup")->isVisibleTo(view));
    QVERIFY(!child<QGroupBox>(view, "resultGroup")->isVisibleTo(view));
    QVERIFY(!child<QGroupBox>(view, "deliveryGroup")->isVisibleTo(view));
    child<QLineEdit>(view, "departmentEdit")->setText(QStringLiteral("景德镇市市场监督管理局"));
    child<QPlainTextEdit>(view, "verificationNoteEdit")
        ->setPlainText(QStringLiteral("经核实，处罚决定已撤销"));
    child<QDateEdit>(view, "verificationDateEdit")->setDate(cp::test::chinaToday(*m_server));
    click(child<QPushButton>(view, "verifyButton"));
    QTRY_COMPARE_WITH_TIMEOUT(view->dispute()->state, QStringLiteral("verified"), kReplyTimeout);
    QVERIFY(child<QGroupBox>(view, "resultGroup")->isVisibleTo(view));

    // A "correction" that changes nothing is refused by the server, at its row.
    DisputeOutcomeEditor* outcomes = view->outcomeEditor();
    QVERIFY(outcomes->setOutcome(m_penalty, QStringLiteral("corrected")));
    QVERIFY(outcomes->setOutcome(m_tax, QStringLiteral("upheld")));
    child<QPlainTextEdit>(view, "resultTextEdit")->setPlainText(QStringLiteral("经核查，处罚信息已更正。"));
    click(child<QPushButton>(view, "submitResultButton"));
    auto* outcomeError = child<QLabel>(outcomes, "outcomesError");
    QTRY_VERIFY_WITH_TIMEOUT(outcomeError->isVisibleTo(view), kReplyTimeout);
    QVERIFY2(outcomeError->text().contains(QStringLiteral("维持")), qPrintable(outcomeError->text()));
    QCOMPARE(view->dispute()->state, QStringLiteral("verified"));

    QVERIFY(outcomes->setOutcome(m_penalty, QStringLiteral("corrected"),
                                 QStringLiteral("行政处罚决定（已撤销）"),
                                 QStringLiteral("该处罚决定已于复议中撤销")));
    click(child<QPushButton>(view, "submitResultButton"));
    QTRY_COMPARE_WITH_TIMEOUT(view->dispute()->state, QStringLiteral("result_submitted"), kReplyTimeout);
    const QJsonObject onServer = caseJson(m_case);
    QCOMPARE(onServer.value(QStringLiteral("verificationDepartment")).toString(),
             QStringLiteral("景德镇市市场监督管理局"));
    QHash<qint64, QString> decided;
    for (const auto& v : onServer.value(QStringLiteral("records")).toArray())
        decided.insert(v.toObject().value(QStringLiteral("recordId")).toInteger(),
                       v.toObject().value(QStringLiteral("outcome")).toString());
    QCOMPARE(decided.value(m_penalty), QStringLiteral("corrected"));
    QCOMPARE(decided.value(m_tax), QStringLiteral("upheld"));
    // The officer does not approve.
    QVERIFY(!child<QGroupBox>(view, "approvalGroup")->isVisibleTo(view));
}

void TestClientDisputes::clerkHasNoOutcomeEditor()
{
    logIn(QStringLiteral("clerk"));
    DisputeCaseView* view = openCase(m_case);
    QVERIFY(view);
    for (const char* group : {"verifyGroup", "resultGroup", "approvalGroup", "deliveryGroup"})
        QVERIFY2(!child<QGroupBox>(view, group)->isVisibleTo(view), group);
    QVERIFY(child<QGroupBox>(view, "documentsGroup")->isVisibleTo(view));
}

// seed 003 附件2.三, 五(三): extension once (≤ 15 working days), then approval issues the result report.
void TestClientDisputes::approverExtendsAndApprovesInTheApprovalsTab()
{
    logIn(QStringLiteral("approver"));
    MainWindow* main = m_app->mainWindow();
    main->showModule(cp::Module::Approvals);
    auto* approvals = main->findChild<TabbedModulePage*>(QStringLiteral("module_approvals"));
    QVERIFY(approvals);
    auto* tab = qobject_cast<DisputeApprovalPage*>(approvals->tab(QStringLiteral("tab_dispute_approvals")));
    QVERIFY(tab);
    QVERIFY(approvals->showTab(QStringLiteral("tab_dispute_approvals"))); // the list loads when shown
    QVERIFY(!main->findChild<DisputesWidget*>());                         // approvers have no disputes module
    DisputeCaseList* list = tab->caseList();
    QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading() && list->rowOf(m_case) >= 0, kReplyTimeout);
    QVERIFY(list->select(m_case));
    DisputeCaseView* view = tab->caseView();
    QTRY_VERIFY_WITH_TIMEOUT(view->dispute() && view->dispute()->id == m_case && !view->isBusy(),
                             kReplyTimeout);
    QVERIFY(child<QGroupBox>(view, "approvalGroup")->isVisibleTo(view));
    QVERIFY(!child<QGroupBox>(view, "resultGroup")->isVisibleTo(view));

    child<QSpinBox>(view, "extensionDaysSpin")->setValue(5);
    child<QLineEdit>(view, "extensionReasonEdit")->setText(QStringLiteral("需多部门核实"));
    click(child<QPushButton>(view, "extendButton"));
    QTRY_VERIFY_WITH_TIMEOUT(view->dispute()->extendedDueDate.isValid(), kReplyTimeout);
    QVERIFY(view->dispute()->extendedDueDate > view->dispute()->dueDate);
    QVERIFY(!child<QPushButton>(view, "extendButton")->isEnabled()); // once
    QCOMPARE(child<QSpinBox>(view, "extensionDaysSpin")->maximum(), 15);

    child<QLineEdit>(view, "approvalNoteEdit")->setText(QStringLiteral("同意"));
    const int before = view->findChildren<DisputeDocumentDialog*>().size();
    click(child<QPushButton>(view, "approveButton"));
    DisputeDocumentDialog* report = waitForDocument(view, before);
    QVERIFY(report);
    QCOMPARE(report->kind(), DocumentKind::DisputeResult);
    QCOMPARE(view->dispute()->state, QStringLiteral("approved"));
    QCOMPARE(view->dispute()->resultReportNumber, report->document().number);
    const QString text = savedText(report, QStringLiteral("result.pdf"));
    QVERIFY2(text.contains(QStringLiteral("异议处理结果报告")), qPrintable(text));
    QVERIFY(text.contains(report->document().number));
    QVERIFY(text.contains(report->document().verificationCode));
    QVERIFY(text.contains(QStringLiteral("行政处罚决定（已撤销）")));
    QVERIFY(text.contains(m_caseNumber));
    report->close();
}

// seed 003 附件2.五(三): the approver may send the result back; the officer sees why.
void TestClientDisputes::approverReturnsAResultWithAReason()
{
    const qint64 id = caseAwaitingApproval(kPersonId, kName, m_returned);
    QVERIFY(id > 0);
    auto* approvals = m_app->mainWindow()->findChild<TabbedModulePage*>(QStringLiteral("module_approvals"));
    auto* tab = qobject_cast<DisputeApprovalPage*>(approvals->tab(QStringLiteral("tab_dispute_approvals")));
    tab->caseList()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->caseList()->isLoading() && tab->caseList()->rowOf(id) >= 0, kReplyTimeout);
    QVERIFY(tab->caseList()->select(id));
    DisputeCaseView* view = tab->caseView();
    QTRY_VERIFY_WITH_TIMEOUT(view->dispute() && view->dispute()->id == id && !view->isBusy(), kReplyTimeout);
    child<QLineEdit>(view, "returnReasonEdit")->setText(QStringLiteral("请补充核查提供部门的书面意见"));
    click(child<QPushButton>(view, "returnButton"));
    QTRY_COMPARE_WITH_TIMEOUT(view->dispute()->state, QStringLiteral("verified"), kReplyTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(tab->caseList()->rowOf(id), -1, kReplyTimeout); // no longer awaiting approval

    logIn(QStringLiteral("officer"));
    view = openCase(id);
    QVERIFY(view);
    auto* returned = child<QLabel>(view, "returnedValue");
    QVERIFY(returned->isVisibleTo(view));
    QVERIFY2(returned->text().contains(QStringLiteral("请补充核查提供部门的书面意见")),
             qPrintable(returned->text()));
    QVERIFY(child<QGroupBox>(view, "resultGroup")->isVisibleTo(view)); // to be written again
}

// seed 003 附件2.五(五), 六(二): delivery lifts the suspension; a corrected record
// gives one free reprint.
void TestClientDisputes::clerkDeliversAndReprintsOnce()
{
    logIn(QStringLiteral("clerk"));
    DisputeCaseView* view = openCase(m_case);
    QVERIFY(view);
    QVERIFY(child<QGroupBox>(view, "deliveryGroup")->isVisibleTo(view));
    QCOMPARE(child<QLineEdit>(view, "receivedByEdit")->text(), kName);
    click(child<QPushButton>(view, "deliverButton"));
    QTRY_COMPARE_WITH_TIMEOUT(view->dispute()->state, QStringLiteral("delivered"), kReplyTimeout);
    QVERIFY(child<QGroupBox>(view, "afterGroup")->isVisibleTo(view));
    for (const auto& r : view->dispute()->records)
        QVERIFY(!r.suspended);

    auto* reprint = child<QPushButton>(view, "reprintButton");
    QVERIFY(reprint->isEnabled());
    int before = view->findChildren<DisputeDocumentDialog*>().size();
    click(reprint);
    DisputeDocumentDialog* copy = waitForDocument(view, before);
    QVERIFY(copy);
    QCOMPARE(copy->kind(), DocumentKind::QueryReport);
    const QString text = savedText(copy, QStringLiteral("reprint.pdf"));
    QVERIFY2(text.contains(QStringLiteral("公共信用信息查询报告")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("行政处罚决定（已撤销）")));
    copy->close();
    QCOMPARE(view->dispute()->freeReprint, QStringLiteral("used"));
    QVERIFY(!reprint->isEnabled());
    view->reprint(); // a second time: the server refuses
    QTRY_VERIFY_WITH_TIMEOUT(view->bannerText().contains(QStringLiteral("已使用")), kReplyTimeout);

    // Every document of the case can be printed again from the case.
    auto* docs = child<QComboBox>(view, "documentsCombo");
    QCOMPARE(docs->count(), 3); // receipt, result report, reprint
    docs->setCurrentIndex(0);
    before = view->findChildren<DisputeDocumentDialog*>().size();
    click(child<QPushButton>(view, "openDocumentButton"));
    DisputeDocumentDialog* receipt = waitForDocument(view, before);
    QVERIFY(receipt);
    QCOMPARE(receipt->kind(), DocumentKind::DisputeReceipt);
    QCOMPARE(receipt->document().number, view->dispute()->receiptNumber);
    receipt->close();
}

// seed 003 附件2.四(二): no repeated dispute on an answered record; the list says which case answered it.
void TestClientDisputes::answeredRecordNamesTheEarlierCase()
{
    m_app->mainWindow()->showModule(cp::Module::Disputes);
    child<QTabWidget>(page(), "disputesTabs")->setCurrentIndex(0);
    DisputeApplicationForm* form = page()->applicationForm();
    form->reset();
    typeInto(child<QLineEdit>(form, "subjectIdEdit"), kPersonId);
    form->lookUp();
    QTRY_VERIFY_WITH_TIMEOUT(form->lookedUp().has_value() && !form->isBusy(), kReplyTimeout);
    QVERIFY(!form->setRecordChecked(m_penalty, true));
    QVERIFY(!form->setRecordChecked(m_tax, true));
    auto* records = child<QTableWidget>(form, "recordsTable");
    int found = 0;
    for (int row = 0; row < records->rowCount(); ++row) {
        const QString title = records->item(row, 2)->text();
        if (title == QStringLiteral("行政处罚决定（已撤销）") || row == rowOf(records, m_tax)) {
            ++found;
            const QString remark = records->item(row, 6)->text();
            QVERIFY2(remark.contains(m_caseNumber) && remark.contains(QStringLiteral("答复")),
                     qPrintable(remark));
        }
    }
    QCOMPARE(found, 2);
}

QTEST_MAIN(TestClientDisputes)
#include "test_client_disputes.moc"
