#include "archives/ArchiveTerms.h"

#include "archives/ArchiveDocumentRenderer.h"
#include "common/CommonTerms.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableWidget>

namespace cp::client {

QString ArchiveTerms::itemStatus(const QString& c)
{
    if (c == QLatin1String("unfiled"))
        return tr("Not yet filed");
    if (c == QLatin1String("filed"))
        return tr("Filed");
    if (c == QLatin1String("destroyed"))
        return tr("Destroyed");
    return c;
}

QString ArchiveTerms::sourceKind(const QString& c)
{
    if (c == QLatin1String("walkin"))
        return tr("Walk-in query application");
    if (c == QLatin1String("dispute"))
        return tr("Dispute application");
    if (c == QLatin1String("destruction"))
        return tr("Destruction list");
    return c;
}

QString ArchiveTerms::loanState(const QString& c)
{
    if (c == QLatin1String("requested"))
        return tr("Awaiting approval");
    if (c == QLatin1String("approved"))
        return tr("Approved, not yet checked out");
    if (c == QLatin1String("rejected"))
        return tr("Not approved");
    if (c == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (c == QLatin1String("checked_out"))
        return tr("Checked out");
    if (c == QLatin1String("returned"))
        return tr("Returned");
    return c;
}

QString ArchiveTerms::mode(const QString& c)
{
    return c == QLatin1String("take_out") ? tr("Taken out") : tr("Read on site");
}

QString ArchiveTerms::condition(const QString& c)
{
    if (c == QLatin1String("intact"))
        return tr("Intact");
    if (c == QLatin1String("damaged"))
        return tr("Damaged");
    if (c == QLatin1String("incomplete"))
        return tr("Pages missing");
    return c;
}

QString ArchiveTerms::destructionState(const QString& c)
{
    if (c == QLatin1String("proposed"))
        return tr("Awaiting count and check");
    if (c == QLatin1String("checked"))
        return tr("Checked, awaiting approval");
    if (c == QLatin1String("approved"))
        return tr("Approved, awaiting destruction");
    if (c == QLatin1String("rejected"))
        return tr("Not approved");
    if (c == QLatin1String("destroyed"))
        return tr("Destroyed");
    return c;
}

QString ArchiveTerms::action(const QString& c)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("created"), QT_TR_NOOP("Received from the window")},
        {QStringLiteral("filed"), QT_TR_NOOP("Filed")},
        {QStringLiteral("material_viewed"), QT_TR_NOOP("Scan viewed")},
        {QStringLiteral("loan_requested"), QT_TR_NOOP("Loan registered")},
        {QStringLiteral("loan_approved"), QT_TR_NOOP("Loan approved")},
        {QStringLiteral("loan_rejected"), QT_TR_NOOP("Loan not approved")},
        {QStringLiteral("loan_cancelled"), QT_TR_NOOP("Loan cancelled")},
        {QStringLiteral("checked_out"), QT_TR_NOOP("Checked out")},
        {QStringLiteral("renewed"), QT_TR_NOOP("Renewed")},
        {QStringLiteral("returned"), QT_TR_NOOP("Returned")},
        {QStringLiteral("destruction_proposed"), QT_TR_NOOP("Listed for destruction")},
        {QStringLiteral("destruction_checked"), QT_TR_NOOP("Counted and checked")},
        {QStringLiteral("destruction_approved"), QT_TR_NOOP("Destruction approved")},
        {QStringLiteral("destruction_rejected"), QT_TR_NOOP("Destruction not approved")},
        {QStringLiteral("destroyed"), QT_TR_NOOP("Destroyed")},
    };
    const auto it = names.constFind(c);
    return it == names.cend() ? c : tr(it.value());
}

QString ArchiveTerms::location(const cp::protocol::ArchiveLocation& l)
{
    if (l.room.isEmpty())
        return {};
    return tr("Room %1 · cabinet %2 · shelf %3").arg(l.room, l.cabinet, l.shelf);
}

QString ArchiveTerms::retention(const cp::protocol::ArchiveItem& i)
{
    if (i.permanent)
        return tr("Permanent");
    if (!i.retentionUntil.isValid())
        return {};
    return i.retentionExpired ? tr("%1 (expired)").arg(CommonTerms::date(i.retentionUntil))
                              : CommonTerms::date(i.retentionUntil);
}

QString ArchiveTerms::reminderText(const cp::protocol::ArchiveReminders& r)
{
    QStringList parts;
    if (!r.overdue.isEmpty()) {
        QStringList loans;
        for (const auto& l : r.overdue)
            loans << tr("%1 (%2, %n day(s) overdue)", nullptr, l.overdueDays).arg(l.number, l.borrowerName);
        parts << tr("Overdue archive loans: %1. Please return them or ask for a renewal.")
                     .arg(loans.join(tr(", ")));
    }
    if (r.pendingLoanApprovals > 0)
        parts << tr("%n archive loan(s) await your approval.", nullptr, r.pendingLoanApprovals);
    if (r.pendingDestructionApprovals > 0)
        parts << tr("%n destruction list(s) await your approval.", nullptr, r.pendingDestructionApprovals);
    return parts.join(QLatin1Char(' '));
}

void fillArchiveTable(QTableWidget* t, const QStringList& headers, const QList<QStringList>& rows,
                      const QList<bool>& highlight)
{
    static const QColor kRow(0xfd, 0xec, 0xea);
    static const QColor kInk(0x8c, 0x1d, 0x18);
    t->clearContents();
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (r < highlight.size() && highlight[r]) {
                item->setBackground(kRow);
                item->setForeground(kInk);
            }
            t->setItem(r, c, item);
        }
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
}

void showArchiveMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString shownArchiveMessage(const QLabel* label)
{
    return label->isHidden() ? QString() : label->text();
}

void previewArchiveDocument(const cp::protocol::Report& document, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
                     [document](QPrinter* p) { ArchiveDocumentRenderer(document).render(*p); });
    preview.exec();
}

std::optional<QString> saveArchiveDocumentPdf(const cp::protocol::Report& document, QWidget* parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, ArchiveTerms::tr("Save as PDF"),
                                                      document.number + QStringLiteral(".pdf"),
                                                      ArchiveTerms::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return std::nullopt;
    return ArchiveDocumentRenderer(document).writePdf(path);
}

} // namespace cp::client
