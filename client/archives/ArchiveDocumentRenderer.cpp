#include "archives/ArchiveDocumentRenderer.h"

#include "common/CommonTerms.h"
#include "documents/PdfTextRepair.h"
#include "documents/ReportRenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <array>

namespace cp::client {

using cp::protocol::Report;

namespace {

const QMarginsF kMarginsMm(18, 16, 18, 14);
const QColor kInk(0x1d, 0x27, 0x33);
const QColor kRule(0x8a, 0x94, 0xa3);
const QColor kShade(0xf0, 0xf3, 0xf7);
const QColor kMuted(0x5b, 0x66, 0x73);
// No., item, number, volume and place, filed, kept until.
const std::array<double, 6> kShares{0.05, 0.31, 0.17, 0.21, 0.13, 0.13};
const QChar kSeparator(0xFF5C); // "｜" between the parts of the purpose line

class Page
{
  public:
    Page(const ArchiveDocumentRenderer& doc, const Report& r, QPagedPaintDevice& device, QPainter* painter,
         int total)
        : m_doc(doc), m_r(r), m_device(device), m_p(painter), m_total(total), m_dpi(device.logicalDpiY()),
          m_w(device.width()), m_h(device.height())
    {
        m_bottom = m_h - pt(24);
        double x = 0;
        for (double s : kShares) {
            m_cols.push_back(x);
            x += s * m_w;
        }
        m_cols.push_back(m_w);
    }

    int run()
    {
        heading();
        facts();
        table();
        signatures();
        verification();
        footer();
        return m_page;
    }

  private:
    double pt(double p) const { return p * m_dpi / 72.0; }
    QFont font(bool serif, double size, bool bold) const
    {
        QFont f;
        f.setFamilies(serif ? ReportRenderer::serifFamilies() : ReportRenderer::sansFamilies());
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }
    double heightOf(const QFont& f, double width, const QString& s) const
    {
        return QFontMetricsF(f, &m_device)
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, s)
            .height();
    }
    void text(const QRectF& r, const QFont& f, const QString& s, int flags = Qt::AlignLeft | Qt::TextWordWrap,
              const QColor& c = kInk)
    {
        if (!m_p)
            return;
        m_p->setFont(f);
        m_p->setPen(c);
        m_p->drawText(r, flags, s);
    }
    void rule(double y, double width = 0.5)
    {
        if (m_p) {
            m_p->setPen(QPen(kRule, pt(width)));
            m_p->drawLine(QPointF(0, y), QPointF(m_w, y));
        }
    }
    void ensure(double h)
    {
        if (m_y + h <= m_bottom)
            return;
        footer();
        if (m_p)
            m_device.newPage();
        ++m_page;
        m_y = 0;
        if (m_inTable)
            tableHeader();
    }

    void heading()
    {
        const QFont small = font(false, 9, false);
        text(QRectF(0, 0, m_w, pt(12)), small, ArchiveDocumentRenderer::tr("No. %1").arg(m_r.number),
             Qt::AlignRight);
        m_y = pt(16);
        const QFont big = font(true, 20, true);
        const double th = heightOf(big, m_w, m_doc.title());
        text(QRectF(0, m_y, m_w, th), big, m_doc.title(), Qt::AlignHCenter | Qt::TextWordWrap);
        m_y += th + pt(6);
        rule(m_y, 1.6);
        m_y += pt(12);
    }

    void facts()
    {
        const QFont f = font(false, 10, false);
        QStringList lines = m_doc.facts();
        lines << ArchiveDocumentRenderer::tr("Issued %1 by %2 at %3")
                     .arg(CommonTerms::dateTime(m_r.issuedAt), m_r.clerkName,
                          m_r.workstation.isEmpty() ? QStringLiteral("—") : m_r.workstation);
        for (const QString& l : lines) {
            const double h = heightOf(f, m_w, l);
            ensure(h);
            text(QRectF(0, m_y, m_w, h), f, l);
            m_y += h + pt(3);
        }
        m_y += pt(8);
    }

    double width(int c) const { return m_cols[c + 1] - m_cols[c]; }
    QStringList cells(int i) const
    {
        const auto& rec = m_r.records[i];
        const QString volume = rec.content.section(kSeparator, 0, 1).replace(kSeparator, QLatin1Char(' '));
        return {QString::number(i + 1),
                rec.title,
                rec.documentNumber,
                volume,
                CommonTerms::date(rec.decisionDate),
                rec.validUntil.isValid() ? CommonTerms::date(rec.validUntil)
                                         : ArchiveDocumentRenderer::tr("—")};
    }
    void row(const QStringList& values, const QFont& f, bool shaded)
    {
        const double pad = pt(3);
        double h = 0;
        for (int c = 0; c < values.size(); ++c)
            h = std::max(h, heightOf(f, width(c) - 2 * pad, values[c]));
        h += 2 * pad;
        ensure(h);
        if (m_p) {
            if (shaded)
                m_p->fillRect(QRectF(0, m_y, m_w, h), kShade);
            m_p->setPen(QPen(kRule, pt(0.5)));
            m_p->drawRect(QRectF(0, m_y, m_w, h));
            for (int c = 1; c < values.size(); ++c)
                m_p->drawLine(QPointF(m_cols[c], m_y), QPointF(m_cols[c], m_y + h));
        }
        for (int c = 0; c < values.size(); ++c)
            text(QRectF(m_cols[c] + pad, m_y + pad, width(c) - 2 * pad, h - 2 * pad), f, values[c]);
        m_y += h;
    }
    void tableHeader()
    {
        row({ArchiveDocumentRenderer::tr("No."), ArchiveDocumentRenderer::tr("Item"),
             ArchiveDocumentRenderer::tr("Number"), ArchiveDocumentRenderer::tr("Volume and place"),
             ArchiveDocumentRenderer::tr("Filed"), ArchiveDocumentRenderer::tr("Kept until")},
            font(false, 9, true), true);
    }
    void table()
    {
        const QFont f = font(true, 11, true);
        ensure(pt(40));
        text(QRectF(0, m_y, m_w, pt(16)), f,
             ArchiveDocumentRenderer::tr("Items (%1)").arg(m_r.records.size()));
        m_y += pt(18);
        m_inTable = true;
        tableHeader();
        for (int i = 0; i < m_r.records.size(); ++i)
            row(cells(i), font(false, 9, false), false);
        m_inTable = false;
        m_y += pt(16);
    }

