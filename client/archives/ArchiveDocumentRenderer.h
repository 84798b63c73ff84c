// 档案借阅登记单 and 档案销毁清册 on paper (seed 004 §29, §30): the numbered,
// signed documents the server issued at check-out and at destruction, laid out
// on A4 with QPainter — title, number, the registered facts (one line each), the
// items table (header repeated on each page), signature lines, and the
// verification block with QR code. Fonts, QR code and the PDF text repair are
// ReportRenderer's, so archive documents read and verify like credit reports;
// the same drawing goes to a printer (preview) and to a PDF.
#pragma once

#include "WalkInProtocol.h"

#include <QCoreApplication>
#include <optional>

class QPagedPaintDevice;

namespace cp::client {

class ArchiveDocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveDocumentRenderer)
  public:
    explicit ArchiveDocumentRenderer(cp::protocol::Report document) : m_doc(std::move(document)) {}

    /// "档案借阅登记单" or "档案销毁清册": the first part of the document's purpose line.
    QString title() const;
    bool isDestructionList() const;
    /// The facts after the title, one per line ("借阅单号 JY…", "借阅人 …", …).
    QStringList facts() const;

    /// Draws all pages on device (A4 portrait); returns the number of pages, 0 on failure.
    int render(QPagedPaintDevice& device) const;
    /// Writes an A4 PDF; returns the error to show, if any.
    std::optional<QString> writePdf(const QString& path) const;

  private:
    cp::protocol::Report m_doc;
};

} // namespace cp::client
