// The wording that differs between the documents ReportRenderer prints: their
// titles and the notes on the dispute documents (seed 003 附件2.三–七).
#include "documents/ReportRenderer.h"

#include "common/CommonTerms.h"

namespace cp::client {

QString ReportRenderer::title(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::DisputeReceipt:
        return tr("Dispute Application Acceptance Receipt");
    case DocumentKind::DisputeResult:
        return tr("Dispute Handling Result Report");
    case DocumentKind::MarkReceipt:
        return tr("Dispute Mark Application Acceptance Receipt");
    case DocumentKind::RevocationReceipt:
        return tr("Dispute Mark Revocation Acceptance Receipt");
    case DocumentKind::DepartmentExport:
        return tr("Public Credit Information (Department Query)");
    case DocumentKind::QueryReport:
        break;
    }
    return tr("Public Credit Information Report");
}

QStringList ReportRenderer::disputeNotes(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::DisputeReceipt:
        return {tr("From today the records above carry the mark “dispute in progress” "
                   "and are suspended from use until the result is delivered."),
                tr("The credit centre completes the case within 30 days of acceptance; "
                   "a complicated case may be extended, with approval, by at most 15 "
                   "working days."),
                tr("Please keep this receipt and bring it with your ID card to collect "
                   "the result.")};
    case DocumentKind::DisputeResult:
        return {tr("The result was verified with the providing department and approved "
                   "by the credit authority."),
                tr("Where a record was corrected or deleted, the applicant may print the "
                   "corrected credit information once free of charge."),
                tr("An applicant who still disputes the result may, within 5 working "
                   "days of receiving this report, apply to mark the record “applicant "
                   "disputes”.")};
    case DocumentKind::MarkReceipt:
        return {tr("The mark “applicant disputes” is set within 7 working days of "
                   "acceptance and kept for 30 days; the record itself remains valid."),
                tr("The applicant may apply at the window to revoke the mark.")};
    case DocumentKind::RevocationReceipt:
        return {tr("The mark “applicant disputes” is revoked within 5 working days of "
                   "acceptance.")};
    case DocumentKind::QueryReport:
    case DocumentKind::DepartmentExport:
        break;
    }
    return {};
}

QStringList ReportRenderer::departmentNotes(const cp::protocol::Report& report)
{
    // seed 000 §16, §18: government-shared (C) information stays inside government; B
    // only with an approved authorization; every view is in the query log.
    return {tr("The information comes from the public credit information platform as collected from "
               "the providing departments up to the time of issue, within the querying unit's "
               "jurisdiction."),
            tr("Information classes in this export: %1. Class B appears only under an approved "
               "authorization; class C is for internal government use and must not be disclosed "
               "to the public.")
                .arg(CommonTerms::openClasses(report.classes)),
            tr("Records under dispute processing are suspended and shown without content."),
            tr("For the stated purpose “%1” of the querying unit only; do not pass it on. The viewing "
               "is recorded in the permanent query log.")
                .arg(report.purpose)};
}

} // namespace cp::client
