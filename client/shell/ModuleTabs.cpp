#include "shell/ModuleTabs.h"

#include "admin/AccountsPage.h"
#include "admin/CertificatesPage.h"
#include "admin/PolicyPage.h"
#include "admin/RevocationsPage.h"
#include "admin/RolesPage.h"
#include "admin/StaleAccountsPage.h"

#include <QWidget>

namespace cp::client {

QList<ModuleTab> ModuleTabs::standard()
{
    QList<ModuleTab> tabs;
    // One line per feature page, e.g.
    //   tabs.append({cp::Module::Approvals, QStringLiteral("tab_loan_approvals"),
    //                [] { return tr("Archive loans"); }, {cp::Role::Approver},
    //                [](const ModuleContext& c, QWidget* parent) { return new LoanApprovalPage(c.api, parent); }});
    tabs.append({cp::Module::Admin, QStringLiteral("tab_accounts"), [] { return tr("Accounts"); }, {cp::Role::SystemAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new AccountsPage(c.api, parent); }});
    tabs.append({cp::Module::Admin, QStringLiteral("tab_certificates"), [] { return tr("Certificates"); }, {cp::Role::SystemAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new CertificatesPage(c.api, parent); }});
    tabs.append({cp::Module::Security, QStringLiteral("tab_roles"), [] { return tr("Roles and jurisdictions"); }, {cp::Role::SecurityAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new RolesPage(c.api, c.session.account.id, parent); }});
    tabs.append({cp::Module::Security, QStringLiteral("tab_policy"), [] { return tr("Security policy"); }, {cp::Role::SecurityAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new PolicyPage(c.api, parent); }});
    tabs.append({cp::Module::Security, QStringLiteral("tab_revocations"), [] { return tr("Certificate revocation"); }, {cp::Role::SecurityAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new RevocationsPage(c.api, parent); }});
    tabs.append({cp::Module::Security, QStringLiteral("tab_stale_accounts"), [] { return tr("Unused accounts"); }, {cp::Role::SecurityAdmin},
                 [](const ModuleContext& c, QWidget* parent) { return new StaleAccountsPage(c.api, parent); }});
    return tabs;
}

} // namespace cp::client
