// The printed walk-in report (SPEC §3): Chinese text survives into the PDF
// (pdftotext finds it), long reports flow over several A4 pages with the
// table header repeated, printer and PDF get the same layout, and the QR code
// carries number and verification code; a department export carries its
// viewer watermark on every page.
#include "ClientTestSupport.h"
#include "documents/ReportRenderer.h"

#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cp::client;
using namespace cp::client::test;
using cp::protocol::Report;
using cp::protocol::ReportRecord;

namespace {

Report sampleReport(int records)
{
    Report r;
    r.number = QStringLiteral("CR2026112500017");
    r.issuedAt = QDateTime(QDate(2026, 11, 25), QTime(2, 30), Qt::UTC);
    r.workstation = QStringLiteral("3号窗口");
    r.clerkName = QStringLiteral("王丽");
    r.subject.kind = QStringLiteral("legal");
    r.subject.idNumber = QStringLiteral("91350100M000100Y43");
    r.subject.name = QStringLiteral("景德镇市青花瓷业有限公司");
    r.subject.legalRepresentative = QStringLiteral("张三");
    r.subject.regionCode = QStringLiteral("360202");
    r.subject.regionName = QStringLiteral("江西省景德镇市昌江区");
    r.applicantName = QStringLiteral("王芳");
    r.purpose = QStringLiteral("办理银行贷款");
    r.classes = {QStringLiteral("A"), QStringLiteral("B")};
    r.verificationCode = QStringLiteral("7K3M-Q9PX-2HDA-WE5R");
    for (int i = 0; i < records; ++i) {
        ReportRecord rec;
        rec.id = i + 1;
        rec.categoryCode = i % 2 ? QStringLiteral("admin_penalty") : QStringLiteral("admin_license");
        rec.categoryName = i % 2 ? QStringLiteral("行政处罚") : QStringLiteral("行政许可");
        rec.title = QStringLiteral("第%1号记录：食品经营许可证延续").arg(i + 1);
        rec.content = QStringLiteral("许可内容：预包装食品（含冷藏冷冻食品）销售，散装食品销售；经营场所：景"
                                     "德镇市昌江区瓷都大道%1号。")
                          .arg(i + 1);
        rec.providerDepartment = QStringLiteral("景德镇市市场监督管理局");
        rec.documentNumber = QStringLiteral("景市监许〔2025〕%1号").arg(100 + i);
        rec.decisionDate = QDate(2025, 3, 1).addDays(i);
        rec.openClass = i % 3 ? QStringLiteral("A") : QStringLiteral("B");
        if (i == 1) {
            rec.applicantMarkReason = QStringLiteral("申请人认为处罚已履行完毕");
            rec.applicantMarkUntil = QDate(2026, 12, 25);
        }
        r.records.append(rec);
    }
    return r;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReportRenderer : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase();
    void pdfCarriesTheChineseTextAndNumbers();
    void sixtyRecordsFlowOverSeveralPages();
    void printerGetsTheSameLayoutAsThePdf();
    void qrCodeCarriesNumberAndCode();
    void emptyReportSaysSo();
    void unwritablePathIsReported();
    void watermarkIsOnEveryPageAndOnlyWhenSet();
    void disputeDocumentsCarryTheirOwnTitleAndNotes();

  private:
    QTemporaryDir m_dir;
};

void TestReportRenderer::initTestCase()
{
    initClientTestApplication(QStringLiteral("test_report_renderer"));
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("CP_KEEP_TEST_OUTPUT")) { // to look at the PDFs
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestReportRenderer::pdfCarriesTheChineseTextAndNumbers()
{
    const QString path = m_dir.filePath(QStringLiteral("short.pdf"));
    // Two records, a mark and the verification block fit on one page.
    const auto error = ReportRenderer(sampleReport(2)).writePdf(path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const QString text = pdfText(path);
    // Ideographs that share a glyph with a radical (用, 青, 月, 日) come out as written.
    for (const QString& expected :
         {QStringLiteral("公共信用信息查询报告"), QStringLiteral("景德镇市青花瓷业有限公司"),
          QStringLiteral("CR2026112500017"), QStringLiteral("91350100M000100Y43"),
          QStringLiteral("7K3M-Q9PX-2HDA-WE5R"), QStringLiteral("申请人存疑"),
          QStringLiteral("申请人认为处罚已履行完毕"), QStringLiteral("办理银行贷款"),
          QStringLiteral("3号窗口"), QStringLiteral("王丽"), QStringLiteral("2025-03-01"),
          QStringLiteral("2026年12月25日"), QStringLiteral("第 1 页 / 共 1 页")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    QVERIFY2(!text.contains(QChar(0x2F64)), "a Kangxi radical leaked into the text");
    QVERIFY(text.contains(QStringLiteral("核验")));
    QCOMPARE(pdfPages(path), 1);
}

void TestReportRenderer::sixtyRecordsFlowOverSeveralPages()
{
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(!ReportRenderer(sampleReport(60)).writePdf(path));
    const int pages = pdfPages(path);
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("第1号记录")));
    QVERIFY(text.contains(QStringLiteral("第60号记录")));
    // Every page has the running footer and the table header again.
    QCOMPARE(text.count(QStringLiteral("共 %1 页").arg(pages)), pages);
    QVERIFY(text.count(QStringLiteral("提供单位")) >= pages - 1);
    QVERIFY(text.contains(QStringLiteral("公共信用信息查询报告（续）")));
}

void TestReportRenderer::printerGetsTheSameLayoutAsThePdf()
{
    const Report report = sampleReport(60);
    QPdfWriter writer(m_dir.filePath(QStringLiteral("writer.pdf")));
    writer.setResolution(300);
    const int writerPages = ReportRenderer(report).render(writer);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("printer.pdf")));
    printer.setResolution(300);
    const int printerPages = ReportRenderer(report).render(printer);
    QVERIFY(writerPages > 1);
    QCOMPARE(printerPages, writerPages);
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
}

void TestReportRenderer::qrCodeCarriesNumberAndCode()
{
    const Report report = sampleReport(1);
    QCOMPARE(ReportRenderer::qrPayload(report), QStringLiteral("CR2026112500017|7K3M-Q9PX-2HDA-WE5R"));
    const QImage qr = ReportRenderer::qrImage(ReportRenderer::qrPayload(report), 3);
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), qr.height());
    QCOMPARE(qr.width() % 3, 0);
    // Quiet zone white, finder pattern corner dark.
    QCOMPARE(qGray(qr.pixel(0, 0)), 255);
    QCOMPARE(qGray(qr.pixel(4 * 3, 4 * 3)), 0);
}

