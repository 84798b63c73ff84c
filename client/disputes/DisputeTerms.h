// The dispute vocabulary as staff read it: material kinds, outcomes, case
// filters and document kinds → translated names. Which scans each application
// needs and their limits are the server's rule itself (shared/DisputeMaterials.h),
// so the clerk sees what is missing before sending; the server decides.
#pragma once

#include "common/CommonTerms.h"
#include "documents/ReportRenderer.h"

#include <QCoreApplication>

namespace cp::client {

class DisputeTerms
{
    Q_DECLARE_TR_FUNCTIONS(DisputeTerms)
  public:
    /// id_copy, org_code_copy, agency_letter, application_form, evidence.
    static QList<CodeName> materialKinds();
    static QString materialKind(const QString& code);
    /// corrected, deleted, upheld.
    static QList<CodeName> outcomes();
    static QString outcome(const QString& code);
    /// open, all, then each case state.
    static QList<CodeName> caseFilters();
};

} // namespace cp::client
