#include "documents/ReportRenderer.h"

#include "common/CommonTerms.h"
#include "documents/PdfTextRepair.h"
#include "documents/QrCode.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>
#include <memory>

namespace cp::client {

using cp::protocol::Report;
using cp::protocol::ReportRecord;

namespace {

const QMarginsF kMarginsMm(18, 16, 18, 14);
const QColor kInk(0x1d, 0x27, 0x33);
const QColor kRule(0x8a, 0x94, 0xa3);
const QColor kShade(0xf0, 0xf3, 0xf7);
const QColor kMarkShade(0xfd, 0xf3, 0xd8);
const QColor kMarkInk(0x8c, 0x1d, 0x18);
const QColor kHeading(0x17, 0x45, 0x7d);
const QColor kMuted(0x5b, 0x66, 0x73);
// Width shares of the records table: no., category, record, department, document no., date, class.
const std::array<double, 7> kColumnShares{0.06, 0.10, 0.34, 0.15, 0.18, 0.115, 0.055};

/// One pass over the report: measures (painter null) or draws. Positions are
/// device pixels inside the page margins; sizes are given in points.
class Composer
{
  public:
    Composer(const Report& report, DocumentKind kind, const QString& watermark, QPagedPaintDevice& device,
             QPainter* painter, int totalPages)
        : m_r(report), m_kind(kind), m_watermark(watermark), m_device(device), m_p(painter),
          m_total(totalPages), m_dpi(device.logicalDpiY()), m_w(device.width()), m_h(device.height())
    {
        m_footerTop = m_h - pt(22);
        double x = 0;
        for (double share : kColumnShares) {
            m_cols.push_back(x);
            x += share * m_w;
        }
        m_cols.push_back(m_w);
    }

    int run()
    {
        startPage(true);
        title();
        infoGrid();
        recordsTable();
        marks();
        notes();
        verification();
        footer();
        return m_page;
    }

  private:
    bool isQueryReport() const { return m_kind == DocumentKind::QueryReport; }
    bool isDepartmentExport() const { return m_kind == DocumentKind::DepartmentExport; }
    /// A report of records (walk-in or department) rather than a dispute document.
    bool isReport() const { return isQueryReport() || isDepartmentExport(); }
    QString numberLabel() const
    {
        return isReport() ? ReportRenderer::tr("Report no.: %1") : ReportRenderer::tr("Document no.: %1");
    }
    QString numberLine() const
    {
        return isReport() ? ReportRenderer::tr("Report no. %1") : ReportRenderer::tr("Document no. %1");
    }

    double pt(double points) const { return points * m_dpi / 72.0; }

    QFont font(const QStringList& families, double size, bool bold) const
    {
        QFont f;
        f.setFamilies(families);
        f.setPointSizeF(size);
        f.setBold(bold);
        // Unshaped glyphs keep their cmap entries, so digits and Latin text
        // are extractable from the PDF (CJK fonts substitute proportional digits).
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }
    QFont sans(double size, bool bold = false) const
    {
        return font(ReportRenderer::sansFamilies(), size, bold);
    }
    QFont serif(double size, bool bold = false) const
    {
        return font(ReportRenderer::serifFamilies(), size, bold);
    }

    double heightOf(const QFont& f, double width, const QString& s, int flags = Qt::TextWordWrap) const
    {
        if (s.isEmpty())
            return 0;
        return QFontMetricsF(f, &m_device).boundingRect(QRectF(0, 0, width, 1e7), flags, s).height();
    }

    /// Word wrap (CJK breaks between characters), or anywhere when one word is wider than the cell.
    int wrapFlags(const QFont& f, double width, const QString& s) const
    {
        const QRectF r =
            QFontMetricsF(f, &m_device).boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, s);
        return r.width() <= width + 0.5 ? Qt::TextWordWrap : Qt::TextWrapAnywhere;
    }

    void text(const QRectF& r, const QFont& f, const QString& s, int flags = Qt::TextWordWrap,
              const QColor& c = kInk)
    {
        if (!m_p || s.isEmpty())
            return;
        m_p->setFont(f);
        m_p->setPen(c);
        m_p->drawText(r, flags, s);
    }

