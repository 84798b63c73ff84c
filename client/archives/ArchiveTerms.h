// The archive room's words as the staff read them (zh_CN through tr()): item
// status, loan state, mode, condition, destruction state, history actions.
#pragma once

#include "ArchiveProtocol.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QString>

class QLabel;
class QTableWidget;
class QWidget;

namespace cp::client {

class ArchiveTerms
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveTerms)
  public:
    static QString itemStatus(const QString& code); // unfiled | filed | destroyed
    static QString sourceKind(const QString& code); // walkin | dispute | destruction
    static QString loanState(const QString& code);  // requested | approved | … | returned
    static QString mode(const QString& code);       // on_site | take_out
    static QString condition(const QString& code);  // intact | damaged | incomplete
    static QString
    destructionState(const QString& code);      // proposed | checked | approved | rejected | destroyed
    static QString action(const QString& code); // created | filed | loan_requested | …
    static QString location(const cp::protocol::ArchiveLocation& l);
    static QString retention(const cp::protocol::ArchiveItem& item);
    /// "Overdue loans: JY… (3 days) …" for the banners and the status bar; empty when none.
    static QString reminderText(const cp::protocol::ArchiveReminders& r);
};

/// Fills a read-only table; rows with highlight[i] set stand out (overdue, today's items).
void fillArchiveTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows,
                      const QList<bool>& highlight = {});
/// Shows text in a label, hidden when empty.
void showArchiveMessage(QLabel* label, const QString& text);

/// What a message label says as the user sees it: empty while it is hidden.
QString shownArchiveMessage(const QLabel* label);

/// Opens a form window-modally (never blocking the event loop) and runs onAccept when the
/// user confirms it; the form deletes itself when closed.
template <class Dialog, class OnAccept> void openArchiveDialog(Dialog* dialog, OnAccept onAccept)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, onAccept);
    dialog->open();
}

/// Print preview of a loan slip or destruction list (ArchiveDocumentRenderer).
void previewArchiveDocument(const cp::protocol::Report& document, QWidget* parent);
/// Asks for a file name and writes the document as PDF; returns the error to show, if any.
std::optional<QString> saveArchiveDocumentPdf(const cp::protocol::Report& document, QWidget* parent);

/// Wires a page's print and PDF buttons: each fetches the page's current document again
/// (reload), and when the page then reports stepDone(true) with lastDocument() set,
/// previews it or saves it as PDF (a failed save is shown in errorLabel).
template <class Page, class Reload>
void connectArchiveDocumentButtons(Page* page, QPushButton* printButton, QPushButton* pdfButton,
                                   QLabel* errorLabel, Reload reload)
{
    auto afterReload = [page, reload](auto use) {
        QObject::connect(
            page, &Page::stepDone, page,
            [page, use](bool ok) {
                if (const auto document = page->lastDocument(); ok && document)
                    use(*document);
            },
            Qt::SingleShotConnection);
        reload();
    };
    QObject::connect(printButton, &QPushButton::clicked, page, [page, afterReload] {
        afterReload([page](const cp::protocol::Report& d) { previewArchiveDocument(d, page); });
    });
    QObject::connect(pdfButton, &QPushButton::clicked, page, [page, errorLabel, afterReload] {
        afterReload([page, errorLabel](const cp::protocol::Report& d) {
            if (const auto error = saveArchiveDocumentPdf(d, page))
                showArchiveMessage(errorLabel, *error);
        });
    });
}

} // namespace cp::client
