#include "archives/ArchivesApi.h"

#include "net/ApiClient.h"

namespace cp::client {

using namespace cp::protocol;

void ArchivesApi::items(const QString& status, const QObject* context, Done<QList<ArchiveItem>> done)
{
    m_api.call<QList<ArchiveItem>>(
        "GET", QStringLiteral("/archives/items") + ApiClient::withQuery({{QStringLiteral("status"), status}}),
        {}, context, std::move(done), deskListOf<ArchiveItem>(QStringLiteral("items")));
}

void ArchivesApi::item(qint64 id, const QObject* context, Done<ArchiveItem> done)
{
    m_api.call<ArchiveItem>("GET", QStringLiteral("/archives/items/%1").arg(id), {}, context, std::move(done),
                            &ArchiveItem::fromJson);
}

void ArchivesApi::file(const FilingInput& input, const QObject* context, Done<QList<ArchiveItem>> done)
{
    m_api.call<QList<ArchiveItem>>("POST", QStringLiteral("/archives/items/filing"), input.toJson(), context,
                                   std::move(done), deskListOf<ArchiveItem>(QStringLiteral("items")));
}

void ArchivesApi::material(qint64 itemId, qint64 materialId, const QObject* context, Done<QByteArray> done)
{
    m_api.call<QByteArray>(
        "GET", QStringLiteral("/archives/items/%1/materials/%2").arg(itemId).arg(materialId), {}, context,
        std::move(done), [](const QJsonObject& body) {
            return QByteArray::fromBase64(body.value(QStringLiteral("contentBase64")).toString().toLatin1());
        });
}

void ArchivesApi::loans(const QString& state, qint64 borrowerId, const QObject* context,
                        Done<QList<ArchiveLoan>> done)
{
    const QString query =
        borrowerId > 0 ? ApiClient::withQuery({{QStringLiteral("state"), state},
                                               {QStringLiteral("borrowerId"), QString::number(borrowerId)}})
                       : ApiClient::withQuery({{QStringLiteral("state"), state}});
    m_api.call<QList<ArchiveLoan>>("GET", QStringLiteral("/archives/loans") + query, {}, context,
                                   std::move(done), deskListOf<ArchiveLoan>(QStringLiteral("loans")));
}

void ArchivesApi::requestLoan(const LoanRequestInput& input, const QObject* context, Done<LoanStep> done)
{
    m_api.call<LoanStep>("POST", QStringLiteral("/archives/loans"), input.toJson(), context, std::move(done),
                         &LoanStep::fromJson);
}

void ArchivesApi::loanStep(qint64 loanId, const QString& action, const QJsonObject& body,
                           const QObject* context, Done<LoanStep> done)
{
    m_api.call<LoanStep>("POST", QStringLiteral("/archives/loans/%1/%2").arg(loanId).arg(action), body,
                         context, std::move(done), &LoanStep::fromJson);
}

void ArchivesApi::destructions(const QString& state, const QObject* context, Done<QList<Destruction>> done)
{
    m_api.call<QList<Destruction>>(
        "GET",
        QStringLiteral("/archives/destructions") + ApiClient::withQuery({{QStringLiteral("state"), state}}),
        {}, context, std::move(done), deskListOf<Destruction>(QStringLiteral("destructions")));
}

void ArchivesApi::proposeDestruction(const DestructionProposalInput& input, const QObject* context,
                                     Done<DestructionStep> done)
{
    m_api.call<DestructionStep>("POST", QStringLiteral("/archives/destructions"), input.toJson(), context,
                                std::move(done), &DestructionStep::fromJson);
}

void ArchivesApi::destructionStep(qint64 id, const QString& action, const QJsonObject& body,
                                  const QObject* context, Done<DestructionStep> done)
{
    m_api.call<DestructionStep>("POST", QStringLiteral("/archives/destructions/%1/%2").arg(id).arg(action),
                                body, context, std::move(done), &DestructionStep::fromJson);
}

void ArchivesApi::staff(const QObject* context, Done<QList<StaffMember>> done)
{
    m_api.call<QList<StaffMember>>("GET", QStringLiteral("/archives/staff"), {}, context, std::move(done),
                                   deskListOf<StaffMember>(QStringLiteral("staff")));
}

void ArchivesApi::personHistory(qint64 accountId, const QObject* context, Done<PersonHistory> done)
{
    m_api.call<PersonHistory>("GET", QStringLiteral("/archives/people/%1/history").arg(accountId), {},
                              context, std::move(done), &PersonHistory::fromJson);
}

void ArchivesApi::document(const QString& number, const QObject* context, Done<Report> done)
{
    // Document numbers are "CR", digits, "-" and capitals; ApiClient sets the path decoded.
    m_api.call<Report>("GET", QStringLiteral("/archives/documents/") + number.trimmed(), {}, context,
                       std::move(done), &Report::fromJson);
}

void ArchivesApi::reminders(const QObject* context, Done<ArchiveReminders> done)
{
    m_api.call<ArchiveReminders>("GET", QStringLiteral("/archives/reminders"), {}, context, std::move(done),
                                 &ArchiveReminders::fromJson);
}

} // namespace cp::client
