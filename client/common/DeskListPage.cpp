#include "common/DeskListPage.h"

namespace cp::client {

void deskAddChoices(QComboBox* combo, const QList<std::pair<QString, QString>>& choices)
{
    for (const auto& [code, name] : choices)
        combo->addItem(name, code);
}

void deskChooseOrRefresh(QComboBox* combo, const QVariant& data, const std::function<void()>& refresh)
{
    const int i = combo->findData(data);
    if (i >= 0 && i != combo->currentIndex())
        combo->setCurrentIndex(i);
    else
        refresh();
}

QString deskShownText(const QLabel* label)
{
    return label->isHidden() ? QString() : label->text();
}

} // namespace cp::client
