// A module page made of feature tabs (see ModuleTabs.h). With one tab the tab
// bar is hidden and the page looks like a single screen.
#pragma once

#include "shell/ModuleTabs.h"

#include <QWidget>
#include <memory>

namespace Ui {
class TabbedModulePage;
}

namespace cp::client {

class TabbedModulePage : public QWidget
{
    Q_OBJECT
  public:
    /// Builds the tabs of `tabs` that belong to module and that one of roles opens.
    TabbedModulePage(cp::Module module, const QList<ModuleTab>& tabs, const QSet<cp::Role>& roles,
                     const ModuleContext& context, QWidget* parent = nullptr);
    ~TabbedModulePage() override;

    int tabCount() const;
    /// The tab's page by its objectName ("tab_…"), or nullptr.
    QWidget* tab(const QString& objectName) const;
    /// Makes the named tab the current one; false if there is no such tab.
    bool showTab(const QString& objectName);

  private:
    std::unique_ptr<Ui::TabbedModulePage> ui;
};

/// The roles of a session as enum values (unknown codes are skipped).
QSet<cp::Role> rolesOf(const cp::protocol::SessionInfo& session);

} // namespace cp::client
