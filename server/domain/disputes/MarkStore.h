// The SQL of "申请人存疑" marks and their revocations (seed 003 附件2.六–七),
// including the mark columns on credit_records that every reader shows.
#pragma once

#include "DisputeProtocol.h"

#include "domain/Sql.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

/// A mark as stored; `mark.state` is the stored state ("expired" is derived by the caller).
struct MarkRow
{
    protocol::ApplicantMark mark;
    qint64 subjectId = 0;
};

struct NewMark
{
    QString number;
    qint64 caseId = 0;
    qint64 recordId = 0;
    QString reason;
    protocol::DisputeApplicant applicant;
    qint64 acceptedBy = 0;
    QDateTime acceptedAt;
    QDate dueDate;
};

class MarkStore
{
  public:
    explicit MarkStore(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<MarkRow> find(qint64 markId);
    QList<MarkRow> ofCase(qint64 caseId);
    /// filter: "open" (a step is due: accepted or revocation_accepted), "active" (set,
    /// in force on `today`), "all".
    QList<MarkRow> list(const QString& filter, const QDate& today);
    /// The number of a mark on the record that is pending or in force on `today`.
    std::optional<QString> liveMarkFor(qint64 recordId, const QDate& today);

    qint64 insert(const NewMark& m);
    void setReceipt(qint64 markId, const QString& number);
    /// Sets the mark and writes it onto the record (reason, until).
    void recordSet(qint64 markId, qint64 by, const QDateTime& at, const QDate& until);
    void recordRevocationAccepted(qint64 markId, const QString& reason, const QString& applicantName,
                                  qint64 by, const QDateTime& at, const QDate& due);
    void setRevocationReceipt(qint64 markId, const QString& number);
    /// Revokes the mark and clears it from the record.
    void recordRevoked(qint64 markId, qint64 by, const QDateTime& at);

  private:
    /// dispute_marks m: the columns readMark() reads, with the case, record and account names.
    static const sql::Columns& columns();
    static MarkRow readMark(const sql::Rows& q);
    /// Marks selected with columns(); whereAndOrder is SQL text (a literal), values its binds.
    QList<MarkRow> select(const QString& whereAndOrder, std::initializer_list<QVariant> values = {});
    void transition(qint64 markId, const QString& from, const QString& to);

    QSqlDatabase m_db;
};

} // namespace cp::server
