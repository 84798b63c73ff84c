// The dispute vocabulary as staff read it: material kinds, outcomes, case
// filters and document kinds → translated names, and which scans each
// application needs. The lists mirror the server's rules (DisputeRules) so the
// clerk sees what is missing before sending; the server decides.
#pragma once

#include "walkin/ReportRenderer.h"
#include "walkin/WalkInTerms.h"

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

    /// seed 003 附件2.四(一), 六(三), 七(一): ID copy and the form; a legal
    /// person's agent also the sealed organisation-code copy and letter of
    /// agency; a dispute also its evidence. stage: dispute | mark | revocation.
    static QStringList requiredMaterials(const QString& stage, const QString& subjectKind);

    // Client-side checks before a scan is sent (the server checks again).
    static constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024;
    static constexpr qint64 kMaxTotalBytes = 20 * 1024 * 1024;
    static constexpr int kMaxFiles = 12;
    /// image/jpeg, image/png or application/pdf from the content; empty if none.
    static QString mimeTypeOf(const QByteArray& content);
};

} // namespace cp::client
