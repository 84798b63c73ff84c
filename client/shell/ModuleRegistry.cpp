#include "shell/ModuleRegistry.h"

#include "shell/ModulePlaceholder.h"
#include "walkin/WalkInWidget.h"

#include <QWidget>

namespace cp::client {

ModuleRegistry ModuleRegistry::standard()
{
    ModuleRegistry registry;
    // Workflow modules register here as they arrive, e.g.
    //   registry.set(cp::Module::WalkIn, [](const ModuleContext& c, QWidget* parent) {
    //       return new WalkInPage(c.api, c.session, parent);
    //   });
    registry.set(cp::Module::WalkIn,
                 [](const ModuleContext& c, QWidget* parent) { return new WalkInWidget(c.api, parent); });
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
