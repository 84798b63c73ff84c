// Tabs of the work areas that several features share (审批, 系统管理, …). A
// feature adds its page to a module with one line in ModuleTabs::standard()
// (ModuleTabs.cpp); ModuleRegistry turns a module's tabs into a
// TabbedModulePage holding the tabs the user's roles open. A module with a
// whole page of its own (现场查询) registers a factory in ModuleRegistry instead.
#pragma once

#include "Roles.h"
#include "shell/ModuleRegistry.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

namespace cp::client {

struct ModuleTab
{
    cp::Module module;
    QString objectName;             // "tab_<feature>", for tests and settings
    std::function<QString()> title; // translated when the page is built
    QSet<cp::Role> roles;           // shown to a user holding any of these
    ModuleFactory factory;
};

class ModuleTabs
{
    Q_DECLARE_TR_FUNCTIONS(ModuleTabs)
  public:
    /// Every shared-module tab of this release, in display order.
    static QList<ModuleTab> standard();
};

} // namespace cp::client