    void line(double x1, double y, double x2, double width, const QColor& c = kRule)
    {
        if (!m_p)
            return;
        m_p->setPen(QPen(c, pt(width)));
        m_p->drawLine(QPointF(x1, y), QPointF(x2, y));
    }

    void cell(const QRectF& r, const QColor& fill = QColor())
    {
        if (!m_p)
            return;
        if (fill.isValid())
            m_p->fillRect(r, fill);
        m_p->setPen(QPen(kRule, pt(0.6)));
        m_p->setBrush(Qt::NoBrush);
        m_p->drawRect(r);
    }

    /// Starts a new page when h does not fit on this one.
    void ensureSpace(double h)
    {
        if (m_y + h <= m_footerTop - pt(6))
            return;
        footer();
        if (m_p)
            m_device.newPage();
        ++m_page;
        startPage(false);
        if (m_inTable)
            tableHeader();
    }

    void startPage(bool first)
    {
        m_y = 0;
        if (first)
            return;
        const QFont f = sans(8);
        const double h = heightOf(f, m_w, QStringLiteral("Hg"));
        text(QRectF(0, 0, m_w, h), f,
             isQueryReport() ? ReportRenderer::tr("Public Credit Information Report (continued)")
                             : ReportRenderer::tr("%1 (continued)").arg(ReportRenderer::title(m_kind)),
             Qt::AlignLeft, kMuted);
        text(QRectF(0, 0, m_w, h), f, numberLine().arg(m_r.number), Qt::AlignRight, kMuted);
        line(0, h + pt(3), m_w, 0.5);
        m_y = h + pt(10);
    }

    /// The watermark three times down the page, rotated, over the content (light enough to read through).
    void watermark()
    {
        if (!m_p || m_watermark.isEmpty())
            return;
        m_p->save();
        const QFont f = sans(22, true);
        m_p->setFont(f);
        m_p->setPen(QColor(0x8a, 0x94, 0xa3, 90));
        const double diagonal = std::hypot(m_w, m_h);
        for (int i = 0; i < 3; ++i) {
            m_p->save();
            m_p->translate(m_w / 2, m_h * (i + 1) / 4.0);
            m_p->rotate(-30);
            m_p->drawText(QRectF(-diagonal / 2, -pt(20), diagonal, pt(40)), Qt::AlignCenter, m_watermark);
            m_p->restore();
        }
        m_p->restore();
    }

    void footer()
    {
        watermark();
        const QFont f = sans(8);
        const double h = heightOf(f, m_w, QStringLiteral("Hg"));
        const double y = m_footerTop + pt(6);
        line(0, m_footerTop, m_w, 0.5);
        text(QRectF(0, y, m_w, h), f,
             (isReport() ? ReportRenderer::tr("Report no. %1    Verification code %2")
                         : ReportRenderer::tr("Document no. %1    Verification code %2"))
                 .arg(m_r.number, m_r.verificationCode),
             Qt::AlignLeft, kMuted);
        text(QRectF(0, y, m_w, h), f,
             ReportRenderer::tr("Page %1 of %2").arg(m_page).arg(std::max(m_total, m_page)), Qt::AlignRight,
             kMuted);
    }

    void title()
    {
        const QFont small = sans(9);
        const double sh = heightOf(small, m_w, QStringLiteral("Hg"));
        text(QRectF(0, 0, m_w, sh), small, numberLabel().arg(m_r.number), Qt::AlignRight);
        m_y = sh + pt(6);
        const QFont big = serif(21, true);
        const QString heading = ReportRenderer::title(m_kind);
        const double th = heightOf(big, m_w, heading, Qt::AlignHCenter | Qt::TextWordWrap);
        text(QRectF(0, m_y, m_w, th), big, heading, Qt::AlignHCenter | Qt::TextWordWrap);
        m_y += th + pt(6);
        line(0, m_y, m_w, 1.6, kInk);
        line(0, m_y + pt(2.5), m_w, 0.5, kInk);
        m_y += pt(12);
    }

