// Module → page factory. The one place where a workflow module plugs into the
// shell: a later issue writes its widget and adds one line to
// ModuleRegistry::standard() in ModuleRegistry.cpp. Modules without a factory
// show a ModulePlaceholder.
#pragma once

#include "Protocol.h"
#include "Roles.h"

#include <QString>
#include <functional>
#include <map>

class QWidget;

namespace cp::client {

class ApiClient;

/// What a module page gets when it is built (once per login).
struct ModuleContext
{
    ApiClient& api;
    const cp::protocol::SessionInfo& session;
};

/// Builds a module's page as a child of parent.
using ModuleFactory = std::function<QWidget*(const ModuleContext& context, QWidget* parent)>;

class ModuleRegistry
{
  public:
    /// The product's modules as shipped in this release.
    static ModuleRegistry standard();

    void set(cp::Module module, ModuleFactory factory);
    bool hasFactory(cp::Module module) const;
    /// The module's page; a placeholder when no factory is registered yet.
    /// The page's objectName is "module_<code>" (e.g. "module_walkin").
    QWidget* create(cp::Module module, const ModuleContext& context, QWidget* parent) const;

  private:
    std::map<cp::Module, ModuleFactory> m_factories;
};

} // namespace cp::client
