// The department-query vocabulary as staff read it: search modes, B-class
// authorization statuses, how a subject and an authorization read on one line,
// and the watermark of an exported report. Unknown codes are shown as they are.
#pragma once

#include "DepartmentProtocol.h"
#include "Validators.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QTableWidget;

namespace cp::client {

class DepartmentTerms
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentTerms)
  public:
    /// pending | approved | rejected | expired.
    static QString authorizationStatus(const QString& code);
    /// "昌江区（360202）", or the code alone.
    static QString region(const cp::protocol::SubjectSummary& s);
    /// "2026年12月1日 – 2026年12月31日".
    static QString period(const QDate& from, const QDate& until);
    /// Text drawn diagonally on every page of an export (seed 000 §16: who viewed it, when).
    static QString watermark(const QString& viewerName, const QDateTime& at);

    /// The search mode a query text implies when the user leaves it on "automatic":
    /// letters and digits only → an identity number (id), anything else → name prefix.
    static QString detectMode(const QString& text);
    /// For mode id: which kind of number the text is meant to be (citizen ID when
    /// 17 digits lead, else a credit code), and what is wrong with it (empty when fine).
    static cp::IdKind idKindOf(const QString& normalised);
    static QString idProblem(const QString& normalised);

    /// Columns of an authorization table: no., subject, requester, purpose, legal basis,
    /// period, status, decision. Row data (Qt::UserRole) is the request id.
    static void fillAuthorizationTable(QTableWidget* table, const QList<cp::protocol::BAuthorization>& list);
};

} // namespace cp::client
