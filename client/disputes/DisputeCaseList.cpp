#include "disputes/DisputeCaseList.h"

#include "disputes/DisputeTerms.h"
#include "disputes/DisputesApi.h"
#include "ui_DisputeCaseList.h"

#include <QHeaderView>

namespace cp::client {

namespace {

enum Column { ColNumber, ColSubject, ColState, ColAccepted, ColDue, ColOverdue, ColCount };

} // namespace

const QColor& DisputeCaseList::overdueColor()
{
    static const QColor c(0xfd, 0xec, 0xea);
    return c;
}

DisputeCaseList::DisputeCaseList(DisputesApi& api, const QString& filter, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DisputeCaseList>()), m_api(api)
{
    ui->setupUi(this);
    m_reload.attach(ui->refreshButton, ui->errorLabel);
    for (const CodeName& f : DisputeTerms::caseFilters())
        ui->filterCombo->addItem(f.name, f.code);
    ui->filterCombo->setCurrentIndex(std::max(0, ui->filterCombo->findData(filter)));
    QTableWidget* t = ui->casesTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels(
        {tr("Case"), tr("Subject"), tr("State"), tr("Accepted"), tr("Due date"), tr("Deadline")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColSubject, QHeaderView::Stretch);
    connect(ui->filterCombo, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(ui->refreshButton, &QPushButton::clicked, this, &DisputeCaseList::reload);
    connect(t, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = ui->casesTable->currentRow();
        if (row < 0 || row >= m_cases.size() || m_cases[row].id == m_selected)
            return;
        m_selected = m_cases[row].id;
        Q_EMIT caseSelected(m_selected);
    });
    ui->errorLabel->hide();
}

DisputeCaseList::~DisputeCaseList() = default;

void DisputeCaseList::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void DisputeCaseList::setFilter(const QString& filter)
{
    const int i = ui->filterCombo->findData(filter);
    if (i >= 0 && i != ui->filterCombo->currentIndex())
        ui->filterCombo->setCurrentIndex(i); // reloads
}

void DisputeCaseList::reload()
{
    m_loadedOnce = true;
    // A refusal stays on screen until the next answer.
    m_reload.start(PendingRequest::LastError::KeepUntilAnswered);
    m_api.cases(ui->filterCombo->currentData().toString(), this,
                m_reload.done<QList<cp::protocol::DisputeCase>>(
                    [this](const QList<cp::protocol::DisputeCase>& cases) {
                        m_cases = cases;
                        fill();
                        Q_EMIT loaded();
                    }));
}

void DisputeCaseList::fill()
{
    QTableWidget* t = ui->casesTable;
    const QSignalBlocker block(t);
    t->setRowCount(0);
    int overdue = 0;
    for (int i = 0; i < m_cases.size(); ++i) {
        const auto& c = m_cases[i];
        const bool closed = c.state == QLatin1String("delivered");
        const QString deadline = closed                        ? tr("Closed")
                                 : c.overdue                   ? tr("Overdue")
                                 : c.extendedDueDate.isValid() ? tr("Extended")
                                                               : tr("In time");
        const QStringList cells{c.number,
                                c.subject.name,
                                c.stateName,
                                CommonTerms::dateTime(c.acceptedAt),
                                CommonTerms::date(c.effectiveDueDate),
                                deadline};
        t->insertRow(i);
        for (int col = 0; col < ColCount; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (c.overdue) {
                item->setBackground(overdueColor());
                item->setForeground(QColor(0x8c, 0x1d, 0x18));
            }
            t->setItem(i, col, item);
        }
        overdue += c.overdue ? 1 : 0;
    }
    ui->countLabel->setText(overdue > 0
                                ? tr("%n case(s), %1 overdue", nullptr, int(m_cases.size())).arg(overdue)
                                : tr("%n case(s)", nullptr, int(m_cases.size())));
    const int row = rowOf(m_selected);
    if (row >= 0)
        t->selectRow(row);
}

int DisputeCaseList::rowOf(qint64 caseId) const
{
    for (int i = 0; i < m_cases.size(); ++i)
        if (m_cases[i].id == caseId)
            return i;
    return -1;
}

bool DisputeCaseList::select(qint64 caseId)
{
    const int row = rowOf(caseId);
    if (row < 0)
        return false;
    m_selected = 0; // emit even when it is the current case
    ui->casesTable->selectRow(row);
    ui->casesTable->setCurrentCell(row, 0);
    if (m_selected != caseId) {
        m_selected = caseId;
        Q_EMIT caseSelected(caseId);
    }
    return true;
}

} // namespace cp::client
