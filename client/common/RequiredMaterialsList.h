// The checklist of the scans an application needs, as the walk-in materials
// panel and the dispute materials editor show it: ✓ for a kind attached, ✗ in
// red for one still missing, bold when the server's refusal named it.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QListWidget;

namespace cp::client {

class RequiredMaterialsList
{
    Q_DECLARE_TR_FUNCTIONS(RequiredMaterialsList)
  public:
    /// Refills list with one line per kind of required, named by nameOf.
    static void fill(QListWidget* list, const QStringList& required, const QStringList& missing,
                     const QStringList& stressed, const std::function<QString(const QString&)>& nameOf);
};

} // namespace cp::client