    void infoGrid()
    {
        const Report& r = m_r;
        const bool legal = r.subject.kind == QLatin1String("legal");
        QList<std::pair<QString, QString>> pairs{
            {isReport() ? ReportRenderer::tr("Report number") : ReportRenderer::tr("Document number"),
             r.number},
            {ReportRenderer::tr("Issued at"), CommonTerms::dateTime(r.issuedAt)},
            {ReportRenderer::tr("Subject"), r.subject.name},
            {ReportRenderer::tr("Subject type"), CommonTerms::subjectKind(r.subject.kind)},
            {legal ? ReportRenderer::tr("Unified social credit code")
                   : ReportRenderer::tr("Citizen ID number"),
             r.subject.idNumber},
            {ReportRenderer::tr("Region"),
             r.subject.regionName.isEmpty() ? r.subject.regionCode : r.subject.regionName}};
        if (legal && !r.subject.legalRepresentative.isEmpty())
            pairs.append({ReportRenderer::tr("Legal representative"), r.subject.legalRepresentative});
        pairs.append(
            {isDepartmentExport() ? ReportRenderer::tr("Querying unit") : ReportRenderer::tr("Applicant"),
             r.applicantName});
        if (isReport())
            pairs.append({ReportRenderer::tr("Purpose"), r.purpose});
        else // "受理回执｜案件编号 …｜…": one particular a line
            pairs.append({ReportRenderer::tr("Particulars"), r.purpose.split(u'｜').join(u'\n')});
        pairs.append({ReportRenderer::tr("Information classes"), CommonTerms::openClasses(r.classes)});
        if (isDepartmentExport())
            pairs.append({ReportRenderer::tr("Viewer"), r.clerkName});
        else
            pairs.append({ReportRenderer::tr("Window / clerk"),
                          ReportRenderer::tr("%1 / %2").arg(
                              r.workstation.isEmpty() ? QStringLiteral("—") : r.workstation, r.clerkName)});

        const QFont labelFont = sans(9, true);
        const QFont valueFont = sans(9.5);
        const double pad = pt(4);
        const double labelW = 0.18 * m_w, valueW = 0.32 * m_w;
        for (qsizetype i = 0; i < pairs.size(); i += 2) {
            const bool single = i + 1 >= pairs.size();
            const double firstValueW = single ? m_w - labelW : valueW;
            double h = std::max(heightOf(labelFont, labelW - 2 * pad, pairs[i].first),
                                heightOf(valueFont, firstValueW - 2 * pad, pairs[i].second));
            if (!single)
                h = std::max({h, heightOf(labelFont, labelW - 2 * pad, pairs[i + 1].first),
                              heightOf(valueFont, valueW - 2 * pad, pairs[i + 1].second)});
            h += 2 * pad;
            ensureSpace(h);
            auto pairCell = [&](double x, double valueWidth, const std::pair<QString, QString>& p) {
                cell(QRectF(x, m_y, labelW, h), kShade);
                cell(QRectF(x + labelW, m_y, valueWidth, h));
                text(QRectF(x + pad, m_y + pad, labelW - 2 * pad, h - 2 * pad), labelFont, p.first,
                     Qt::AlignVCenter | Qt::TextWordWrap, kMuted);
                text(QRectF(x + labelW + pad, m_y + pad, valueWidth - 2 * pad, h - 2 * pad), valueFont,
                     p.second, Qt::AlignVCenter | Qt::TextWordWrap);
            };
            pairCell(0, firstValueW, pairs[i]);
            if (!single)
                pairCell(labelW + valueW, valueW, pairs[i + 1]);
            m_y += h;
        }
        m_y += pt(12);
    }

    QString nextSectionNumber()
    {
        static const char* const numbers[] = {
            QT_TRANSLATE_NOOP("ReportRenderer", "I"), QT_TRANSLATE_NOOP("ReportRenderer", "II"),
            QT_TRANSLATE_NOOP("ReportRenderer", "III"), QT_TRANSLATE_NOOP("ReportRenderer", "IV")};
        const int i = std::min(m_section++, 3);
        return ReportRenderer::tr(numbers[i]);
    }

