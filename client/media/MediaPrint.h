// 存储介质登记簿 and 介质流转记录 on paper: the register (as filtered) and one
// medium's chain of custody as A4 documents, printed or saved as PDF with the
// report fonts (ReportRenderer) so Chinese text stays searchable in the file.
#pragma once

#include "MediaProtocol.h"

#include <QCoreApplication>
#include <optional>

class QPagedPaintDevice;

namespace cp::client {

class MediaPrint
{
    Q_DECLARE_TR_FUNCTIONS(MediaPrint)
  public:
    /// filter: what the list shows, in words ("状态：在库 …"); printedBy: the operator's name.
    static QString registerHtml(const QList<cp::protocol::Medium>& media, const QString& filter,
                                const QString& printedBy, const QDateTime& printedAt);
    static QString chainHtml(const cp::protocol::MediumDetail& detail, const QString& printedBy,
                             const QDateTime& printedAt);

    /// Lays the document out on A4 pages of device (printer or PDF writer).
    static void render(const QString& html, QPagedPaintDevice& device);
    /// Writes an A4 PDF. Returns the error to show, if any.
    static std::optional<QString> writePdf(const QString& html, const QString& title, const QString& path);
};

} // namespace cp::client
