// The main window without a server: navigation from roles (SPEC §1), the
// module registry, the status bar.
#include "ClientTestSupport.h"
#include "net/ApiClient.h"
#include "shell/MainWindow.h"
#include "shell/ModulePlaceholder.h"
#include "shell/ModuleRegistry.h"
#include "shell/TabbedModulePage.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace cp::client;
using namespace cp::client::test;
using cp::Module;

namespace {

cp::protocol::SessionInfo sessionWith(const QStringList& roles)
{
    cp::protocol::SessionInfo s;
    s.token = QStringLiteral("secret-token");
    s.account.id = 7;
    s.account.login = QStringLiteral("wangli");
    s.account.fullName = QStringLiteral("王丽");
    s.account.unit = QStringLiteral("市公共信用信息中心");
    s.account.roles = roles;
    s.idleTimeoutSeconds = 1800;
    return s;
}

QStringList codes(const QList<Module>& modules)
{
    QStringList out;
    for (Module m : modules)
        out.append(cp::moduleCode(m));
    return out;
}

} // namespace

class TestClientShell : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void navigationHoldsExactlyTheRolesModules_data();
    void navigationHoldsExactlyTheRolesModules();
    void choosingAModuleShowsItsPage();
    void registeredFactoryReplacesThePlaceholder();
    void placeholderShowsTheChineseTitle();
    void tabbedPageHoldsOnlyTheTabsTheRolesOpen();
    void statusBarShowsUserRolesAndCountdown();
    void accountWithoutModulesIsTold();
    void sessionTokenIsNotKeptByTheWindow();

  private:
    ApiClient m_api; // not configured: these tests make no requests
};

void TestClientShell::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_client_shell"));
}

void TestClientShell::navigationHoldsExactlyTheRolesModules_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("modules");
    QTest::newRow("clerk") << QStringList{"clerk"} << QStringList{"walkin", "disputes"};
    QTest::newRow("department") << QStringList{"department"} << QStringList{"department"};
    QTest::newRow("officer") << QStringList{"officer"} << QStringList{"department", "disputes", "approvals"};
    QTest::newRow("archivist") << QStringList{"archivist"} << QStringList{"archives", "media"};
    QTest::newRow("approver") << QStringList{"approver"} << QStringList{"approvals"};
    QTest::newRow("sysadmin") << QStringList{"sysadmin"} << QStringList{"admin"};
    QTest::newRow("secadmin") << QStringList{"secadmin"} << QStringList{"security"};
    QTest::newRow("auditor") << QStringList{"auditor"} << QStringList{"audit"};
    QTest::newRow("clerk+archivist") << QStringList{"clerk", "archivist"}
                                     << QStringList{"walkin", "disputes", "archives", "media"};
}

void TestClientShell::navigationHoldsExactlyTheRolesModules()
{
    QFETCH(QStringList, roles);
    QFETCH(QStringList, modules);
    MainWindow main(m_api, sessionWith(roles), ModuleRegistry::standard(), UiLanguage::Chinese);
    QCOMPARE(codes(main.modules()), modules);
    auto* nav = child<QListWidget>(&main, "moduleList");
    auto* stack = child<QStackedWidget>(&main, "moduleStack");
    QCOMPARE(nav->count(), modules.size());
    QCOMPARE(stack->count(), modules.size());
    for (int i = 0; i < modules.size(); ++i)
        QCOMPARE(stack->widget(i)->objectName(), QStringLiteral("module_") + modules[i]);
}

void TestClientShell::choosingAModuleShowsItsPage()
{
    MainWindow main(m_api, sessionWith({QStringLiteral("officer")}), ModuleRegistry::standard(),
                    UiLanguage::Chinese);
    main.show();
    auto* nav = child<QListWidget>(&main, "moduleList");
    auto* stack = child<QStackedWidget>(&main, "moduleStack");
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("module_department"));
    QCOMPARE(nav->item(2)->text(), QStringLiteral("审批"));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(2)).center());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("module_approvals"));
    main.showModule(Module::Disputes);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("module_disputes"));
}

