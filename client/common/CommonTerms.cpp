#include "common/CommonTerms.h"

#include <QDateTime>
#include <QTimeZone>

namespace cp::client {

namespace {

QString nameIn(const QList<CodeName>& list, const QString& code)
{
    for (const CodeName& c : list)
        if (c.code == code)
            return c.name;
    return code;
}

} // namespace

QList<CodeName> CommonTerms::idTypes()
{
    return {{QStringLiteral("citizen_id"), tr("Resident ID card")},
            {QStringLiteral("passport"), tr("Passport")},
            {QStringLiteral("hk_macao_permit"), tr("Mainland travel permit (HK/Macao)")},
            {QStringLiteral("taiwan_permit"), tr("Mainland travel permit (Taiwan)")},
            {QStringLiteral("foreign_permanent"), tr("Foreigner permanent residence ID")}};
}

QString CommonTerms::idType(const QString& code)
{
    return nameIn(idTypes(), code);
}

QList<CodeName> CommonTerms::categories()
{
    // The codes of the server's credit_categories table, in its sort order.
    return {{QStringLiteral("admin_license"), tr("Administrative licence")},
            {QStringLiteral("admin_penalty"), tr("Administrative penalty")},
            {QStringLiteral("red_list"), tr("Red list")},
            {QStringLiteral("black_list"), tr("Black list / serious dishonesty")},
            {QStringLiteral("court_enforcement"), tr("Court enforcement")},
            {QStringLiteral("tax_arrears"), tr("Tax arrears")},
            {QStringLiteral("honor"), tr("Honours and commendations")},
            {QStringLiteral("social_security"), tr("Social insurance contributions")}};
}

QString CommonTerms::category(const QString& code)
{
    return nameIn(categories(), code);
}

QList<CodeName> CommonTerms::materialKinds()
{
    return {{QStringLiteral("id_copy"), tr("Copy of identity document")},
            {QStringLiteral("org_code_copy"), tr("Copy of organisation code / credit code certificate")},
            {QStringLiteral("agency_letter"), tr("Sealed letter of agency")},
            {QStringLiteral("authorization_letter"), tr("Authorization letter")},
            {QStringLiteral("other"), tr("Other material")}};
}

QString CommonTerms::materialKind(const QString& code)
{
    return nameIn(materialKinds(), code);
}

QString CommonTerms::subjectKind(const QString& code)
{
    if (code == QLatin1String("natural"))
        return tr("Natural person");
    if (code == QLatin1String("legal"))
        return tr("Legal person or other organisation");
    return code;
}

QString CommonTerms::openClass(const QString& code)
{
    if (code == QLatin1String("A"))
        return tr("A public");
    if (code == QLatin1String("B"))
        return tr("B authorized");
    if (code == QLatin1String("C"))
        return tr("C internal");
    return code;
}

QString CommonTerms::openClasses(const QStringList& codes)
{
    QStringList names;
    for (const QString& c : codes)
        names.append(openClass(c));
    return names.join(tr(", "));
}

QString CommonTerms::idProblem(cp::IdCheck check, cp::IdKind kind)
{
    const bool citizen = kind == cp::IdKind::CitizenId;
    switch (check) {
    case cp::IdCheck::Ok:
    case cp::IdCheck::Empty:
        return {};
    case cp::IdCheck::WrongLength:
        return citizen ? tr("A resident ID number has 18 characters.")
                       : tr("A unified social credit code has 18 characters.");
    case cp::IdCheck::BadCharacter:
        return citizen
                   ? tr("Only digits are allowed, and X as the last character.")
                   : tr("The code contains a character that is not allowed (I, O, Z, S, V are never used).");
    case cp::IdCheck::BadRegion:
        return tr("The first six digits are not a valid region code.");
    case cp::IdCheck::BadBirthDate:
        return tr("Digits 7–14 are not a valid date of birth.");
    case cp::IdCheck::BadCheckDigit:
        return citizen ? tr("The check digit (last character) is wrong: please check the number again.")
                       : tr("The check character (last character) is wrong: please check the code again.");
    }
    return {};
}

QString CommonTerms::date(const QDate& d)
{
    return d.isValid() ? d.toString(tr("yyyy-MM-dd", "date format")) : QString();
}

QString CommonTerms::dateTime(const QDateTime& t)
{
    // Beijing time, as the server dates everything (China has one zone, no DST).
    return t.isValid()
               ? t.toTimeZone(QTimeZone(8 * 3600)).toString(tr("yyyy-MM-dd HH:mm", "date-time format"))
               : QString();
}

} // namespace cp::client
