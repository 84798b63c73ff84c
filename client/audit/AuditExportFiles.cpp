#include "audit/AuditExportFiles.h"

#include "Protocol.h"
#include "documents/PdfTextRepair.h"
#include "documents/ReportRenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace cp::client {
namespace {

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

QString beijing(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

/// The rows of the signed CSV, parsed back (RFC 4180, every field quoted).
QList<QStringList> csvRows(const QString& csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

} // namespace

QString AuditExportFiles::sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

std::optional<AuditExportPaths> AuditExportFiles::write(const cp::protocol::AuditExport& e,
                                                        const QString& dir, QString* error)
{
    const QDir d(dir);
    AuditExportPaths p{d.filePath(e.number + QStringLiteral(".csv")),
                       d.filePath(e.number + QStringLiteral(".csv.sig")),
                       d.filePath(e.number + QStringLiteral(".pdf"))};
    const auto fail = [error](const QString& path) {
        if (error)
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    };
    if (!writeBytes(p.csv, e.csv.toUtf8()))
        return fail(p.csv);
    if (!writeBytes(p.sig, e.signatureFile().toUtf8()))
        return fail(p.sig);
    if (!writePdf(e, p.pdf))
        return fail(p.pdf);
    return p;
}

std::optional<AuditSignatureFile> AuditExportFiles::readSignature(const QString& sigPath)
{
    QFile f(sigPath);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
        return std::nullopt;
    AuditSignatureFile s;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon < 0)
            continue;
        const QString key = line.left(colon);
        const QString value = line.mid(colon + 2).trimmed();
        if (key == QLatin1String("number"))
            s.number = value;
        else if (key == QLatin1String("sha256"))
            s.sha256 = value;
        else if (key == QLatin1String("hmac-sha256"))
            s.signature = value;
    }
    if (s.number.isEmpty() || s.sha256.size() != 64 || s.signature.size() != 64)
        return std::nullopt;
    return s;
}

bool AuditExportFiles::writePdf(const cp::protocol::AuditExport& e, const QString& path)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Audit log report").toHtmlEscaped());
    const QList<std::pair<QString, QString>> facts{
        {tr("Report number"), e.number},
        {tr("Period"), tr("%1 to %2").arg(beijing(e.filter.from), beijing(e.filter.to))},
        {tr("Filters"),
         [&] {
             QStringList f;
             if (!e.filter.account.isEmpty())
                 f << tr("account %1").arg(e.filter.account);
             if (!e.filter.action.isEmpty())
                 f << tr("action %1").arg(e.filter.action);
             if (!e.filter.subject.isEmpty())
                 f << tr("subject %1").arg(e.filter.subject);
             if (!e.filter.outcome.isEmpty())
                 f << tr("outcome %1").arg(e.filter.outcome);
             return f.isEmpty() ? tr("none") : f.join(QStringLiteral("; "));
         }()},
        {tr("Entries"), tr("%1 (sequence %2 to %3)").arg(e.entries).arg(e.firstSeq).arg(e.lastSeq)},
        {tr("Whole chain verified at export"), e.chainOk ? tr("yes") : tr("NO - the chain is broken")},
        {tr("Exported"), tr("%1 by %2").arg(beijing(e.exportedAt), e.exportedBy)},
        {tr("SHA-256 of the CSV file"), e.sha256},
        {tr("Signature (HMAC-SHA256)"), e.signature},
    };
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto& [name, value] : facts)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("The CSV file is the authoritative copy. Check it with the signature file in the "
                        "audit console.")
                         .toHtmlEscaped());
    const QList<QStringList> rows = csvRows(e.csv);
    // Columns: seq, at, account_id, login, cert_serial, workstation, action, target, outcome, detail, …
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr>");
    for (const QString& h :
         {tr("Seq"), tr("Time"), tr("Account"), tr("Workstation"), tr("Action"), tr("Target"), tr("Outcome")})
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (qsizetype i = 1; i < rows.size() && i <= kPdfRowLimit; ++i) {
        const QStringList& r = rows[i];
        if (r.size() < 9)
            continue;
        html += QStringLiteral("<tr>");
        for (const QString& cell :
             {r[0], beijing(cp::protocol::fromWireTime(r[1])), r[3], r[5], r[6], r[7], r[8]})
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (rows.size() - 1 > kPdfRowLimit)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Only the first %1 entries are printed; the CSV file holds all %2.")
                             .arg(kPdfRowLimit)
                             .arg(e.entries)
                             .toHtmlEscaped());

    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        pdf.setTitle(tr("Audit log report %1").arg(e.number));
        pdf.setCreator(QStringLiteral("credit-client"));
        QTextDocument doc;
        // The CJK fonts of the printed reports; unshaped glyphs keep digits and Latin text extractable.
        QFont font;
        font.setFamilies(ReportRenderer::sansFamilies());
        font.setPointSize(8);
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setHtml(html);
        doc.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
        doc.print(&pdf);
    }
    // Text copied or searched from the PDF reads as written (see PdfTextRepair.h).
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readAll();
    in.close();
    if (repairCjkToUnicode(bytes, ReportRenderer::sansFamilies()) > 0 && !writeBytes(path, bytes))
        return false;
    return QFile::exists(path);
}

} // namespace cp::client
