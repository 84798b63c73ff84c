#include "shell/ModuleTabs.h"

#include "archives/ArchiveDestructionsPage.h"
#include "archives/ArchiveItemsPage.h"
#include "archives/ArchiveLoansPage.h"
#include "archives/LoanApprovalPage.h"

#include <QWidget>

namespace cp::client {

QList<ModuleTab> ModuleTabs::standard()
{
    QList<ModuleTab> tabs;
    // One line per feature page, e.g.
    //   tabs.append({cp::Module::Approvals, QStringLiteral("tab_loan_approvals"),
    //                [] { return tr("Archive loans"); }, {cp::Role::Approver},
    //                [](const ModuleContext& c, QWidget* parent) { return new LoanApprovalPage(c.api, parent); }});
    tabs.append({cp::Module::Archives, QStringLiteral("tab_archive_items"), [] { return tr("Archive register"); },
                 {cp::Role::Archivist},
                 [](const ModuleContext& c, QWidget* parent) { return new ArchiveItemsPage(c.api, parent); }});
    tabs.append({cp::Module::Archives, QStringLiteral("tab_archive_loans"), [] { return tr("Loans"); },
                 {cp::Role::Archivist},
                 [](const ModuleContext& c, QWidget* parent) { return new ArchiveLoansPage(c.api, parent); }});
    tabs.append({cp::Module::Archives, QStringLiteral("tab_archive_destructions"), [] { return tr("Destruction"); },
                 {cp::Role::Archivist},
                 [](const ModuleContext& c, QWidget* parent) { return new ArchiveDestructionsPage(c.api, parent); }});
    tabs.append({cp::Module::Approvals, QStringLiteral("tab_loan_approvals"), [] { return tr("Archive loans"); },
                 {cp::Role::Approver},
                 [](const ModuleContext& c, QWidget* parent) { return new LoanApprovalPage(c.api, parent); }});
    tabs.append({cp::Module::Approvals, QStringLiteral("tab_destruction_approvals"),
                 [] { return tr("Archive destruction"); }, {cp::Role::Approver},
                 [](const ModuleContext& c, QWidget* parent) { return new DestructionApprovalPage(c.api, parent); }});
    return tabs;
}

} // namespace cp::client
