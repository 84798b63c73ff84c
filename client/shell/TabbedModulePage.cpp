#include "shell/TabbedModulePage.h"

#include "ui_TabbedModulePage.h"

#include <QTabBar>

namespace cp::client {

QSet<cp::Role> rolesOf(const cp::protocol::SessionInfo& session)
{
    QSet<cp::Role> roles;
    for (const QString& code : session.account.roles)
        if (const auto role = cp::roleFromCode(code))
            roles.insert(*role);
    return roles;
}

TabbedModulePage::TabbedModulePage(cp::Module module, const QList<ModuleTab>& tabs,
                                   const QSet<cp::Role>& roles, const ModuleContext& context, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::TabbedModulePage>())
{
    ui->setupUi(this);
    for (const ModuleTab& t : tabs) {
        if (t.module != module || !t.factory || !roles.intersects(t.roles))
            continue;
        QWidget* page = t.factory(context, ui->tabs);
        if (!page)
            continue;
        page->setObjectName(t.objectName);
        ui->tabs->addTab(page, t.title());
    }
    ui->tabs->tabBar()->setVisible(ui->tabs->count() > 1);
}

TabbedModulePage::~TabbedModulePage() = default;

int TabbedModulePage::tabCount() const
{
    return ui->tabs->count();
}

QWidget* TabbedModulePage::tab(const QString& objectName) const
{
    for (int i = 0; i < ui->tabs->count(); ++i)
        if (ui->tabs->widget(i)->objectName() == objectName)
            return ui->tabs->widget(i);
    return nullptr;
}

bool TabbedModulePage::showTab(const QString& objectName)
{
    QWidget* page = tab(objectName);
    if (page)
        ui->tabs->setCurrentWidget(page);
    return page != nullptr;
}

} // namespace cp::client
