// Typed calls of the archive endpoints (/api/v1/archives), built on
// ApiClient::request and the shared JSON codecs of ArchiveProtocol.h. Every call
// is asynchronous; done runs on the UI thread and is dropped when context is
// destroyed first.
#pragma once

#include "ArchiveProtocol.h"
#include "common/DeskApiCall.h"

#include <QObject>

namespace cp::client {

class ArchivesApi : public DeskApi
{
  public:
    using DeskApi::DeskApi;

    // Items
    void items(const QString& status, const QObject* context, Done<QList<cp::protocol::ArchiveItem>> done);
    void item(qint64 id, const QObject* context, Done<cp::protocol::ArchiveItem> done);
    void file(const cp::protocol::FilingInput& input, const QObject* context,
              Done<QList<cp::protocol::ArchiveItem>> done);
    /// The scan's bytes (the viewing is audited by the server).
    void material(qint64 itemId, qint64 materialId, const QObject* context, Done<QByteArray> done);

    // Loans
    void loans(const QString& state, qint64 borrowerId, const QObject* context,
               Done<QList<cp::protocol::ArchiveLoan>> done);
    void requestLoan(const cp::protocol::LoanRequestInput& input, const QObject* context,
                     Done<cp::protocol::LoanStep> done);
    /// action: approval | rejection | cancellation | checkout | renewal | return; body as the server wants
    /// it.
    void loanStep(qint64 loanId, const QString& action, const QJsonObject& body, const QObject* context,
                  Done<cp::protocol::LoanStep> done);

    // Destruction register
    void destructions(const QString& state, const QObject* context,
                      Done<QList<cp::protocol::Destruction>> done);
    void proposeDestruction(const cp::protocol::DestructionProposalInput& input, const QObject* context,
                            Done<cp::protocol::DestructionStep> done);
    /// action: check | approval | rejection | execution.
    void destructionStep(qint64 id, const QString& action, const QJsonObject& body, const QObject* context,
                         Done<cp::protocol::DestructionStep> done);

    // People, documents, reminders
    void staff(const QObject* context, Done<QList<cp::protocol::StaffMember>> done);
    void personHistory(qint64 accountId, const QObject* context, Done<cp::protocol::PersonHistory> done);
    void document(const QString& number, const QObject* context, Done<cp::protocol::Report> done);
    void reminders(const QObject* context, Done<cp::protocol::ArchiveReminders> done);
};

} // namespace cp::client
