#include "shell/ModuleRegistry.h"

#include "department/DepartmentWidget.h"
#include "disputes/DisputesWidget.h"
#include "shell/ModulePlaceholder.h"
#include "shell/ModuleTabs.h"
#include "shell/TabbedModulePage.h"
#include "walkin/WalkInWidget.h"

#include <QWidget>

namespace cp::client {

ModuleRegistry ModuleRegistry::standard()
{
    ModuleRegistry registry;
    // A module with a page of its own registers its factory here; features that
    // share a module (审批, 系统管理 …) add a tab in ModuleTabs.cpp instead.
    registry.set(cp::Module::WalkIn,
                 [](const ModuleContext& c, QWidget* parent) { return new WalkInWidget(c.api, parent); });
    registry.set(cp::Module::Department, [](const ModuleContext& c, QWidget* parent) {
        return new DepartmentWidget(c.api, c.session, parent);
    });
    registry.set(cp::Module::Disputes, [](const ModuleContext& c, QWidget* parent) {
        return new DisputesWidget(c.api, rolesOf(c.session), parent);
    });

    // Modules made of feature tabs (ModuleTabs.cpp): one page per module, the
    // tabs filtered by the user's roles.
    const QList<ModuleTab> tabs = ModuleTabs::standard();
    QSet<cp::Module> tabbed;
    for (const ModuleTab& t : tabs)
        tabbed.insert(t.module);
    for (cp::Module module : std::as_const(tabbed))
        registry.set(module, [module, tabs](const ModuleContext& c, QWidget* parent) -> QWidget* {
            return new TabbedModulePage(module, tabs, rolesOf(c.session), c, parent);
        });
    return registry;
}

void ModuleRegistry::set(cp::Module module, ModuleFactory factory)
{
    m_factories[module] = std::move(factory);
}

bool ModuleRegistry::hasFactory(cp::Module module) const
{
    const auto it = m_factories.find(module);
    return it != m_factories.end() && it->second;
}

QWidget* ModuleRegistry::create(cp::Module module, const ModuleContext& context, QWidget* parent) const
{
    QWidget* page = nullptr;
    if (hasFactory(module))
        page = m_factories.at(module)(context, parent);
    if (!page)
        page = new ModulePlaceholder(module, parent);
    page->setObjectName(QStringLiteral("module_") + cp::moduleCode(module));
    return page;
}

} // namespace cp::client
