#include "common/RequiredMaterialsList.h"

#include <QColor>
#include <QFont>
#include <QListWidget>

namespace cp::client {

void RequiredMaterialsList::fill(QListWidget* list, const QStringList& required, const QStringList& missing,
                                 const QStringList& stressed,
                                 const std::function<QString(const QString&)>& nameOf)
{
    list->clear();
    for (const QString& kind : required) {
        const bool present = !missing.contains(kind);
        auto* item = new QListWidgetItem(list);
        item->setText((present ? tr("✓ %1") : tr("✗ %1 (missing)")).arg(nameOf(kind)));
        item->setForeground(present ? QColor(0x1b, 0x6e, 0x3a) : QColor(0xb3, 0x26, 0x1e));
        if (!present && stressed.contains(kind)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
}

} // namespace cp::client
