#include "documents/DocumentsApi.h"

#include "net/ApiClient.h"

namespace cp::client {

using namespace cp::protocol;

void DocumentsApi::verify(const QString& number, const QString& code, const QObject* context,
                          Done<ReportVerification> done)
{
    const QJsonObject body{{QStringLiteral("number"), number}, {QStringLiteral("code"), code}};
    m_api.call<ReportVerification>("POST", QStringLiteral("/reports/verify"), body, context, std::move(done),
                                   &ReportVerification::fromJson);
}

} // namespace cp::client
