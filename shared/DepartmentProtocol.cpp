#include "DepartmentProtocol.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace cp::protocol {
using namespace json;

QJsonObject SubjectSearchResult::toJson() const
{
    QJsonArray a;
    for (const auto& s : items)
        a.append(s.toJson());
    return {{QStringLiteral("items"), a},
            {QStringLiteral("page"), page},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("hasMore"), hasMore}};
}

SubjectSearchResult SubjectSearchResult::fromJson(const QJsonObject& o)
{
    SubjectSearchResult r;
    for (const auto& v : o.value(QStringLiteral("items")).toArray())
        r.items.append(SubjectSummary::fromJson(v.toObject()));
    r.page = o.value(QStringLiteral("page")).toInt(1);
    r.pageSize = o.value(QStringLiteral("pageSize")).toInt(20);
    r.hasMore = o.value(QStringLiteral("hasMore")).toBool();
    return r;
}

QJsonObject BAuthorization::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("subject"), subject.toJson()},
                  {QStringLiteral("requesterName"), requesterName},
                  {QStringLiteral("requesterUnit"), requesterUnit},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("legalBasis"), legalBasis},
                  {QStringLiteral("requestedFrom"), toWireDate(requestedFrom)},
                  {QStringLiteral("requestedUntil"), toWireDate(requestedUntil)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("createdAt"), toWireTime(createdAt)}};
    if (!decidedByName.isEmpty())
        o.insert(QStringLiteral("decidedByName"), decidedByName);
    if (decidedAt.isValid())
        o.insert(QStringLiteral("decidedAt"), toWireTime(decidedAt));
    if (!decisionReason.isEmpty())
        o.insert(QStringLiteral("decisionReason"), decisionReason);
    return o;
}

BAuthorization BAuthorization::fromJson(const QJsonObject& o)
{
    BAuthorization a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.subject = SubjectSummary::fromJson(o.value(QStringLiteral("subject")).toObject());
    a.requesterName = str(o, "requesterName");
    a.requesterUnit = str(o, "requesterUnit");
    a.purpose = str(o, "purpose");
    a.legalBasis = str(o, "legalBasis");
    a.requestedFrom = fromWireDate(str(o, "requestedFrom"));
    a.requestedUntil = fromWireDate(str(o, "requestedUntil"));
    a.status = str(o, "status");
    a.decidedByName = str(o, "decidedByName");
    a.decidedAt = fromWireTime(str(o, "decidedAt"));
    a.decisionReason = str(o, "decisionReason");
    a.createdAt = fromWireTime(str(o, "createdAt"));
    return a;
}

QJsonObject SubjectRecordsView::toJson() const
{
    QJsonArray a;
    for (const auto& r : records)
        a.append(r.toJson());
    QJsonObject o{{QStringLiteral("subject"), subject.toJson()},
                  {QStringLiteral("records"), a},
                  {QStringLiteral("jurisdiction"), jurisdiction}};
    if (authorization)
        o.insert(QStringLiteral("authorization"), authorization->toJson());
    return o;
}

SubjectRecordsView SubjectRecordsView::fromJson(const QJsonObject& o)
{
    SubjectRecordsView v;
    v.subject = SubjectSummary::fromJson(o.value(QStringLiteral("subject")).toObject());
    for (const auto& r : o.value(QStringLiteral("records")).toArray())
        v.records.append(ReportRecord::fromJson(r.toObject()));
    if (o.value(QStringLiteral("authorization")).isObject())
        v.authorization = BAuthorization::fromJson(o.value(QStringLiteral("authorization")).toObject());
    v.jurisdiction = str(o, "jurisdiction");
    return v;
}

} // namespace cp::protocol
