#include "DisputeMaterials.h"

namespace cp::protocol {

QStringList disputeMaterialKinds()
{
    return {QStringLiteral("id_copy"), QStringLiteral("org_code_copy"), QStringLiteral("agency_letter"),
            QStringLiteral("application_form"), QStringLiteral("evidence")};
}

QStringList requiredDisputeMaterials(const QString& stage, const QString& subjectKind)
{
    QStringList kinds;
    if (subjectKind == QLatin1String("legal"))
        kinds << QStringLiteral("org_code_copy") << QStringLiteral("agency_letter");
    kinds << QStringLiteral("id_copy") << QStringLiteral("application_form");
    if (stage == QLatin1String("dispute"))
        kinds << QStringLiteral("evidence");
    return kinds;
}

} // namespace cp::protocol
