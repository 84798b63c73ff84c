// The walk-in vocabulary as the clerk reads it: application kinds and
// statuses → translated names. Codes unknown to this client are shown as they
// are, so a newer server still works. What other modules show the same way
// (ID types, categories, material kinds, dates) is in common/CommonTerms.h.
#pragma once

#include "common/CommonTerms.h"

#include <QCoreApplication>
#include <QString>

namespace cp::client {

class WalkInTerms
{
    Q_DECLARE_TR_FUNCTIONS(WalkInTerms)
  public:
    static QString applicationKind(const QString& code); // self | other
    static QString status(const QString& code);          // registered | answered | refused | pending
};

} // namespace cp::client
