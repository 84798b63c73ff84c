#include "audit/AuditApi.h"

#include "net/ApiClient.h"

#include <QUrl>

namespace cp::client {

using namespace cp::protocol;

void AuditApi::search(const AuditFilter& filter, int page, int pageSize, const QObject* context,
                      Done<AuditPage> done)
{
    auto params = filter.toQuery();
    params.append({QStringLiteral("page"), QString::number(page)});
    params.append({QStringLiteral("pageSize"), QString::number(pageSize)});
    QString path = QStringLiteral("/audit/entries");
    for (qsizetype i = 0; i < params.size(); ++i)
        path += (i == 0 ? u'?' : u'&') + QString::fromLatin1(QUrl::toPercentEncoding(params[i].first)) +
                u'=' + QString::fromLatin1(QUrl::toPercentEncoding(params[i].second));
    m_api.call<AuditPage>("GET", path, {}, context, std::move(done), &AuditPage::fromJson);
}

void AuditApi::entry(qint64 seq, const QObject* context, Done<AuditEntryDetail> done)
{
    m_api.call<AuditEntryDetail>(
        "GET", QStringLiteral("/audit/entries/%1").arg(seq), {}, context, std::move(done),
        [](const QJsonObject& body) {
            return AuditEntryDetail{AuditEntryView::fromJson(body.value(QStringLiteral("entry")).toObject()),
                                    body.value(QStringLiteral("hashOk")).toBool(),
                                    body.value(QStringLiteral("linkOk")).toBool()};
        });
}

void AuditApi::verifyChain(const QObject* context, Done<AuditChainResult> done)
{
    m_api.call<AuditChainResult>("POST", QStringLiteral("/audit/verification"), QJsonObject{}, context,
                                 std::move(done), &AuditChainResult::fromJson);
}

void AuditApi::exportPeriod(const AuditFilter& filter, const QObject* context, Done<AuditExport> done)
{
    m_api.call<AuditExport>("POST", QStringLiteral("/audit/exports"), filter.toJson(), context,
                            std::move(done), &AuditExport::fromJson);
}

void AuditApi::verifyExport(const QString& number, const QString& sha256, const QString& signature,
                            const QObject* context, Done<QString> done)
{
    m_api.call<QString>("POST", QStringLiteral("/audit/exports/verify"),
                        {{QStringLiteral("number"), number},
                         {QStringLiteral("sha256"), sha256},
                         {QStringLiteral("signature"), signature}},
                        context, std::move(done), [](const QJsonObject& body) {
                            return body.value(QStringLiteral("result")).toString();
                        });
}

} // namespace cp::client