    void signatures()
    {
        const QStringList lines =
            m_doc.isDestructionList()
                ? QStringList{ArchiveDocumentRenderer::tr("Counted and checked by (signature):"),
                              ArchiveDocumentRenderer::tr("Destroyed by (signatures):"),
                              ArchiveDocumentRenderer::tr("Approved by (signature):")}
                : QStringList{ArchiveDocumentRenderer::tr("Borrower (signature):"),
                              ArchiveDocumentRenderer::tr("Archivist (signature):"),
                              ArchiveDocumentRenderer::tr("Returned on:")};
        const QFont f = font(false, 10, false);
        ensure(pt(30) * lines.size());
        for (const QString& l : lines) {
            text(QRectF(0, m_y, m_w, pt(14)), f, l + QStringLiteral("  ____________________"));
            m_y += pt(26);
        }
    }

    void verification()
    {
        const double qr = pt(72);
        ensure(qr + pt(10));
        const QImage image = ReportRenderer::qrImage(ReportRenderer::qrPayload(m_r), 4);
        if (m_p && !image.isNull())
            m_p->drawImage(QRectF(m_w - qr, m_y, qr, qr), image);
        const QFont f = font(false, 9.5, false);
        const double tw = m_w - qr - pt(12);
        text(QRectF(0, m_y, tw, pt(14)), font(false, 10, true), ArchiveDocumentRenderer::tr("Verification"));
        text(QRectF(0, m_y + pt(16), tw, pt(14)), f,
             ArchiveDocumentRenderer::tr("Document no.: %1").arg(m_r.number));
        text(QRectF(0, m_y + pt(30), tw, pt(14)), f,
             ArchiveDocumentRenderer::tr("Verification code: %1").arg(m_r.verificationCode));
        text(QRectF(0, m_y + pt(44), tw, pt(28)), f,
             ArchiveDocumentRenderer::tr(
                 "This document can be verified at the credit centre with its number and "
                 "verification code."),
             Qt::AlignLeft | Qt::TextWordWrap, kMuted);
        m_y += qr + pt(10);
    }

    void footer()
    {
        const QFont f = font(false, 8, false);
        rule(m_bottom + pt(6));
        text(QRectF(0, m_bottom + pt(10), m_w, pt(12)), f,
             ArchiveDocumentRenderer::tr("%1    Verification code %2").arg(m_r.number, m_r.verificationCode),
             Qt::AlignLeft, kMuted);
        text(QRectF(0, m_bottom + pt(10), m_w, pt(12)), f,
             ArchiveDocumentRenderer::tr("Page %1 of %2").arg(m_page).arg(std::max(m_total, m_page)),
             Qt::AlignRight, kMuted);
    }

    const ArchiveDocumentRenderer& m_doc;
    const Report& m_r;
    QPagedPaintDevice& m_device;
    QPainter* m_p;
    int m_total;
    double m_dpi, m_w, m_h, m_bottom = 0, m_y = 0;
    int m_page = 1;
    bool m_inTable = false;
    std::vector<double> m_cols;
};

} // namespace

QString ArchiveDocumentRenderer::title() const
{
    return m_doc.purpose.section(kSeparator, 0, 0);
}

bool ArchiveDocumentRenderer::isDestructionList() const
{
    return title().contains(QStringLiteral("销毁"));
}

QStringList ArchiveDocumentRenderer::facts() const
{
    return m_doc.purpose.section(kSeparator, 1).split(kSeparator, Qt::SkipEmptyParts);
}

int ArchiveDocumentRenderer::render(QPagedPaintDevice& device) const
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    const int pages = Page(*this, m_doc, device, nullptr, 0).run(); // first pass counts the pages
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const int drawn = Page(*this, m_doc, device, &painter, pages).run();
    painter.end();
    return drawn;
}

std::optional<QString> ArchiveDocumentRenderer::writePdf(const QString& path) const
{
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(tr("%1 %2").arg(title(), m_doc.number));
        writer.setCreator(QCoreApplication::applicationName());
        pages = render(writer);
    }
    if (pages == 0)
        return tr("The document could not be written to %1. Check that the folder exists and is writable.")
            .arg(QFileInfo(path).absoluteFilePath());
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return tr("The document was written to %1 but cannot be read back: %2").arg(path, in.errorString());
    QByteArray pdf = in.readAll();
    in.close();
    if (repairCjkToUnicode(pdf, ReportRenderer::sansFamilies() + ReportRenderer::serifFamilies()) > 0) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
            return tr("The document could not be saved to %1: %2").arg(path, out.errorString());
    }
    return std::nullopt;
}

} // namespace cp::client
