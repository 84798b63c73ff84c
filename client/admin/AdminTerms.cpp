#include "admin/AdminTerms.h"

#include "app/DisplayNames.h"
#include "net/ApiResult.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace cp::client {

QString AdminTerms::accountStatus(const QString& code)
{
    if (code == QLatin1String("active"))
        return tr("Active");
    if (code == QLatin1String("disabled"))
        return tr("Disabled");
    if (code == QLatin1String("deregistered"))
        return tr("Deregistered");
    return code;
}

QString AdminTerms::certificateStatus(const QString& code)
{
    if (code == QLatin1String("active"))
        return tr("In use");
    if (code == QLatin1String("revoked"))
        return tr("Revoked");
    return code;
}

QString AdminTerms::dateTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("—");
}

QString AdminTerms::date(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : tr("—");
}

QString AdminTerms::roles(const QStringList& codes)
{
    return codes.isEmpty() ? tr("(no role)") : DisplayNames::rolesFromCodes(codes).join(tr(", "));
}

void AdminTerms::prepareTable(QTableWidget* table, const QStringList& headers, int stretchColumn)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretchColumn >= 0)
        table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

void AdminTerms::addRow(QTableWidget* table, qint64 id, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}

qint64 AdminTerms::currentId(const QTableWidget* table)
{
    const int row = table->currentRow();
    const QTableWidgetItem* item = row >= 0 ? table->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AdminTerms::showError(QLabel* label, const ApiResult& result)
{
    showText(label, result.ok() ? QString() : result.userMessage());
}

void AdminTerms::showText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace cp::client
