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

void DeskListPage::setFilter(const QString& code)
{
    if (m_filterCombo)
        deskChooseOrRefresh(m_filterCombo, code, [this] { refresh(); });
    else
        refresh();
}

void DeskListPage::bindDeskPage(QLabel* errorLabel, QLabel* reminderLabel, QComboBox* filterCombo)
{
    m_errorLabel = errorLabel;
    m_reminderLabel = reminderLabel;
    m_filterCombo = filterCombo;
}

} // namespace cp::client
