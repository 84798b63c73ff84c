#include "shell/ModuleTabs.h"

#include "audit/AuditLogPage.h"
#include "backup/BackupPage.h"
#include "department/BAuthorizationApprovalPage.h"
#include "media/CarryOutApprovalPage.h"
#include "media/MediaLocationsPage.h"
#include "media/MediaRegisterPage.h"
#include "walkin/WalkInExtensionPage.h"
#include "disputes/DisputeApprovalPage.h"

#include <QWidget>

namespace cp::client {

QList<ModuleTab> ModuleTabs::standard()
{
    QList<ModuleTab> tabs;
    // One line per feature page, e.g.
    //   tabs.append({cp::Module::Approvals, QStringLiteral("tab_loan_approvals"),
    //                [] { return tr("Archive loans"); }, {cp::Role::Approver},
    //                [](const ModuleContext& c, QWidget* parent) { return new LoanApprovalPage(c.api, parent); }});
    tabs.append({cp::Module::Approvals, QStringLiteral("tab_walkin_extensions"),
                 [] { return tr("Answer deadline extensions"); }, {cp::Role::Approver},
                 [](const ModuleContext& c, QWidget* parent) { return new WalkInExtensionPage(c.api, parent); }});
    tabs.append({cp::Module::Approvals, QStringLiteral("tab_b_authorizations"),
                 [] { return tr("B-class authorizations"); }, {cp::Role::CreditOfficer},
                 [](const ModuleContext& c, QWidget* parent) { return new BAuthorizationApprovalPage(c.api, parent); }});
    tabs.append({cp::Module::Audit, QStringLiteral("tab_audit_log"), [] { return tr("Audit log"); }, {cp::Role::SecurityAuditor}, [](const ModuleContext& c, QWidget* parent) { return new AuditLogPage(c.api, parent); }});
    tabs.append({cp::Module::Admin, QStringLiteral("tab_backups"), [] { return tr("Backup and restore"); }, {cp::Role::SystemAdmin}, [](const ModuleContext& c, QWidget* parent) { return new BackupPage(c.api, parent); }});
    tabs.append({cp::Module::Media, QStringLiteral("tab_media_register"), [] { return tr("Media register"); },
                 {cp::Role::Archivist}, [](const ModuleContext& c, QWidget* parent) {
                     return new MediaRegisterPage(c.api, c.session.account.fullName, parent);
                 }});
    tabs.append({cp::Module::Media, QStringLiteral("tab_media_locations"), [] { return tr("Storage locations"); },
                 {cp::Role::Archivist},
                 [](const ModuleContext& c, QWidget* parent) { return new MediaLocationsPage(c.api, parent); }});
    tabs.append({cp::Module::Approvals, QStringLiteral("tab_media_carry_approvals"),
                 [] { return tr("Media carry-out"); }, {cp::Role::Approver},
                 [](const ModuleContext& c, QWidget* parent) { return new CarryOutApprovalPage(c.api, parent); }});
    tabs.append(
        {cp::Module::Approvals,
         QStringLiteral("tab_dispute_approvals"),
         [] { return tr("Dispute results"); },
         {cp::Role::Approver},
         [](const ModuleContext& c, QWidget* parent) { return new DisputeApprovalPage(c.api, parent); }});
    return tabs;
}

} // namespace cp::client
