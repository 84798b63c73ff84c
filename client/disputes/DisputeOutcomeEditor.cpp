#include "disputes/DisputeOutcomeEditor.h"

#include "disputes/DisputeTerms.h"
#include "ui_DisputeOutcomeEditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>

namespace cp::client {

namespace {

enum Column { ColRecord, ColOutcome, ColNewTitle, ColNewContent, ColCount };

} // namespace

DisputeOutcomeEditor::DisputeOutcomeEditor(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DisputeOutcomeEditor>())
{
    ui->setupUi(this);
    QTableWidget* t = ui->outcomesTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels(
        {tr("Record"), tr("Outcome"), tr("Corrected title"), tr("Corrected content")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(ColRecord, QHeaderView::Interactive);
    t->horizontalHeader()->setSectionResizeMode(ColOutcome, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColNewTitle, QHeaderView::Interactive);
    t->horizontalHeader()->setSectionResizeMode(ColNewContent, QHeaderView::Stretch);
    t->horizontalHeader()->resizeSection(ColRecord, 180);
    t->horizontalHeader()->resizeSection(ColNewTitle, 160);
    ui->outcomesError->hide();
}

DisputeOutcomeEditor::~DisputeOutcomeEditor() = default;

void DisputeOutcomeEditor::setRecords(const QList<cp::protocol::DisputedRecord>& records)
{
    QTableWidget* t = ui->outcomesTable;
    t->setRowCount(0);
    m_rows.clear();
    for (int i = 0; i < records.size(); ++i) {
        const auto& r = records[i];
        t->insertRow(i);
        auto* title = new QTableWidgetItem(tr("%1\n%2").arg(r.title, r.content));
        title->setFlags(Qt::ItemIsEnabled);
        title->setToolTip(title->text());
        t->setItem(i, ColRecord, title);
        Row row;
        row.recordId = r.recordId;
        row.outcome = new QComboBox(t);
        row.outcome->setObjectName(QStringLiteral("outcomeCombo_%1").arg(r.recordId));
        row.outcome->setAccessibleName(tr("Outcome for %1").arg(r.title));
        for (const CodeName& o : DisputeTerms::outcomes())
            row.outcome->addItem(o.name, o.code);
        row.newTitle = new QLineEdit(r.newTitle.isEmpty() ? r.title : r.newTitle, t);
        row.newTitle->setObjectName(QStringLiteral("newTitleEdit_%1").arg(r.recordId));
        row.newTitle->setMaxLength(200);
        row.newContent = new QLineEdit(r.newContent.isEmpty() ? r.content : r.newContent, t);
        row.newContent->setObjectName(QStringLiteral("newContentEdit_%1").arg(r.recordId));
        row.newContent->setMaxLength(4000);
        if (!r.outcome.isEmpty())
            row.outcome->setCurrentIndex(std::max(0, row.outcome->findData(r.outcome)));
        t->setCellWidget(i, ColOutcome, row.outcome);
        t->setCellWidget(i, ColNewTitle, row.newTitle);
        t->setCellWidget(i, ColNewContent, row.newContent);
        connect(row.outcome, &QComboBox::currentIndexChanged, this, [this, row] { updateRow(row); });
        updateRow(row);
        m_rows.append(row);
    }
    t->resizeRowsToContents();
    clearError();
}

void DisputeOutcomeEditor::updateRow(const Row& row)
{
    const bool corrected = row.outcome->currentData().toString() == QLatin1String("corrected");
    row.newTitle->setEnabled(corrected);
    row.newContent->setEnabled(corrected);
}

QList<cp::protocol::DisputeOutcomeInput> DisputeOutcomeEditor::outcomes() const
{
    QList<cp::protocol::DisputeOutcomeInput> out;
    for (const Row& row : m_rows) {
        cp::protocol::DisputeOutcomeInput o;
        o.recordId = row.recordId;
        o.outcome = row.outcome->currentData().toString();
        if (o.outcome == QLatin1String("corrected")) {
            o.newTitle = row.newTitle->text().trimmed();
            o.newContent = row.newContent->text().trimmed();
        }
        out.append(o);
    }
    return out;
}

bool DisputeOutcomeEditor::setOutcome(qint64 recordId, const QString& outcome, const QString& newTitle,
                                      const QString& newContent)
{
    for (const Row& row : std::as_const(m_rows)) {
        if (row.recordId != recordId)
            continue;
        const int i = row.outcome->findData(outcome);
        if (i < 0)
            return false;
        row.outcome->setCurrentIndex(i);
        if (!newTitle.isEmpty())
            row.newTitle->setText(newTitle);
        if (!newContent.isEmpty())
            row.newContent->setText(newContent);
        return true;
    }
    return false;
}

void DisputeOutcomeEditor::showError(const QString& field, const QString& message)
{
    ui->outcomesError->setText(message);
    ui->outcomesError->show();
    static const QRegularExpression at(QStringLiteral("^outcomes\\[(\\d+)\\]\\.(\\w+)$"));
    const auto m = at.match(field);
    if (!m.hasMatch())
        return;
    const int i = m.captured(1).toInt();
    if (i < 0 || i >= m_rows.size())
        return;
    const QString name = m.captured(2);
    QWidget* w = name == QLatin1String("newTitle")     ? static_cast<QWidget*>(m_rows[i].newTitle)
                 : name == QLatin1String("newContent") ? static_cast<QWidget*>(m_rows[i].newContent)
                                                       : static_cast<QWidget*>(m_rows[i].outcome);
    w->setFocus();
}

void DisputeOutcomeEditor::clearError()
{
    ui->outcomesError->hide();
}

} // namespace cp::client
