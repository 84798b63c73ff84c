#include "media/MediaApi.h"

#include "net/ApiClient.h"

namespace cp::client {

using namespace cp::protocol;

namespace {

QString mediumPath(qint64 id, const char* tail = "")
{
    return QStringLiteral("/media/%1%2").arg(id).arg(QLatin1String(tail));
}

} // namespace

void MediaApi::levels(const QObject* context, Done<QList<MediaLevel>> done)
{
    m_api.call<QList<MediaLevel>>("GET", QStringLiteral("/media/levels"), {}, context, std::move(done),
                                  deskListOf<MediaLevel>(QStringLiteral("levels")));
}

void MediaApi::people(const QObject* context, Done<QList<MediaPerson>> done)
{
    m_api.call<QList<MediaPerson>>("GET", QStringLiteral("/media/people"), {}, context, std::move(done),
                                   deskListOf<MediaPerson>(QStringLiteral("people")));
}

void MediaApi::locations(const QObject* context, Done<QList<MediaLocation>> done)
{
    m_api.call<QList<MediaLocation>>("GET", QStringLiteral("/media/locations"), {}, context, std::move(done),
                                     deskListOf<MediaLocation>(QStringLiteral("locations")));
}

void MediaApi::addLocation(const MediaLocation& location, const QObject* context, Done<MediaLocation> done)
{
    m_api.call<MediaLocation>("POST", QStringLiteral("/media/locations"), location.toJson(), context,
                              std::move(done), &MediaLocation::fromJson);
}

void MediaApi::updateLocation(const MediaLocation& location, const QObject* context, Done<MediaLocation> done)
{
    m_api.call<MediaLocation>("PUT", QStringLiteral("/media/locations/%1").arg(location.id),
                              location.toJson(), context, std::move(done), &MediaLocation::fromJson);
}

void MediaApi::media(const MediaQuery& query, const QObject* context, Done<QList<Medium>> done)
{
    const QString path =
        QStringLiteral("/media") +
        ApiClient::withQuery({{QStringLiteral("state"), query.state},
                              {QStringLiteral("level"), query.level},
                              {QStringLiteral("custodianId"),
                               query.custodianId > 0 ? QString::number(query.custodianId) : QString()}});
    m_api.call<QList<Medium>>("GET", path, {}, context, std::move(done),
                              deskListOf<Medium>(QStringLiteral("media")));
}

void MediaApi::medium(qint64 id, const QObject* context, Done<MediumDetail> done)
{
    m_api.call<MediumDetail>("GET", mediumPath(id), {}, context, std::move(done), &MediumDetail::fromJson);
}

void MediaApi::registerMedium(const MediumInput& input, const QObject* context, Done<Medium> done)
{
    m_api.call<Medium>("POST", QStringLiteral("/media"), input.toJson(), context, std::move(done),
                       &Medium::fromJson);
}

void MediaApi::editMedium(qint64 id, const MediumInput& input, const QObject* context, Done<Medium> done)
{
    m_api.call<Medium>("PUT", mediumPath(id), input.toJson(), context, std::move(done), &Medium::fromJson);
}

void MediaApi::recordEvent(qint64 id, const MediumEventInput& input, const QObject* context,
                           Done<MediumStep> done)
{
    m_api.call<MediumStep>("POST", mediumPath(id, "/events"), input.toJson(), context, std::move(done),
                           &MediumStep::fromJson);
}

void MediaApi::requestCarryOut(qint64 id, const CarryRequestInput& input, const QObject* context,
                               Done<CarryRequest> done)
{
    m_api.call<CarryRequest>("POST", mediumPath(id, "/carry-out-requests"), input.toJson(), context,
                             std::move(done), &CarryRequest::fromJson);
}

void MediaApi::carryRequests(const QString& state, const QObject* context, Done<QList<CarryRequest>> done)
{
    m_api.call<QList<CarryRequest>>("GET",
                                    QStringLiteral("/media/carry-out-requests") +
                                        ApiClient::withQuery({{QStringLiteral("state"), state}}),
                                    {}, context, std::move(done),
                                    deskListOf<CarryRequest>(QStringLiteral("requests")));
}

void MediaApi::approveCarryOut(qint64 requestId, const QString& note, const QObject* context,
                               Done<CarryRequest> done)
{
    m_api.call<CarryRequest>("POST", QStringLiteral("/media/carry-out-requests/%1/approval").arg(requestId),
                             {{QStringLiteral("note"), note}}, context, std::move(done),
                             &CarryRequest::fromJson);
}

void MediaApi::rejectCarryOut(qint64 requestId, const QString& reason, const QObject* context,
                              Done<CarryRequest> done)
{
    m_api.call<CarryRequest>("POST", QStringLiteral("/media/carry-out-requests/%1/rejection").arg(requestId),
                             {{QStringLiteral("reason"), reason}}, context, std::move(done),
                             &CarryRequest::fromJson);
}

} // namespace cp::client
