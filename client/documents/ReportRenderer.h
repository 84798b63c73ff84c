// 公共信用信息查询报告 on paper: the issued report laid out on A4 pages with
// QPainter — title, report number, issue time, window and clerk, subject,
// applicant, purpose, classes, the records table (repeating its header on each
// page), "申请人存疑" marks, notes, and a verification block with QR code and
// code (SPEC §3). The same drawing goes to a QPrinter (preview, printing) and
// to a PDF (QPdfWriter), so paper and file are identical. The dispute
// documents (受理回执, 结果报告, …) are the same numbered verifiable reports
// with their own title, headings and notes (DocumentKind). An optional
// watermark (e.g. the viewer and time of a department export) is drawn
// diagonally and light across every page.
#pragma once

#include "WalkInProtocol.h"

#include <QCoreApplication>
#include <QImage>
#include <optional>

class QPagedPaintDevice;

namespace cp::client {

/// What the issued document is; decides its title, headings and notes.
enum class DocumentKind {
    QueryReport,       // 公共信用信息查询报告 (also the free reprint after a correction)
    DisputeReceipt,    // 异议申请受理回执
    DisputeResult,     // 异议处理结果报告
    MarkReceipt,       // 异议标注申请受理回执
    RevocationReceipt, // 撤销异议标注申请受理回执
    DepartmentExport, // 公共信用信息查询结果（部门查询）: a department user's export, internal use
};

class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
  public:
    explicit ReportRenderer(cp::protocol::Report report, DocumentKind kind = DocumentKind::QueryReport)
        : m_report(std::move(report)), m_kind(kind)
    {
    }

    /// The document's printed title ("Public Credit Information Report", "Dispute Acceptance Receipt", …).
    static QString title(DocumentKind kind);
    /// The notes printed on a dispute document (empty for the query report).
    static QStringList disputeNotes(DocumentKind kind);
    /// The notes printed on a department export: its classes, purpose and internal use.
    static QStringList departmentNotes(const cp::protocol::Report& report);

    /// Text drawn diagonally, light, on every page; empty (the default) draws none.
    void setWatermark(const QString& text) { m_watermark = text; }
    const QString& watermark() const { return m_watermark; }

    /// Sets A4 portrait and the report's margins on device and draws all pages.
    /// Returns the number of pages, 0 if the device could not be painted on.
    int render(QPagedPaintDevice& device) const;
    /// Writes an A4 PDF. Returns the error to show, if any.
    std::optional<QString> writePdf(const QString& path) const;

    /// What the QR code carries: "<report number>|<verification code>".
    static QString qrPayload(const cp::protocol::Report& report);
    /// The QR code of text, scale pixels per module, with the 4-module quiet
    /// zone; a null image if the text cannot be encoded.
    static QImage qrImage(const QString& text, int scale = 4);
    /// Font families of the report: body (sans) and title (serif), CJK first.
    static QStringList sansFamilies();
    static QStringList serifFamilies();

  private:
    cp::protocol::Report m_report;
    DocumentKind m_kind;
    QString m_watermark;
};

} // namespace cp::client
