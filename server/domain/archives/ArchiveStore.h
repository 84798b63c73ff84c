// The SQL of archive items, volumes, loans, destruction registers and their
// history, in one place (STYLE.md). Callers hold the transaction; nothing here audits.
#pragma once

#include "ArchiveProtocol.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

/// An item as stored, with the source it files.
struct ItemRow
{
    protocol::ArchiveItem item;
    qint64 sourceId = 0;
};

struct LoanRow
{
    protocol::ArchiveLoan loan;
    qint64 requestedBy = 0;
};

struct DestructionRow
{
    protocol::Destruction destruction;
    qint64 proposedBy = 0;
    qint64 approverId = 0; // who approved or rejected; 0 before the decision
};

/// One line of archive_events.
struct NewEvent
{
    qint64 itemId = 0; // 0 = none
    qint64 loanId = 0;
    qint64 destructionId = 0;
    QString action;
    qint64 actorId = 0;
    qint64 personId = 0;
    QString detail;
};

class ArchiveStore
{
  public:
    explicit ArchiveStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// "<prefix>yyyyMMdd-NNNN", counted per day in `table` (archive_loans or archive_destructions).
    QString nextNumber(const QString& table, const QString& prefix, const QDate& day);

    // --- items ---------------------------------------------------------------------
    /// filter: unfiled | filed | destroyed | expired (filed, past retention, not on loan or listed) | all
    QList<protocol::ArchiveItem> items(const QString& filter, const QDate& today);
    std::optional<ItemRow> findItem(qint64 id, const QDate& today);
    ItemRow loadItem(qint64 id, const QDate& today); // NOT_FOUND naming the id
    QList<protocol::ArchiveMaterial> materials(const ItemRow& row);
    /// The stored bytes of one material of the item; nullopt if the item has no such material.
    std::optional<QByteArray> materialContent(const ItemRow& row, qint64 materialId,
                                              protocol::ArchiveMaterial* info);
    /// Writes NULL over every material's bytes (secure_delete zeroes the freed pages).
    int eraseMaterials(const ItemRow& row, const QDateTime& now);
    std::optional<int> retentionYears(const QString& sourceKind);
    QList<protocol::RetentionRule> retentionRules();
    /// years 0 = permanent (NULL).
    void setRetentionYears(const QString& sourceKind, int years);
    /// The kind of the issued document (reports) with this number, if there is one.
    std::optional<QString> documentKind(const QString& number);
    /// The volume with this number; created at the location if new. Conflict if it stands elsewhere.
    qint64 volume(const QString& number, const protocol::ArchiveLocation& at, qint64 actorId,
                  const QDateTime& now);
    void file(qint64 itemId, qint64 volumeId, qint64 actorId, const QDateTime& now,
              const QDate& retentionUntil);
    qint64 createItem(const QString& sourceKind, qint64 sourceId, const QString& title, const QDateTime& now);
    /// Creates the source's item unless it has one (a deferred walk-in application is filed
    /// the day it is deferred and not again when it is answered).
    void ensureItem(const QString& sourceKind, qint64 sourceId, const QString& title, const QDateTime& now);
    /// unfiled | filed | destroyed of the source's item; nullopt if it has none yet.
    std::optional<QString> itemStatusOf(const QString& sourceKind, qint64 sourceId);
    void markDestroyed(qint64 itemId, qint64 destructionId, const QDateTime& now);
    /// The number of an open loan (requested, approved, checked out) holding the item, if any.
    std::optional<QString> openLoanFor(qint64 itemId);
    /// The number of an open destruction register listing the item, if any.
    std::optional<QString> openDestructionFor(qint64 itemId);

    // --- history -------------------------------------------------------------------
    void event(const NewEvent& e, const QDateTime& now);
    QList<protocol::ArchiveEvent> itemHistory(qint64 itemId);
    /// Steps the person took or that concerned them (as borrower or checker), newest first.
    QList<protocol::ArchiveEvent> personEvents(qint64 accountId);

    // --- loans ---------------------------------------------------------------------
    std::optional<LoanRow> findLoan(qint64 id, const QDate& today);
    LoanRow loadLoan(qint64 id, const QDate& today);
    /// filter: open (requested, approved, checked out) | overdue | all | one state; borrowerId 0 = anyone.
    QList<protocol::ArchiveLoan> loans(const QString& filter, qint64 borrowerId, const QDate& today);
    /// Overdue loans where the account is borrower or approver (0 = all).
    QList<protocol::ArchiveLoan> overdueFor(qint64 accountId, const QDate& today);
    qint64 insertLoan(const protocol::LoanRequestInput& in, const QString& number, const QString& state,
                      qint64 requestedBy, const QDateTime& now);
    void decideLoan(qint64 id, const QString& state, qint64 approverId, const QString& note,
                    const QDateTime& now);
    void cancelLoan(qint64 id, const QString& note, const QDateTime& now);
    void checkOut(qint64 id, qint64 by, const QDateTime& now, const QDate& due, const QString& slipNumber);
    void renew(qint64 id, qint64 approverId, const QDate& due, const QString& note, const QDateTime& now);
    void returnLoan(qint64 id, qint64 by, const QDateTime& now, const protocol::LoanReturnInput& in);
    /// The borrower of the loan with this number, if there is one.
    std::optional<qint64> loanBorrower(const QString& number);
    int pendingLoanRequests();

    // --- destructions --------------------------------------------------------------
    std::optional<DestructionRow> findDestruction(qint64 id, const QDate& today);
    DestructionRow loadDestruction(qint64 id, const QDate& today);
    QList<protocol::Destruction> destructions(const QString& filter, const QDate& today);
    int pendingDestructionApprovals();
    /// Moves every WAL frame into the database file and truncates the -wal file.
    /// Returns false if a reader kept some frames (they are overwritten later).
    bool checkpointWal();
    qint64 insertDestruction(const protocol::DestructionProposalInput& in, const QString& number, qint64 by,
                             const QDateTime& now);
    void checkDestruction(qint64 id, int counted, const QString& note, const QDateTime& now);
    void decideDestruction(qint64 id, const QString& state, qint64 approverId, const QString& note,
                           const QDateTime& now);
    void executeDestruction(qint64 id, qint64 by, const protocol::DestructionExecutionInput& in,
                            const QDateTime& now, const QString& listNumber);

  private:
    QList<protocol::ArchiveItem> itemsWhere(const QString& where, const QVariantList& values,
                                            const QDate& today);
    QList<protocol::LoanItem> loanItems(qint64 loanId);
    QList<protocol::ArchiveLoan> loansWhere(const QString& where, const QVariantList& values,
                                            const QDate& today);
    QList<protocol::ArchiveEvent> eventsWhere(const QString& where, const QVariantList& values);

    QSqlDatabase m_db;
};

} // namespace cp::server
