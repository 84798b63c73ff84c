// Names of roles and modules as the user reads them, through tr() so English
// builds work too. (shared/Roles.h's roleNameZh is for server messages.)
#pragma once

#include "Roles.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cp::client {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
  public:
    static QString role(cp::Role role);
    /// Unknown codes are shown as they are, so a newer server still works.
    static QString roleFromCode(const QString& code);
    static QStringList rolesFromCodes(const QStringList& codes);
    static QString module(cp::Module module);
};

} // namespace cp::client
