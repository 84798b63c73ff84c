// Attack review (issue 11) finding 14, the client half: the archive viewer opened a
// scan as a temporary file named after the upload ("archive-XXXXXX-run.desktop"), so
// the desktop picked the program by the uploader's extension. Against a real server,
// offscreen: a scan whose stored name predates the server's check (a launcher's name,
// a bidi override, a path) is opened from a file whose name and extension come from
// the checked content type only; the desktop's opener is caught, nothing is launched.
#include "../server/ArchiveFixture.h"
#include "ClientTestSupport.h"
#include "FileNames.h"
#include "archives/ArchiveHistoryDialog.h"
#include "archives/ArchivesApi.h"
#include "net/ApiClient.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>

using namespace cp::client;
using namespace cp::client::test;
using cp::test::ArchiveDesk;

namespace {

} // namespace

/// Stands in for the desktop's opener (xdg-open): records what it was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
  public:
    QList<QUrl> urls;
  public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

class TestClientScanNames : public QObject
{
    Q_OBJECT
    ArchiveDesk m_desk;
    UrlCatcher m_opener;

  private Q_SLOTS:
    void initTestCase()
    {
        initClientTestApplication(QStringLiteral("test_client_scan_names"));
        QVERIFY2(m_desk.start(), qPrintable(m_desk.server->errorString()));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_opener, "open");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void viewerOpensTheScanByItsCheckedTypeNotItsName()
    {
        const qint64 item = m_desk.filedItem();
        const QString planted =
            QStringLiteral("../../run") + QChar(0x202E) + QStringLiteral("fdp.desktop"); // an older upload
        cp::test::insert(
            *m_desk.server,
            QStringLiteral("UPDATE application_materials SET file_name = ? WHERE application_id = "
                           "(SELECT source_id FROM archive_items WHERE id = ?)"),
            {planted, item});

        ApiClient api;
        QCOMPARE(api.configure({QStringLiteral("127.0.0.1:%1").arg(m_desk.server->port()),
                                m_desk.server->pki().userP12(QStringLiteral("archivist")),
                                m_desk.server->pki().p12Password, m_desk.server->pki().caCert()}),
                 std::nullopt);
        bool loggedIn = false;
        api.login(m_desk.passwords.at(QStringLiteral("archivist")), {}, this,
                  [&](const ApiResult& r, const cp::protocol::SessionInfo&) { loggedIn = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, kReplyTimeout);
        ArchivesApi archives(api);
        std::optional<cp::protocol::ArchiveItem> loaded;
        archives.item(item, this, [&](const ApiResult& r, const cp::protocol::ArchiveItem& i) {
            if (r.ok())
                loaded = i;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), kReplyTimeout);
        QCOMPARE(loaded->materials.size(), 1);

        ArchiveHistoryDialog history(archives);
        history.showItem(*loaded);
        child<QTableWidget>(&history, "materialsTable")->selectRow(0);
        QSignalSpy scan(&history, &ArchiveHistoryDialog::scanLoaded);
        history.viewSelectedScan();
        QVERIFY(scan.wait(kReplyTimeout));
        QCOMPARE(history.errorText(), QString());

        QCOMPARE(m_opener.urls.size(), 1);
        const QFileInfo opened(m_opener.urls.first().toLocalFile());
        QCOMPARE(opened.absoluteFilePath(), QFileInfo(history.lastScanPath()).absoluteFilePath());
        QCOMPARE(opened.absolutePath(), QFileInfo(QDir::tempPath()).absoluteFilePath());
        QCOMPARE(opened.suffix(), QStringLiteral("pdf"));
        QVERIFY2(!opened.fileName().contains(QLatin1String("run")) &&
                     !opened.fileName().contains(QLatin1String("desktop")),
                 qPrintable(opened.fileName()));
        QVERIFY(!cp::checkFileName(opened.fileName()).has_value());
        QFile file(opened.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), cp::test::pdfBytes());
    }
};

QTEST_MAIN(TestClientScanNames)
#include "test_client_scan_names.moc"
