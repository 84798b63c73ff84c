#include "disputes/DisputesApi.h"

#include "net/ApiClient.h"

#include <QJsonArray>

namespace cp::client {

using namespace cp::protocol;

namespace {

QString casePath(qint64 id, const QString& tail = {})
{
    return QStringLiteral("/disputes/%1").arg(id) + tail;
}

QString markPath(qint64 caseId, qint64 markId, const QString& tail = {})
{
    return QStringLiteral("/disputes/%1/marks/%2").arg(caseId).arg(markId) + tail;
}

template <class T> QList<T> listOf(const QJsonObject& body, const QString& key)
{
    QList<T> out;
    for (const auto& v : body.value(key).toArray())
        out.append(T::fromJson(v.toObject()));
    return out;
}

} // namespace

void DisputesApi::records(const QString& idNumber, const QObject* context, Done<DisputableRecords> done)
{
    m_api.call<DisputableRecords>("GET",
                                  QStringLiteral("/disputes/records") +
                                      ApiClient::withQuery({{QStringLiteral("idNumber"), idNumber}}),
                                  {}, context, std::move(done), &DisputableRecords::fromJson);
}

void DisputesApi::cases(const QString& filter, const QObject* context, Done<QList<DisputeCase>> done)
{
    m_api.call<QList<DisputeCase>>(
        "GET", QStringLiteral("/disputes") + ApiClient::withQuery({{QStringLiteral("state"), filter}}), {},
        context, std::move(done),
        [](const QJsonObject& body) { return listOf<DisputeCase>(body, QStringLiteral("cases")); });
}

void DisputesApi::marks(const QString& filter, const QObject* context, Done<QList<ApplicantMark>> done)
{
    m_api.call<QList<ApplicantMark>>(
        "GET", QStringLiteral("/disputes/marks") + ApiClient::withQuery({{QStringLiteral("state"), filter}}),
        {}, context, std::move(done),
        [](const QJsonObject& body) { return listOf<ApplicantMark>(body, QStringLiteral("marks")); });
}

void DisputesApi::dispute(qint64 id, const QObject* context, Done<DisputeCase> done)
{
    m_api.call<DisputeCase>("GET", casePath(id), {}, context, std::move(done), &DisputeCase::fromJson);
}

void DisputesApi::material(qint64 caseId, qint64 materialId, const QObject* context, Done<MaterialScan> done)
{
    m_api.call<MaterialScan>("GET", casePath(caseId, QStringLiteral("/materials/%1").arg(materialId)), {},
                             context, std::move(done), [](const QJsonObject& body) {
                                 MaterialScan scan{MaterialInfo::fromJson(body), {}};
                                 const auto decoded = QByteArray::fromBase64Encoding(
                                     body.value(QStringLiteral("contentBase64")).toString().toLatin1(),
                                     QByteArray::AbortOnBase64DecodingErrors);
                                 if (decoded)
                                     scan.content = *decoded;
                                 return scan;
                             });
}

void DisputesApi::document(const QString& number, const QObject* context, Done<Report> done)
{
    // Document numbers are "CR", digits, "-" and capitals; ApiClient sets the path decoded.
    m_api.call<Report>("GET", QStringLiteral("/reports/") + number.trimmed(), {}, context, std::move(done),
                       &Report::fromJson);
}

void DisputesApi::accept(const DisputeAcceptInput& input, const QObject* context, CaseDone done)
{
    m_api.call<DisputeStep>("POST", QStringLiteral("/disputes"), input.toJson(), context, std::move(done),
                            &DisputeStep::fromJson);
}

void DisputesApi::verify(qint64 id, const QString& department, const QString& note, const QDate& date,
                         const QObject* context, CaseDone done)
{
    const QJsonObject body{{QStringLiteral("department"), department},
                           {QStringLiteral("note"), note},
                           {QStringLiteral("date"), toWireDate(date)}};
    m_api.call<DisputeStep>("POST", casePath(id, QStringLiteral("/verification")), body, context,
                            std::move(done), &DisputeStep::fromJson);
}

void DisputesApi::submitResult(qint64 id, const DisputeResultInput& input, const QObject* context,
                               CaseDone done)
{
    m_api.call<DisputeStep>("POST", casePath(id, QStringLiteral("/result")), input.toJson(), context,
                            std::move(done), &DisputeStep::fromJson);
}

void DisputesApi::approve(qint64 id, const QString& note, const QObject* context, CaseDone done)
{
    QJsonObject body;
    if (!note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), note.trimmed());
    m_api.call<DisputeStep>("POST", casePath(id, QStringLiteral("/approval")), body, context, std::move(done),
                            &DisputeStep::fromJson);
}

void DisputesApi::returnResult(qint64 id, const QString& reason, const QObject* context, CaseDone done)
{
    m_api.call<DisputeStep>("POST", casePath(id, QStringLiteral("/return")),
                            {{QStringLiteral("reason"), reason}}, context, std::move(done),
                            &DisputeStep::fromJson);
}

void DisputesApi::extend(qint64 id, int workingDays, const QString& reason, const QObject* context,
                         CaseDone done)
{
    const QJsonObject body{{QStringLiteral("workingDays"), workingDays}, {QStringLiteral("reason"), reason}};
    m_api.call<DisputeStep>("POST", casePath(id, QStringLiteral("/extension")), body, context,
                            std::move(done), &DisputeStep::fromJson);
}

void DisputesApi::deliver(qint64 id, const QString& receivedBy, const QObject* context, CaseDone done)
{
    m_api.call<DisputeStep>("POST", casePath(id, QStringLiteral("/delivery")),
                            {{QStringLiteral("receivedBy"), receivedBy}}, context, std::move(done),
                            &DisputeStep::fromJson);
}

void DisputesApi::reprint(qint64 id, const QObject* context, CaseDone done)
{
    m_api.call<DisputeStep>("POST", casePath(id, QStringLiteral("/reprint")), {}, context, std::move(done),
                            &DisputeStep::fromJson);
}

void DisputesApi::applyMark(qint64 caseId, const MarkApplicationInput& input, const QObject* context,
                            MarkDone done)
{
    m_api.call<MarkStep>("POST", casePath(caseId, QStringLiteral("/marks")), input.toJson(), context,
                         std::move(done), &MarkStep::fromJson);
}

void DisputesApi::setMark(qint64 caseId, qint64 markId, const QObject* context, MarkDone done)
{
    m_api.call<MarkStep>("POST", markPath(caseId, markId, QStringLiteral("/set")), {}, context,
                         std::move(done), &MarkStep::fromJson);
}

void DisputesApi::applyRevocation(qint64 caseId, qint64 markId, const MarkApplicationInput& input,
                                  const QObject* context, MarkDone done)
{
    m_api.call<MarkStep>("POST", markPath(caseId, markId, QStringLiteral("/revocation-application")),
                         input.toJson(), context, std::move(done), &MarkStep::fromJson);
}

void DisputesApi::revokeMark(qint64 caseId, qint64 markId, const QObject* context, MarkDone done)
{
    m_api.call<MarkStep>("POST", markPath(caseId, markId, QStringLiteral("/revocation")), {}, context,
                         std::move(done), &MarkStep::fromJson);
}

} // namespace cp::client