void TestReportRenderer::emptyReportSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    QVERIFY(!ReportRenderer(sampleReport(0)).writePdf(path));
    QVERIFY(pdfText(path).contains(QStringLiteral("未发现")));
}

void TestReportRenderer::unwritablePathIsReported()
{
    const auto error =
        ReportRenderer(sampleReport(1)).writePdf(QStringLiteral("/nonexistent-dir/report.pdf"));
    QVERIFY(error.has_value());
    QVERIFY(error->contains(QStringLiteral("nonexistent-dir")));
}

// Department exports (seed 000 §16): the viewer and time across every page of the export.
void TestReportRenderer::watermarkIsOnEveryPageAndOnlyWhenSet()
{
    const QString watermark = QStringLiteral("查看人：赵敏 · 2026年11月25日 10:30");
    const QString path = m_dir.filePath(QStringLiteral("watermarked.pdf"));
    ReportRenderer renderer(sampleReport(60));
    renderer.setWatermark(watermark);
    QVERIFY(!renderer.writePdf(path));
    const int pages = pdfPages(path);
    QVERIFY(pages > 1);
    for (int page = 1; page <= pages; ++page) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        // Rotated text comes out in content order, broken into lines at its spaces.
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.count(watermark) == 3, qPrintable(QStringLiteral("page %1: ").arg(page) + text));
    }
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY(!ReportRenderer(sampleReport(60)).writePdf(plain));
    QVERIFY(!pdfText(plain).contains(QStringLiteral("查看人")));
}

// SPEC §5: the dispute documents are numbered, verifiable reports with their own
// title, numbering and notes; the query report keeps its own wording.
void TestReportRenderer::disputeDocumentsCarryTheirOwnTitleAndNotes()
{
    Report receipt = sampleReport(2);
    receipt.purpose = QStringLiteral("异议申请受理回执｜案件编号 YY20261201-0001｜异议理由：已撤销");
    const QString path = m_dir.filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(!ReportRenderer(receipt, DocumentKind::DisputeReceipt).writePdf(path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("异议申请受理回执")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("文书编号")));
    QVERIFY(text.contains(QStringLiteral("YY20261201-0001")));
    QVERIFY(text.contains(QStringLiteral("30 日内办理完毕")));
    QVERIFY(text.contains(receipt.verificationCode));
    QVERIFY(!text.contains(QStringLiteral("公共信用信息查询报告")));
    QVERIFY(!text.contains(QStringLiteral("报告编号")));

    for (auto [kind, title] : {std::pair{DocumentKind::DisputeResult, "异议处理结果报告"},
                               std::pair{DocumentKind::MarkReceipt, "异议标注申请受理回执"},
                               std::pair{DocumentKind::RevocationReceipt, "撤销异议标注申请受理回执"},
                               std::pair{DocumentKind::QueryReport, "公共信用信息查询报告"}}) {
        QCOMPARE(ReportRenderer::title(kind), QString::fromUtf8(title));
        const QString file = m_dir.filePath(QStringLiteral("kind-%1.pdf").arg(int(kind)));
        QVERIFY(!ReportRenderer(sampleReport(1), kind).writePdf(file));
        QVERIFY2(pdfText(file).contains(QString::fromUtf8(title)), title);
    }
}

QTEST_MAIN(TestReportRenderer)
#include "test_report_renderer.moc"
