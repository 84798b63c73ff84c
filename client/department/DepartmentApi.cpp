#include "department/DepartmentApi.h"

#include "net/ApiClient.h"

#include <QJsonArray>

namespace cp::client {

using namespace cp::protocol;

namespace {

QString subjectPath(qint64 id, const char* tail)
{
    return QStringLiteral("/department/subjects/%1%2").arg(id).arg(QLatin1String(tail));
}

QString authorizationPath(qint64 id, const char* tail)
{
    return QStringLiteral("/department/authorizations/%1%2").arg(id).arg(QLatin1String(tail));
}

} // namespace

void DepartmentApi::purposes(const QObject* context, Done<QList<QueryPurpose>> done)
{
    m_api.call<QList<QueryPurpose>>("GET", QStringLiteral("/department/purposes"), {}, context,
                                    std::move(done), [](const QJsonObject& body) {
                                        QList<QueryPurpose> out;
                                        for (const auto& v :
                                             body.value(QStringLiteral("purposes")).toArray()) {
                                            const QJsonObject o = v.toObject();
                                            out.append({o.value(QStringLiteral("code")).toString(),
                                                        o.value(QStringLiteral("name")).toString()});
                                        }
                                        return out;
                                    });
}

void DepartmentApi::search(const QString& mode, const QString& query, int page, const QObject* context,
                           Done<SubjectSearchResult> done)
{
    const QString path = QStringLiteral("/department/subjects") +
                         ApiClient::withQuery({{QStringLiteral("mode"), mode},
                                               {QStringLiteral("q"), query},
                                               {QStringLiteral("page"), QString::number(page)}});
    m_api.call<SubjectSearchResult>("GET", path, {}, context, std::move(done),
                                    &SubjectSearchResult::fromJson);
}

void DepartmentApi::records(qint64 subjectId, const QString& purpose, const QObject* context,
                            Done<SubjectRecordsView> done)
{
    m_api.call<SubjectRecordsView>("GET",
                                   subjectPath(subjectId, "/records") +
                                       ApiClient::withQuery({{QStringLiteral("purpose"), purpose}}),
                                   {}, context, std::move(done), &SubjectRecordsView::fromJson);
}

void DepartmentApi::identity(qint64 subjectId, const QObject* context, Done<SubjectSummary> done)
{
    m_api.call<SubjectSummary>("GET", subjectPath(subjectId, "/identity"), {}, context, std::move(done),
                               &SubjectSummary::fromJson);
}

void DepartmentApi::exportReport(qint64 subjectId, const QString& purpose, const QObject* context,
                                 Done<Report> done)
{
    m_api.call<Report>("POST", subjectPath(subjectId, "/export"), {{QStringLiteral("purpose"), purpose}},
                       context, std::move(done), &Report::fromJson);
}

void DepartmentApi::requestAuthorization(qint64 subjectId, const QString& purpose, const QString& legalBasis,
                                         const QDate& from, const QDate& until, const QObject* context,
                                         Done<BAuthorization> done)
{
    const QJsonObject body{{QStringLiteral("subjectId"), subjectId},
                           {QStringLiteral("purpose"), purpose},
                           {QStringLiteral("legalBasis"), legalBasis},
                           {QStringLiteral("requestedFrom"), toWireDate(from)},
                           {QStringLiteral("requestedUntil"), toWireDate(until)}};
    m_api.call<BAuthorization>("POST", QStringLiteral("/department/authorizations"), body, context,
                               std::move(done), &BAuthorization::fromJson);
}

void DepartmentApi::authorizations(const QString& status, const QObject* context,
                                   Done<QList<BAuthorization>> done)
{
    const QString path =
        QStringLiteral("/department/authorizations") +
        (status.isEmpty() ? QString() : ApiClient::withQuery({{QStringLiteral("status"), status}}));
    m_api.call<QList<BAuthorization>>("GET", path, {}, context, std::move(done),
                                      deskListOf<BAuthorization>(QStringLiteral("authorizations")));
}

void DepartmentApi::approve(qint64 id, const QString& reason, const QObject* context,
                            Done<BAuthorization> done)
{
    m_api.call<BAuthorization>("POST", authorizationPath(id, "/approve"),
                               {{QStringLiteral("reason"), reason}}, context, std::move(done),
                               &BAuthorization::fromJson);
}

void DepartmentApi::reject(qint64 id, const QString& reason, const QObject* context,
                           Done<BAuthorization> done)
{
    m_api.call<BAuthorization>("POST", authorizationPath(id, "/reject"), {{QStringLiteral("reason"), reason}},
                               context, std::move(done), &BAuthorization::fromJson);
}

} // namespace cp::client
