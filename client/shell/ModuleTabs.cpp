#include "shell/ModuleTabs.h"

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
    tabs.append(
        {cp::Module::Approvals,
         QStringLiteral("tab_dispute_approvals"),
         [] { return tr("Dispute results"); },
         {cp::Role::Approver},
         [](const ModuleContext& c, QWidget* parent) { return new DisputeApprovalPage(c.api, parent); }});
    return tabs;
}

} // namespace cp::client