void TestClientShell::registeredFactoryReplacesThePlaceholder()
{
    QVERIFY(ModuleRegistry::standard().hasFactory(Module::Disputes));
    ModuleRegistry registry; // without the disputes factory
    QString seenLogin;
    registry.set(Module::WalkIn, [&seenLogin](const ModuleContext& c, QWidget* parent) {
        seenLogin = c.session.account.login;
        return new QLabel(QStringLiteral("real walk-in page"), parent);
    });
    MainWindow main(m_api, sessionWith({QStringLiteral("clerk")}), registry, UiLanguage::Chinese);
    auto* stack = child<QStackedWidget>(&main, "moduleStack");
    auto* walkIn = qobject_cast<QLabel*>(stack->widget(0));
    QVERIFY(walkIn);
    QCOMPARE(walkIn->objectName(), QStringLiteral("module_walkin"));
    QCOMPARE(seenLogin, QStringLiteral("wangli"));
    QVERIFY(qobject_cast<ModulePlaceholder*>(stack->widget(1))); // disputes: no factory in this registry
}

void TestClientShell::placeholderShowsTheChineseTitle()
{
    ModulePlaceholder page(Module::Media);
    QCOMPARE(child<QLabel>(&page, "titleLabel")->text(), QStringLiteral("存储介质"));
    QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains(QStringLiteral("后续版本")));
}

void TestClientShell::tabbedPageHoldsOnlyTheTabsTheRolesOpen()
{
    auto label = [](const char* text) {
        return [text](const ModuleContext&, QWidget* parent) {
            return new QLabel(QString::fromUtf8(text), parent);
        };
    };
    const QList<ModuleTab> tabs{
        {Module::Approvals,
         QStringLiteral("tab_a"),
         [] { return QStringLiteral("A"); },
         {cp::Role::Approver},
         label("a")},
        {Module::Approvals,
         QStringLiteral("tab_b"),
         [] { return QStringLiteral("B"); },
         {cp::Role::CreditOfficer, cp::Role::Approver},
         label("b")},
        {Module::Admin,
         QStringLiteral("tab_c"),
         [] { return QStringLiteral("C"); },
         {cp::Role::Approver},
         label("c")},
    };
    const auto session = sessionWith({QStringLiteral("approver")});
    const ModuleContext context{m_api, session};

    TabbedModulePage approver(Module::Approvals, tabs, rolesOf(session), context);
    QCOMPARE(approver.tabCount(), 2); // tab_c belongs to another module
    QVERIFY(approver.tab(QStringLiteral("tab_a")));
    QVERIFY(approver.tab(QStringLiteral("tab_b")));
    QVERIFY(!approver.tab(QStringLiteral("tab_c")));
    QVERIFY(child<QTabWidget>(&approver, "tabs")->tabBar()->isVisibleTo(&approver));

    TabbedModulePage officer(Module::Approvals, tabs, {cp::Role::CreditOfficer}, context);
    QCOMPARE(officer.tabCount(), 1);
    QVERIFY(officer.tab(QStringLiteral("tab_b")));
    QVERIFY(!child<QTabWidget>(&officer, "tabs")->tabBar()->isVisibleTo(&officer)); // one tab: no tab bar
}

void TestClientShell::statusBarShowsUserRolesAndCountdown()
{
    MainWindow main(m_api, sessionWith({QStringLiteral("clerk"), QStringLiteral("archivist")}),
                    ModuleRegistry::standard(), UiLanguage::Chinese);
    QCOMPARE(child<QLabel>(&main, "userStatusLabel")->text(), QStringLiteral("用户：王丽（wangli）"));
    QCOMPARE(child<QLabel>(&main, "rolesStatusLabel")->text(),
             QStringLiteral("角色：窗口受理员、档案管理员"));
    QCOMPARE(child<QLabel>(&main, "sessionStatusLabel")->text(), QStringLiteral("会话剩余：30:00"));
    QCOMPARE(main.windowTitle(), QStringLiteral("公共信用信息查询受理系统"));
}

void TestClientShell::accountWithoutModulesIsTold()
{
    MainWindow main(m_api, sessionWith({}), ModuleRegistry::standard(), UiLanguage::Chinese);
    QVERIFY(main.modules().isEmpty());
    QVERIFY(child<QLabel>(&main, "noModulesLabel"));
}

void TestClientShell::sessionTokenIsNotKeptByTheWindow()
{
    MainWindow main(m_api, sessionWith({QStringLiteral("clerk")}), ModuleRegistry::standard(),
                    UiLanguage::Chinese);
    QVERIFY(main.session().token.isEmpty());
}

QTEST_MAIN(TestClientShell)
#include "test_client_shell.moc"
