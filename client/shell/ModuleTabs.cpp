#include "shell/ModuleTabs.h"

#include "admin/AccountsPage.h"
#include "admin/AdminRequestsPage.h"
#include "admin/CalendarPage.h"
#include "admin/CertificatesPage.h"
#include "admin/PolicyPage.h"
#include "admin/RevocationsPage.h"
#include "admin/RolesPage.h"
#include "admin/StaleAccountsPage.h"
#include "archives/ArchiveDestructionsPage.h"
#include "archives/ArchiveItemsPage.h"
#include "archives/ArchiveLoansPage.h"
#include "archives/LoanApprovalPage.h"
#include "audit/AuditLogPage.h"
#include "backup/BackupPage.h"
#include "department/BAuthorizationApprovalPage.h"
#include "disputes/DisputeApprovalPage.h"
#include "media/CarryOutApprovalPage.h"
#include "media/MediaLocationsPage.h"
#include "media/MediaRegisterPage.h"
#include "walkin/WalkInExtensionPage.h"

#include <QWidget>

namespace cp::client {

namespace {

/// 双人确认: a change to an administrator's account waits for an administrator of another
/// post (issue 11 finding 3), so each of the three administrators' modules has this tab.
ModuleTab requestsTab(cp::Module module, cp::Role role)
{
    return {module,
            QStringLiteral("tab_admin_requests"),
            [] { return ModuleTabs::tr("Two-person confirmations"); },
            {role},
            [](const ModuleContext& c, QWidget* parent) { return new AdminRequestsPage(c.api, parent); }};
}

} // namespace

QList<ModuleTab> ModuleTabs::standard()
{
    QList<ModuleTab> tabs;
    // One append per feature page: module, objectName, title, roles that see it, factory.
    // 档案管理 (archivist)
    tabs.append(
        {cp::Module::Archives,
         QStringLiteral("tab_archive_items"),
         [] { return tr("Archive register"); },
         {cp::Role::Archivist},
         [](const ModuleContext& c, QWidget* parent) { return new ArchiveItemsPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Archives,
         QStringLiteral("tab_archive_loans"),
         [] { return tr("Loans"); },
         {cp::Role::Archivist},
         [](const ModuleContext& c, QWidget* parent) { return new ArchiveLoansPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Archives,
         QStringLiteral("tab_archive_destructions"),
         [] { return tr("Destruction"); },
         {cp::Role::Archivist},
         [](const ModuleContext& c, QWidget* parent) { return new ArchiveDestructionsPage(c.api, parent); }});
    // 存储介质 (archivist)
    tabs.append({cp::Module::Media,
                 QStringLiteral("tab_media_register"),
                 [] { return tr("Media register"); },
                 {cp::Role::Archivist},
                 [](const ModuleContext& c, QWidget* parent) {
                     return new MediaRegisterPage(c.api, c.session.account.fullName, parent);
                 }});
    tabs.append(
        {cp::Module::Media,
         QStringLiteral("tab_media_locations"),
         [] { return tr("Storage locations"); },
         {cp::Role::Archivist},
         [](const ModuleContext& c, QWidget* parent) { return new MediaLocationsPage(c.api, parent); }});
    // 审批 (approver; B-class authorizations: officer)
    tabs.append(
        {cp::Module::Approvals,
         QStringLiteral("tab_dispute_approvals"),
         [] { return tr("Dispute results"); },
         {cp::Role::Approver},
         [](const ModuleContext& c, QWidget* parent) { return new DisputeApprovalPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Approvals,
         QStringLiteral("tab_walkin_extensions"),
         [] { return tr("Answer deadline extensions"); },
         {cp::Role::Approver},
         [](const ModuleContext& c, QWidget* parent) { return new WalkInExtensionPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Approvals,
         QStringLiteral("tab_loan_approvals"),
         [] { return tr("Archive loans"); },
         {cp::Role::Approver},
         [](const ModuleContext& c, QWidget* parent) { return new LoanApprovalPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Approvals,
         QStringLiteral("tab_destruction_approvals"),
         [] { return tr("Archive destruction"); },
         {cp::Role::Approver},
         [](const ModuleContext& c, QWidget* parent) { return new DestructionApprovalPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Approvals,
         QStringLiteral("tab_media_carry_approvals"),
         [] { return tr("Media carry-out"); },
         {cp::Role::Approver},
         [](const ModuleContext& c, QWidget* parent) { return new CarryOutApprovalPage(c.api, parent); }});
    tabs.append({cp::Module::Approvals,
                 QStringLiteral("tab_b_authorizations"),
                 [] { return tr("B-class authorizations"); },
                 {cp::Role::CreditOfficer},
                 [](const ModuleContext& c, QWidget* parent) {
                     return new BAuthorizationApprovalPage(c.api, parent);
                 }});
    // 系统管理 (system admin)
    tabs.append({cp::Module::Admin,
                 QStringLiteral("tab_accounts"),
                 [] { return tr("Accounts"); },
                 {cp::Role::SystemAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new AccountsPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Admin,
         QStringLiteral("tab_certificates"),
         [] { return tr("Certificates"); },
         {cp::Role::SystemAdmin},
         [](const ModuleContext& c, QWidget* parent) { return new CertificatesPage(c.api, parent); }});
    tabs.append({cp::Module::Admin,
                 QStringLiteral("tab_backups"),
                 [] { return tr("Backup and restore"); },
                 {cp::Role::SystemAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new BackupPage(c.api, parent); }});
    tabs.append({cp::Module::Admin,
                 QStringLiteral("tab_calendar"),
                 [] { return tr("Working-day calendar"); },
                 {cp::Role::SystemAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new CalendarPage(c.api, parent); }});
    tabs.append(requestsTab(cp::Module::Admin, cp::Role::SystemAdmin));
    // 安全管理 (security admin)
    tabs.append({cp::Module::Security,
                 QStringLiteral("tab_roles"),
                 [] { return tr("Roles and jurisdictions"); },
                 {cp::Role::SecurityAdmin},
                 [](const ModuleContext& c, QWidget* parent) {
                     return new RolesPage(c.api, c.session.account.id, parent);
                 }});
    tabs.append({cp::Module::Security,
                 QStringLiteral("tab_policy"),
                 [] { return tr("Security policy"); },
                 {cp::Role::SecurityAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new PolicyPage(c.api, parent); }});
    tabs.append({cp::Module::Security,
                 QStringLiteral("tab_revocations"),
                 [] { return tr("Certificate revocation"); },
                 {cp::Role::SecurityAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new RevocationsPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Security,
         QStringLiteral("tab_stale_accounts"),
         [] { return tr("Unused accounts"); },
         {cp::Role::SecurityAdmin},
         [](const ModuleContext& c, QWidget* parent) { return new StaleAccountsPage(c.api, parent); }});
    tabs.append(requestsTab(cp::Module::Security, cp::Role::SecurityAdmin));
    // 安全审计 (security auditor)
    tabs.append({cp::Module::Audit,
                 QStringLiteral("tab_audit_log"),
                 [] { return tr("Audit log"); },
                 {cp::Role::SecurityAuditor},
                 [](const ModuleContext& c, QWidget* parent) { return new AuditLogPage(c.api, parent); }});
    tabs.append(requestsTab(cp::Module::Audit, cp::Role::SecurityAuditor));
    return tabs;
}

} // namespace cp::client
