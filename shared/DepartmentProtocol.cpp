#include "DepartmentProtocol.h"

#include "JsonCodec.h"

namespace cp::protocol {
using json::Codec;
using json::Presence;

namespace {

const Codec<SubjectSearchResult>& searchCodec()
{
    using S = SubjectSearchResult;
    static const auto c = Codec<S>()
                              .field("items", &S::items)
                              .field("page", &S::page, Presence::Always, json::Read::OrDefault)
                              .field("pageSize", &S::pageSize, Presence::Always, json::Read::OrDefault)
                              .field("hasMore", &S::hasMore);
    return c;
}

const Codec<BAuthorization>& authorizationCodec()
{
    using S = BAuthorization;
    static const auto c = Codec<S>()
                              .field("id", &S::id)
                              .field("subject", &S::subject)
                              .field("requesterName", &S::requesterName)
                              .field("requesterUnit", &S::requesterUnit)
                              .field("purpose", &S::purpose)
                              .field("legalBasis", &S::legalBasis)
                              .field("requestedFrom", &S::requestedFrom)
                              .field("requestedUntil", &S::requestedUntil)
                              .field("status", &S::status)
                              .field("decidedByName", &S::decidedByName, Presence::IfSet)
                              .field("decidedAt", &S::decidedAt, Presence::IfSet)
                              .field("decisionReason", &S::decisionReason, Presence::IfSet)
                              .field("createdAt", &S::createdAt);
    return c;
}

const Codec<SubjectRecordsView>& recordsViewCodec()
{
    using S = SubjectRecordsView;
    static const auto c = Codec<S>()
                              .field("subject", &S::subject)
                              .field("records", &S::records)
                              .field("authorization", &S::authorization, Presence::IfSet)
                              .field("jurisdiction", &S::jurisdiction);
    return c;
}

} // namespace

QJsonObject SubjectSearchResult::toJson() const
{
    return searchCodec().write(*this);
}
SubjectSearchResult SubjectSearchResult::fromJson(const QJsonObject& o)
{
    return searchCodec().read(o);
}

QJsonObject BAuthorization::toJson() const
{
    return authorizationCodec().write(*this);
}
BAuthorization BAuthorization::fromJson(const QJsonObject& o)
{
    return authorizationCodec().read(o);
}

QJsonObject SubjectRecordsView::toJson() const
{
    return recordsViewCodec().write(*this);
}
SubjectRecordsView SubjectRecordsView::fromJson(const QJsonObject& o)
{
    return recordsViewCodec().read(o);
}
} // namespace cp::protocol
