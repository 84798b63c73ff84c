// The admin console's vocabulary as administrators read it (statuses, times,
// role lists) and the table helpers the admin pages share.
#pragma once

#include "AdminProtocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QTableWidget;
class QLabel;

namespace cp::client {

struct ApiResult;

class AdminTerms
{
    Q_DECLARE_TR_FUNCTIONS(AdminTerms)
  public:
    static QString accountStatus(const QString& code);     // active | disabled | deregistered
    static QString certificateStatus(const QString& code); // active | revoked
    static QString dateTime(const QDateTime& t);           // local time, "—" when unset
    static QString date(const QDateTime& t);
    static QString roles(const QStringList& codes); // "窗口受理员、审批领导" or "(none)"

    /// Sets up a read-only table with these headers.
    static void prepareTable(QTableWidget* table, const QStringList& headers, int stretchColumn);
    /// Appends one row; the id goes to Qt::UserRole of every cell.
    static void addRow(QTableWidget* table, qint64 id, const QStringList& cells);
    /// The id in Qt::UserRole of the current row, 0 if none.
    static qint64 currentId(const QTableWidget* table);

    /// Shows the server's (or the client's) message in the label, or hides it.
    static void showError(QLabel* label, const ApiResult& result);
    static void showText(QLabel* label, const QString& text);
};

} // namespace cp::client
