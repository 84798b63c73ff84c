#include "shell/ModuleTabs.h"

#include "media/CarryOutApprovalPage.h"
#include "media/MediaLocationsPage.h"
#include "media/MediaRegisterPage.h"

#include <QWidget>

namespace cp::client {

QList<ModuleTab> ModuleTabs::standard()
{
    QList<ModuleTab> tabs;
    // One line per feature page, e.g.
    //   tabs.append({cp::Module::Approvals, QStringLiteral("tab_loan_approvals"),
    //                [] { return tr("Archive loans"); }, {cp::Role::Approver},
    //                [](const ModuleContext& c, QWidget* parent) { return new LoanApprovalPage(c.api, parent); }});
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
    return tabs;
}

} // namespace cp::client
