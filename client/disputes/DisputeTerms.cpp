#include "disputes/DisputeTerms.h"

namespace cp::client {

QList<CodeName> DisputeTerms::materialKinds()
{
    return {{QStringLiteral("id_copy"), tr("Copy of the ID card")},
            {QStringLiteral("org_code_copy"), tr("Sealed copy of the organisation code certificate")},
            {QStringLiteral("agency_letter"), tr("Sealed letter of agency")},
            {QStringLiteral("application_form"), tr("Application form")},
            {QStringLiteral("evidence"), tr("Evidence for the dispute")}};
}

QString DisputeTerms::materialKind(const QString& code)
{
    for (const CodeName& k : materialKinds())
        if (k.code == code)
            return k.name;
    return code;
}

QList<CodeName> DisputeTerms::outcomes()
{
    return {{QStringLiteral("upheld"), tr("Upheld (no change)")},
            {QStringLiteral("corrected"), tr("Corrected")},
            {QStringLiteral("deleted"), tr("Deleted")}};
}

QString DisputeTerms::outcome(const QString& code)
{
    if (code.isEmpty())
        return tr("Not decided");
    for (const CodeName& o : outcomes())
        if (o.code == code)
            return o.name;
    return code;
}

QList<CodeName> DisputeTerms::caseFilters()
{
    return {{QStringLiteral("open"), tr("Open cases")},
            {QStringLiteral("accepted"), tr("Accepted, to be verified")},
            {QStringLiteral("verified"), tr("Verified, result to be written")},
            {QStringLiteral("result_submitted"), tr("Result awaiting approval")},
            {QStringLiteral("approved"), tr("Approved, to be delivered")},
            {QStringLiteral("delivered"), tr("Delivered")},
            {QStringLiteral("all"), tr("All cases")}};
}

} // namespace cp::client
