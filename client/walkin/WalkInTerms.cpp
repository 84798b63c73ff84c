#include "walkin/WalkInTerms.h"

namespace cp::client {

QString WalkInTerms::applicationKind(const QString& code)
{
    if (code == QLatin1String("self"))
        return tr("Self-query");
    if (code == QLatin1String("other"))
        return tr("Query of another subject (authorization letter)");
    return code;
}

QString WalkInTerms::status(const QString& code)
{
    if (code == QLatin1String("registered"))
        return tr("Registered");
    if (code == QLatin1String("answered"))
        return tr("Answered");
    if (code == QLatin1String("refused"))
        return tr("Refused");
    if (code == QLatin1String("pending"))
        return tr("Answer within deadline");
    return code;
}

} // namespace cp::client