    void heading(const QString& title)
    {
        const QFont f = sans(11.5, true);
        const QString s = ReportRenderer::tr("%1. %2").arg(nextSectionNumber(), title);
        const double h = heightOf(f, m_w, s);
        ensureSpace(h + pt(40)); // never a heading alone at the foot of a page
        text(QRectF(0, m_y, m_w, h), f, s, Qt::AlignLeft, kHeading);
        m_y += h + pt(6);
    }

    void paragraph(const QString& s, const QFont& f, double indent = 0, const QColor& c = kInk)
    {
        const double h = heightOf(f, m_w - indent, s);
        ensureSpace(h);
        text(QRectF(indent, m_y, m_w - indent, h), f, s, Qt::TextWordWrap, c);
        m_y += h + pt(3);
    }

    void tableHeader()
    {
        const QFont f = sans(9, true);
        const QStringList titles{ReportRenderer::tr("No."),          ReportRenderer::tr("Category"),
                                 ReportRenderer::tr("Record"),       ReportRenderer::tr("Provided by"),
                                 ReportRenderer::tr("Document no."), ReportRenderer::tr("Decision date"),
                                 ReportRenderer::tr("Class")};
        const double pad = pt(3.5);
        double h = 0;
        for (int c = 0; c < titles.size(); ++c)
            h = std::max(h, heightOf(f, m_cols[c + 1] - m_cols[c] - 2 * pad, titles[c]));
        h += 2 * pad;
        for (int c = 0; c < titles.size(); ++c) {
            const QRectF r(m_cols[c], m_y, m_cols[c + 1] - m_cols[c], h);
            cell(r, kShade);
            text(r.adjusted(pad, pad, -pad, -pad), f, titles[c], Qt::AlignCenter | Qt::TextWordWrap);
        }
        m_y += h;
    }

