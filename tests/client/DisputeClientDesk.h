// The dispute screens' test bench: a real server with one window clerk, one
// credit officer and one approver, logging in through the real client, and
// small readers for pages, documents and PDFs.
#pragma once

#include "../server/DisputeFixture.h"
#include "ClientTestSupport.h"
#include "auth/LoginDialog.h"
#include "disputes/DisputeCaseView.h"
#include "disputes/DisputeDocumentDialog.h"
#include "disputes/DisputesWidget.h"
#include "shell/MainWindow.h"

#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

namespace cp::client::test {

inline QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

class DisputeClientDesk
{
  protected:
    /// Starts the server and creates clerk 王丽, officer 陈刚 and approver 周华.
    bool startServer()
    {
        if (!m_dir.isValid())
            return false;
        m_server = std::make_unique<cp::test::TestServer>(
            QStringList{QStringLiteral("clerk"), QStringLiteral("officer"), QStringLiteral("approver")});
        if (!m_server->isRunning())
            return false;
        const QList<std::tuple<QString, QString, QString>> people{
            {QStringLiteral("clerk"), QStringLiteral("王丽"), QStringLiteral("clerk")},
            {QStringLiteral("officer"), QStringLiteral("陈刚"), QStringLiteral("officer")},
            {QStringLiteral("approver"), QStringLiteral("周华"), QStringLiteral("approver")}};
        for (const auto& [login, name, role] : people) {
            auto spec = account(login, name, {role}, cp::test::kPassword);
            spec.regionCode = QStringLiteral("360200");
            m_server->createAccount(spec);
        }
        return true;
    }

    void stop()
    {
        m_app.reset();
        flushDeferredDeletes();
    }

    void logIn(const QString& login)
    {
        stop();
        m_app = std::make_unique<AppController>(settingsFor(*m_server, login), UiLanguage::Chinese);
        m_app->start();
        QVERIFY(submitLogin(m_app->loginDialog(), m_server->pki().p12Password, cp::test::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow() != nullptr, kReplyTimeout);
        m_app->mainWindow()->show();
    }

    DisputesWidget* page() const
    {
        return m_app && m_app->mainWindow() ? m_app->mainWindow()->findChild<DisputesWidget*>() : nullptr;
    }

    /// The disputes page showing the case, or nullptr if it did not load.
    DisputeCaseView* openCase(qint64 caseId)
    {
        m_app->mainWindow()->showModule(cp::Module::Disputes);
        page()->showCase(caseId);
        DisputeCaseView* view = page()->caseView();
        if (!QTest::qWaitFor(
                [&] { return view->dispute() && view->dispute()->id == caseId && !view->isBusy(); },
                kReplyTimeout))
            return nullptr;
        return view;
    }

    /// The document dialog opened under owner after there were `before` of them.
    DisputeDocumentDialog* waitForDocument(QWidget* owner, int before)
    {
        QList<DisputeDocumentDialog*> found;
        (void)QTest::qWaitFor(
            [&] {
                found = owner->findChildren<DisputeDocumentDialog*>();
                return found.size() > before;
            },
            kReplyTimeout);
        return found.size() > before ? found.last() : nullptr;
    }

    /// Saves the document as PDF (as the save dialog does) and returns its text.
    QString savedText(DisputeDocumentDialog* dialog, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const auto error = dialog->saveDocumentPdf(path);
        if (error)
            return QStringLiteral("error: ") + *error;
        return pdfText(path);
    }

    /// A scan file in the temporary directory.
    QString scan(const QString& name, const QByteArray& bytes = cp::test::pdfBytes())
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    /// The server as another workstation of that user sees it.
    cp::test::HttpsProbe probe(const QString& login)
    {
        cp::test::HttpsProbe p(m_server->baseUrl(), m_server->pki().caCert(), m_server->pki().userP12(login),
                               m_server->pki().p12Password);
        p.login(cp::test::kPassword);
        return p;
    }

    QJsonObject caseJson(qint64 id)
    {
        return probe(QStringLiteral("clerk")).get(QStringLiteral("/api/v1/disputes/%1").arg(id)).json;
    }

    /// A case on the record driven by other workstations to "result_submitted"
    /// (verified today, the record upheld); 0 if a step failed.
    qint64 caseAwaitingApproval(const QString& idNumber, const QString& name, qint64 recordId)
    {
        const auto accepted = probe(QStringLiteral("clerk"))
                                  .post(QStringLiteral("/api/v1/disputes"),
                                        cp::test::disputeBy(idNumber, name, {recordId}).toJson());
        const qint64 id = cp::test::caseOf(accepted).value(QStringLiteral("id")).toInteger();
        auto officer = probe(QStringLiteral("officer"));
        const QString path = QStringLiteral("/api/v1/disputes/%1/").arg(id);
        const QJsonObject verification{
            {QStringLiteral("department"), QStringLiteral("景德镇市市场监督管理局")},
            {QStringLiteral("note"), QStringLiteral("已核实")},
            {QStringLiteral("date"), cp::protocol::toWireDate(cp::test::chinaToday(*m_server))}};
        cp::protocol::DisputeResultInput result;
        result.text = QStringLiteral("经核查，信息无误。");
        result.outcomes = {{recordId, QStringLiteral("upheld"), {}, {}}};
        if (accepted.status != 201 ||
            officer.post(path + QStringLiteral("verification"), verification).status != 200 ||
            officer.post(path + QStringLiteral("result"), result.toJson()).status != 200)
            return 0;
        return id;
    }

    /// Approves the submitted result (approver) and records its delivery (clerk).
    bool approveAndDeliver(qint64 id, const QString& receivedBy)
    {
        const QString path = QStringLiteral("/api/v1/disputes/%1/").arg(id);
        return probe(QStringLiteral("approver"))
                       .post(path + QStringLiteral("approval"),
                             {{QStringLiteral("note"), QStringLiteral("同意")}})
                       .status == 200 &&
               probe(QStringLiteral("clerk"))
                       .post(path + QStringLiteral("delivery"), {{QStringLiteral("receivedBy"), receivedBy}})
                       .status == 200;
    }

    static void click(QPushButton* b) { QTest::mouseClick(b, Qt::LeftButton); }

    std::unique_ptr<cp::test::TestServer> m_server;
    std::unique_ptr<AppController> m_app;
    QTemporaryDir m_dir;
};

} // namespace cp::client::test
