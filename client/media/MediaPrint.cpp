#include "media/MediaPrint.h"

#include "documents/PdfTextRepair.h"
#include "documents/ReportRenderer.h"
#include "media/MediaTerms.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace cp::client {

namespace {

QString e(const QString& s)
{
    return s.toHtmlEscaped();
}

QString head(const QString& title, const QString& subtitle)
{
    return QStringLiteral("<h2 align=\"center\">%1</h2><p align=\"center\">%2</p>")
        .arg(e(title), e(subtitle));
}

QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QString out =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString& h : headers)
        out += QStringLiteral("<th>%1</th>").arg(e(h));
    out += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString& cell : row)
            out += QStringLiteral("<td>%1</td>").arg(e(cell));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString footer(const QString& printedBy, const QDateTime& printedAt)
{
    return QStringLiteral("<p>%1</p>")
        .arg(e(MediaPrint::tr("Printed by %1 at %2. Signatures are recorded in the system's chain of custody "
                              "and audit log.")
                   .arg(printedBy, CommonTerms::dateTime(printedAt))));
}

QString names(const cp::protocol::MediumEvent& ev)
{
    QStringList out;
    for (const auto* p : {&ev.holder, &ev.secondPerson, &ev.verifier, &ev.witness1, &ev.witness2})
        if (p->isSet())
            out << p->name;
    return out.join(MediaPrint::tr(", "));
}

} // namespace

QString MediaPrint::registerHtml(const QList<cp::protocol::Medium>& media, const QString& filter,
                                 const QString& printedBy, const QDateTime& printedAt)
{
    QList<QStringList> rows;
    for (const auto& m : media)
        rows << QStringList{m.serial,
                            MediaTerms::type(m.type),
                            m.capacity,
                            m.levelName,
                            MediaTerms::state(m.state),
                            MediaTerms::whereNow(m),
                            MediaTerms::whoHasIt(m)};
    return head(tr("Storage Media Register"), filter) +
           table({tr("Serial no."), tr("Type"), tr("Capacity"), tr("Level"), tr("State"), tr("Where now"),
                  tr("Who has it")},
                 rows) +
           QStringLiteral("<p>%1</p>").arg(e(tr("%n medium/media.", nullptr, int(media.size())))) +
           footer(printedBy, printedAt);
}

QString MediaPrint::chainHtml(const cp::protocol::MediumDetail& d, const QString& printedBy,
                              const QDateTime& printedAt)
{
    const auto& m = d.medium;
    QList<QStringList> rows;
    for (const auto& ev : d.events) {
        QStringList detail;
        for (const QString& part : {ev.method.isEmpty() ? QString() : MediaTerms::method(ev.method), ev.tool,
                                    ev.place, ev.relatedSerial, ev.detail})
            if (!part.isEmpty())
                detail << part;
        rows << QStringList{
            CommonTerms::dateTime(ev.at), MediaTerms::kind(ev.kind),   MediaTerms::state(ev.stateAfter),
            ev.operatorPerson.name,       ev.counterSigner.name,       names(ev),
            detail.join(tr("; ")),        QString::number(ev.auditSeq)};
    }
    const QString subtitle = tr("%1 · %2 · %3 · level %4 · custodian %5 · %6")
                                 .arg(m.serial, MediaTerms::type(m.type), m.capacity, m.levelName,
                                      m.custodian.name, MediaTerms::whereNow(m));
    return head(tr("Chain of Custody of Storage Medium %1").arg(m.serial), subtitle) +
           table({tr("Time"), tr("Event"), tr("State after"), tr("Operator"), tr("Counter-signer"),
                  tr("People"), tr("Details"), tr("Audit no.")},
                 rows) +
           footer(printedBy, printedAt);
}

void MediaPrint::render(const QString& html, QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument doc;
    QFont font;
    font.setFamilies(ReportRenderer::sansFamilies());
    font.setPointSizeF(9);
    // As in ReportRenderer: unshaped glyphs keep their cmap entries, so digits stay extractable.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.print(&device);
}

std::optional<QString> MediaPrint::writePdf(const QString& html, const QString& title, const QString& path)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        render(html, writer);
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || in.size() == 0)
        return tr("The document could not be written to %1. Check that the folder exists and is writable.")
            .arg(QFileInfo(path).absoluteFilePath());
    QByteArray pdf = in.readAll();
    in.close();
    if (repairCjkToUnicode(pdf, ReportRenderer::sansFamilies()) > 0) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
            return tr("The document could not be saved to %1: %2").arg(path, out.errorString());
    }
    return std::nullopt;
}

} // namespace cp::client