    void recordRow(int index)
    {
        const ReportRecord& rec = m_r.records[index];
        const QFont body = sans(9);
        const QFont bold = sans(9, true);
        const double pad = pt(3.5);
        auto width = [&](int c) { return m_cols[c + 1] - m_cols[c] - 2 * pad; };

        const QString category =
            rec.categoryName.isEmpty() ? CommonTerms::category(rec.categoryCode) : rec.categoryName;
        QString content = rec.content;
        if (rec.validUntil.isValid())
            content += QLatin1Char('\n') +
                       ReportRenderer::tr("Valid until %1").arg(CommonTerms::date(rec.validUntil));
        const bool marked = !rec.applicantMarkReason.isEmpty();
        const QString mark =
            marked ? ReportRenderer::tr("[Applicant disputes] %1").arg(rec.applicantMarkReason) : QString();
        // Numeric dates keep the narrow column on one line.
        const QStringList plain{QString::number(index + 1),
                                category,
                                QString(),
                                rec.providerDepartment,
                                rec.documentNumber,
                                rec.decisionDate.toString(Qt::ISODate),
                                rec.openClass};

        const double titleH = heightOf(bold, width(2), rec.title);
        const double contentH = heightOf(body, width(2), content);
        const double markH = heightOf(bold, width(2), mark);
        double h = titleH + (contentH > 0 ? pt(2) + contentH : 0) + (markH > 0 ? pt(2) + markH : 0);
        std::array<int, 7> wrap{};
        for (int c = 0; c < plain.size(); ++c) {
            if (c == 2)
                continue;
            wrap[c] = wrapFlags(body, width(c), plain[c]);
            h = std::max(h, heightOf(body, width(c), plain[c], wrap[c]));
        }
        h += 2 * pad;
        ensureSpace(h);

        for (int c = 0; c < plain.size(); ++c) {
            const QRectF r(m_cols[c], m_y, m_cols[c + 1] - m_cols[c], h);
            cell(r, marked ? kMarkShade : QColor());
            if (c != 2) {
                const bool centred = c == 0 || c == 5 || c == 6;
                text(r.adjusted(pad, pad, -pad, -pad), body, plain[c],
                     (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignTop | wrap[c]);
            }
        }
        double y = m_y + pad;
        const double x = m_cols[2] + pad;
        text(QRectF(x, y, width(2), titleH), bold, rec.title);
        y += titleH + pt(2);
        text(QRectF(x, y, width(2), contentH), body, content);
        y += contentH + pt(2);
        text(QRectF(x, y, width(2), markH), bold, mark, Qt::TextWordWrap, kMarkInk);
        m_y += h;
    }

    void recordsTable()
    {
        heading(isReport() ? ReportRenderer::tr("Credit records (%1)").arg(m_r.records.size())
                           : ReportRenderer::tr("Records concerned (%1)").arg(m_r.records.size()));
        if (m_r.records.isEmpty()) {
            paragraph(ReportRenderer::tr("No public credit information on this subject was found within the "
                                         "classes of this query."),
                      sans(10));
            m_y += pt(10);
            return;
        }
        m_inTable = true;
        ensureSpace(pt(60));
        tableHeader();
        for (int i = 0; i < m_r.records.size(); ++i)
            recordRow(i);
        m_inTable = false;
        m_y += pt(12);
    }

    void marks()
    {
        QStringList lines;
        for (int i = 0; i < m_r.records.size(); ++i) {
            const ReportRecord& rec = m_r.records[i];
            if (rec.applicantMarkReason.isEmpty())
                continue;
            QString s = ReportRenderer::tr("Record %1 “%2”: marked “applicant disputes”, reason: %3")
                            .arg(i + 1)
                            .arg(rec.title, rec.applicantMarkReason);
            if (rec.applicantMarkUntil.isValid())
                s += ReportRenderer::tr(" (mark kept until %1)")
                         .arg(CommonTerms::date(rec.applicantMarkUntil));
            lines.append(s);
        }
        if (lines.isEmpty())
            return;
        heading(ReportRenderer::tr("Dispute marks"));
        paragraph(
            ReportRenderer::tr("The applicant disputes the following records. They remain valid; users of "
                               "this report should read them together with the stated reason."),
            sans(9.5));
        for (const QString& s : std::as_const(lines))
            paragraph(s, sans(9.5), pt(12), kMarkInk);
        m_y += pt(10);
    }

    void notes()
    {
        heading(ReportRenderer::tr("Notes"));
        const QFont f = sans(9.5);
        const QStringList notes = isQueryReport()        ? queryNotes()
                                  : isDepartmentExport() ? ReportRenderer::departmentNotes(m_r)
                                                         : ReportRenderer::disputeNotes(m_kind);
        for (int i = 0; i < notes.size(); ++i)
            paragraph(ReportRenderer::tr("%1. %2").arg(i + 1).arg(notes[i]), f, pt(6));
        m_y += pt(8);
    }

    QStringList queryNotes() const
    {
        const QStringList notes{
            ReportRenderer::tr(
                "The information in this report comes from the public credit information platform "
                "as collected from the providing departments up to the time of issue."),
            ReportRenderer::tr(
                "Information classes on this report: %1. Class C (internal government use) is not "
                "provided to the public.")
                .arg(CommonTerms::openClasses(m_r.classes)),
            ReportRenderer::tr("Records under dispute processing are suspended and not listed."),
            ReportRenderer::tr(
                "This report is issued free of charge for the purpose “%1” only; please keep it "
                "safe and do not use it for other purposes.")
                .arg(m_r.purpose)};
        return notes;
    }

    void verification()
    {
        const double qrSide = pt(66);
        const double pad = pt(7);
        const double textX = qrSide + 2 * pad;
        const double textW = m_w - textX - pad;
        const QFont titleFont = sans(11, true);
        const QFont body = sans(9.5);
        const QFont code = sans(12, true);
        const QList<std::pair<QFont, QString>> lines{
            {titleFont, isReport() ? ReportRenderer::tr("Report verification")
                                   : ReportRenderer::tr("Document verification")},
            {body, numberLabel().arg(m_r.number)},
            {code, ReportRenderer::tr("Verification code: %1").arg(m_r.verificationCode)},
            {body,
             isReport()
                 ? ReportRenderer::tr("This report can be verified at the credit centre with its report "
                                      "number and verification code; the QR code carries both.")
                 : ReportRenderer::tr("This document can be verified at the credit centre with its "
                                      "number and verification code; the QR code carries both.")}};
        double textH = 0;
        for (const auto& [f, s] : lines)
            textH += heightOf(f, textW, s) + pt(3);
        const QFont sign = sans(10);
        const double signH = heightOf(sign, m_w, QStringLiteral("Hg"));
        const double boxH = std::max(qrSide, textH) + 2 * pad;
        ensureSpace(boxH + pt(12) + signH); // the block stays in one piece

        cell(QRectF(0, m_y, m_w, boxH));
        drawQr(QRectF(pad, m_y + (boxH - qrSide) / 2, qrSide, qrSide));
        double y = m_y + (boxH - textH) / 2;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto& [f, s] = lines[i];
            const double h = heightOf(f, textW, s);
            text(QRectF(textX, y, textW, h), f, s, Qt::TextWordWrap, i == 0 ? kHeading : kInk);
            y += h + pt(3);
        }
        m_y += boxH + pt(12);
        text(QRectF(0, m_y, m_w, signH), sign, ReportRenderer::tr("Issuing unit (seal):"), Qt::AlignLeft);
        text(QRectF(0, m_y, m_w, signH), sign,
             (isQueryReport()        ? ReportRenderer::tr("Clerk: %1    Issued at: %2")
              : isDepartmentExport() ? ReportRenderer::tr("Viewer: %1    Issued at: %2")
                                     : ReportRenderer::tr("Issued by: %1    Issued at: %2"))
                 .arg(m_r.clerkName, CommonTerms::dateTime(m_r.issuedAt)),
             Qt::AlignRight);
        m_y += signH;
    }

