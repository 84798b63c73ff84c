#include "walkin/WalkInApi.h"

#include "net/ApiClient.h"

#include <QJsonArray>

namespace cp::client {

using namespace cp::protocol;

namespace {

QString applicationPath(qint64 id, const char* tail = "")
{
    return QStringLiteral("/walkin/applications/%1%2").arg(id).arg(QLatin1String(tail));
}

QString reportPath(const QString& number, const char* tail = "")
{
    // Report numbers are "CR", digits, "-" and capitals; ApiClient sets the path decoded.
    return QStringLiteral("/reports/") + number.trimmed() + QLatin1String(tail);
}

template <class T> QList<T> listOf(const QJsonObject& body, const QString& key)
{
    QList<T> out;
    for (const auto& v : body.value(key).toArray())
        out.append(T::fromJson(v.toObject()));
    return out;
}

} // namespace

void WalkInApi::refusalReasons(const QObject* context, Done<QList<RefusalReason>> done)
{
    m_api.call<QList<RefusalReason>>("GET", QStringLiteral("/walkin/refusal-reasons"), {}, context,
                                     std::move(done), [](const QJsonObject& body) {
                                         QList<RefusalReason> out;
                                         for (const auto& v :
                                              body.value(QStringLiteral("reasons")).toArray()) {
                                             const QJsonObject o = v.toObject();
                                             out.append({o.value(QStringLiteral("code")).toString(),
                                                         o.value(QStringLiteral("name")).toString(),
                                                         o.value(QStringLiteral("wording")).toString()});
                                         }
                                         return out;
                                     });
}

void WalkInApi::registerApplication(const WalkInApplicationInput& input, const QObject* context,
                                    Done<WalkInApplication> done)
{
    m_api.call<WalkInApplication>("POST", QStringLiteral("/walkin/applications"), input.toJson(), context,
                                  std::move(done), &WalkInApplication::fromJson);
}

void WalkInApi::application(qint64 id, const QObject* context, Done<WalkInApplication> done)
{
    m_api.call<WalkInApplication>("GET", applicationPath(id), {}, context, std::move(done),
                                  &WalkInApplication::fromJson);
}

void WalkInApi::addMaterial(qint64 applicationId, const QString& kind, const QString& fileName,
                            const QString& mimeType, const QByteArray& content, const QObject* context,
                            Done<MaterialInfo> done)
{
    // Scans travel base64-encoded in the JSON body (the server's contract).
    const QJsonObject body{{QStringLiteral("kind"), kind},
                           {QStringLiteral("fileName"), fileName},
                           {QStringLiteral("mimeType"), mimeType},
                           {QStringLiteral("contentBase64"), QString::fromLatin1(content.toBase64())}};
    m_api.call<MaterialInfo>("POST", applicationPath(applicationId, "/materials"), body, context,
                             std::move(done), &MaterialInfo::fromJson);
}

void WalkInApi::answer(qint64 applicationId, const QObject* context, Done<Report> done)
{
    m_api.call<Report>("POST", applicationPath(applicationId, "/answer"), {}, context, std::move(done),
                       &Report::fromJson);
}

void WalkInApi::refuse(qint64 applicationId, const QString& reasonCode, const QString& note,
                       const QObject* context, Done<WalkInApplication> done)
{
    const QJsonObject body{{QStringLiteral("reasonCode"), reasonCode}, {QStringLiteral("note"), note}};
    m_api.call<WalkInApplication>("POST", applicationPath(applicationId, "/refuse"), body, context,
                                  std::move(done), &WalkInApplication::fromJson);
}

void WalkInApi::defer(qint64 applicationId, const QString& note, const QObject* context,
                      Done<WalkInApplication> done)
{
    m_api.call<WalkInApplication>("POST", applicationPath(applicationId, "/defer"),
                                  {{QStringLiteral("note"), note}}, context, std::move(done),
                                  &WalkInApplication::fromJson);
}

void WalkInApi::extend(qint64 applicationId, int workingDays, const QString& reason, const QObject* context,
                       Done<WalkInApplication> done)
{
    m_api.call<WalkInApplication>(
        "POST", applicationPath(applicationId, "/extension"),
        {{QStringLiteral("workingDays"), workingDays}, {QStringLiteral("reason"), reason}}, context,
        std::move(done), &WalkInApplication::fromJson);
}

void WalkInApi::pending(const QObject* context, Done<QList<WalkInApplication>> done)
{
    m_api.call<QList<WalkInApplication>>(
        "GET", QStringLiteral("/walkin/pending"), {}, context, std::move(done), [](const QJsonObject& body) {
            return listOf<WalkInApplication>(body, QStringLiteral("applications"));
        });
}

void WalkInApi::report(const QString& number, const QObject* context, Done<Report> done)
{
    m_api.call<Report>("GET", reportPath(number), {}, context, std::move(done), &Report::fromJson);
}

void WalkInApi::handover(const QString& number, const QString& receivedBy, const QObject* context,
                         Done<Report> done)
{
    m_api.call<Report>("POST", reportPath(number, "/handover"), {{QStringLiteral("receivedBy"), receivedBy}},
                       context, std::move(done), &Report::fromJson);
}

} // namespace cp::client
