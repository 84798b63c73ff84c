// The vocabulary every module shows the same way: wire codes (ID types, credit
// categories, material kinds, subject kinds, open classes) → translated names,
// the explanation of an identity-number check, and how dates and times are
// written. Codes unknown to this client are shown as they are, so a newer
// server still works.
#pragma once

#include "Validators.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp::client {

/// A code with its display name, in the order lists show them.
struct CodeName
{
    QString code;
    QString name;
};

class CommonTerms
{
    Q_DECLARE_TR_FUNCTIONS(CommonTerms)
  public:
    /// citizen_id, passport, hk_macao_permit, taiwan_permit, foreign_permanent.
    static QList<CodeName> idTypes();
    static QString idType(const QString& code);
    /// The fixed categories of credit_categories (admin_license … social_security).
    static QList<CodeName> categories();
    static QString category(const QString& code);
    /// id_copy, org_code_copy, agency_letter, authorization_letter, other.
    static QList<CodeName> materialKinds();
    static QString materialKind(const QString& code);
    static QString subjectKind(const QString& code); // natural | legal
    /// "A 社会开放" etc.; classes joined for one line.
    static QString openClass(const QString& code);
    static QString openClasses(const QStringList& codes);

    /// What is wrong with an identity number, for the inline message; empty when fine.
    static QString idProblem(cp::IdCheck check, cp::IdKind kind);

    static QString date(const QDate& d);         // "2026年11月25日" in Chinese
    static QString dateTime(const QDateTime& t); // Beijing time, minutes
};

} // namespace cp::client
