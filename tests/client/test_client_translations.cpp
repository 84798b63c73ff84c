// The client speaks Simplified Chinese first: the catalogue is complete,
// compiled into the client and used by default.
#include "ClientTestSupport.h"
#include "app/DisplayNames.h"
#include "app/Translations.h"
#include "auth/LoginDialog.h"
#include "net/ApiClient.h"

#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace cp::client;
using namespace cp::client::test;

class TestClientTranslations : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void compiledCatalogueTranslatesTheLoginButton();
    void everyMessageInTheTsFileIsFinished();
    void languageChoice_data();
    void languageChoice();
    void loginDialogIsChineseByDefault();
    void roleNamesAreTranslated();
};

void TestClientTranslations::compiledCatalogueTranslatesTheLoginButton()
{
    QTranslator catalogue;
    QVERIFY(catalogue.load(catalogueResource(UiLanguage::Chinese)));
    QCOMPARE(catalogue.translate("LoginDialog", "&Log In"), QStringLiteral("登录(&L)"));
    QCOMPARE(catalogue.translate("MainWindow", "Credit Platform Desk"),
             QStringLiteral("公共信用信息查询受理系统"));
    QCOMPARE(catalogue.translate("DisplayNames", "Walk-in Queries"), QStringLiteral("现场查询"));
}

void TestClientTranslations::everyMessageInTheTsFileIsFinished()
{
    QFile ts(QStringLiteral(CP_SOURCE_DIR "/translations/credit-client_zh_CN.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString context;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS"))
            QCOMPARE(xml.attributes().value(QLatin1String("language")).toString(), QStringLiteral("zh_CN"));
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Numerus forms are child elements; readElementText would refuse them.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!type.isEmpty() || text.isEmpty())
                problems.append(context + QStringLiteral(": ") + source +
                                (type.isEmpty() ? QString() : QStringLiteral(" [") + type + u']'));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestClientTranslations::languageChoice_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("expected");
    QTest::newRow("product default") << ""
                                     << ""
                                     << "zh_CN";
    QTest::newRow("saved English") << ""
                                   << "en"
                                   << "en";
    QTest::newRow("command line wins") << "zh_CN"
                                       << "en"
                                       << "zh_CN";
    QTest::newRow("command line English") << "en"
                                          << "zh_CN"
                                          << "en";
    QTest::newRow("zh-CN spelling") << "zh-CN"
                                    << ""
                                    << "zh_CN";
}

void TestClientTranslations::languageChoice()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, saved);
    QFETCH(QString, expected);
    const UiLanguage chosen = chooseLanguage(languageFromCode(commandLine), languageFromCode(saved));
    QCOMPARE(languageCode(chosen), expected);
}

void TestClientTranslations::loginDialogIsChineseByDefault()
{
    initClientTestApplication(QStringLiteral("test_client_translations"));
    ApiClient api;
    LoginDialog dialog(api, ClientSettings{});
    QCOMPARE(child<QPushButton>(&dialog, "loginButton")->text(), QStringLiteral("登录(&L)"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("公共信用信息查询受理系统 - 登录"));
}

void TestClientTranslations::roleNamesAreTranslated()
{
    initClientTestApplication(QStringLiteral("test_client_translations"));
    for (cp::Role role : cp::allRoles())
        QCOMPARE(DisplayNames::role(role), cp::roleNameZh(role)); // same words as the server's
    QCOMPARE(DisplayNames::roleFromCode(QStringLiteral("future-role")), QStringLiteral("future-role"));
}

QTEST_MAIN(TestClientTranslations)
#include "test_client_translations.moc"