    void drawQr(const QRectF& r)
    {
        if (!m_p)
            return;
        const QrCode qr = QrCode::encode(ReportRenderer::qrPayload(m_r));
        if (qr.isNull())
            return;
        m_p->fillRect(r, Qt::white);
        m_p->fillPath(qr.path(r), Qt::black);
    }

    const Report& m_r;
    DocumentKind m_kind;
    const QString& m_watermark;
    QPagedPaintDevice& m_device;
    QPainter* m_p;
    int m_total;
    double m_dpi;
    double m_w;
    double m_h;
    double m_footerTop = 0;
    double m_y = 0;
    int m_page = 1;
    int m_section = 0;
    bool m_inTable = false;
    std::vector<double> m_cols;
};

} // namespace

QStringList ReportRenderer::sansFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei")};
}

QStringList ReportRenderer::serifFamilies()
{
    return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
            QStringLiteral("SimSun"), QStringLiteral("Noto Sans CJK SC")};
}

QString ReportRenderer::qrPayload(const Report& report)
{
    return report.number + QLatin1Char('|') + report.verificationCode;
}

QImage ReportRenderer::qrImage(const QString& text, int scale)
{
    return QrCode::encode(text).toImage(scale);
}

int ReportRenderer::render(QPagedPaintDevice& device) const
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    // First pass counts the pages ("page x of y"), the second draws.
    const int pages = Composer(m_report, m_kind, m_watermark, device, nullptr, 0).run();
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const int drawn = Composer(m_report, m_kind, m_watermark, device, &painter, pages).run();
    painter.end();
    return drawn;
}

std::optional<QString> ReportRenderer::writePdf(const QString& path) const
{
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(m_kind == DocumentKind::QueryReport
                            ? tr("Public Credit Information Report %1").arg(m_report.number)
                            : tr("%1 %2").arg(title(m_kind), m_report.number));
        writer.setCreator(QCoreApplication::applicationName());
        pages = render(writer);
    } // the writer closes the file here
    if (pages == 0)
        return tr("The report could not be written to %1. Check that the folder exists and is writable.")
            .arg(QFileInfo(path).absoluteFilePath());

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return tr("The report was written to %1 but cannot be read back: %2").arg(path, in.errorString());
    QByteArray pdf = in.readAll();
    in.close();
    if (repairCjkToUnicode(pdf, sansFamilies() + serifFamilies()) > 0) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
            return tr("The report could not be saved to %1: %2").arg(path, out.errorString());
    }
    return std::nullopt;
}

} // namespace cp::client
