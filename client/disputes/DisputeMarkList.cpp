#include "disputes/DisputeMarkList.h"

#include "disputes/DisputeCaseList.h"
#include "disputes/DisputeTerms.h"
#include "disputes/DisputesApi.h"
#include "ui_DisputeMarkList.h"

#include <QHeaderView>

namespace cp::client {

namespace {

enum Column { ColNumber, ColCase, ColRecord, ColState, ColDue, ColUntil, ColDeadline, ColCount };

} // namespace

DisputeMarkList::DisputeMarkList(DisputesApi& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DisputeMarkList>()), m_api(api)
{
    ui->setupUi(this);
    m_reload.attach(ui->refreshButton, ui->errorLabel);
    ui->filterCombo->addItem(tr("To be carried out"), QStringLiteral("open"));
    ui->filterCombo->addItem(tr("Marks in force"), QStringLiteral("active"));
    ui->filterCombo->addItem(tr("All"), QStringLiteral("all"));
    QTableWidget* t = ui->marksTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("Number"), tr("Case"), tr("Record"), tr("State"), tr("Due date"),
                                  tr("Kept until"), tr("Deadline")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColRecord, QHeaderView::Stretch);
    connect(ui->filterCombo, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(ui->refreshButton, &QPushButton::clicked, this, &DisputeMarkList::reload);
    connect(ui->openButton, &QPushButton::clicked, this, [this] { openRow(ui->marksTable->currentRow()); });
    connect(t, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    connect(t, &QTableWidget::itemSelectionChanged, this,
            [this] { ui->openButton->setEnabled(ui->marksTable->currentRow() >= 0); });
    ui->openButton->setEnabled(false);
    ui->errorLabel->hide();
}

DisputeMarkList::~DisputeMarkList() = default;

void DisputeMarkList::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void DisputeMarkList::reload()
{
    m_loadedOnce = true;
    // A refusal stays on screen until the next answer.
    m_reload.start(PendingRequest::LastError::KeepUntilAnswered);
    m_api.marks(ui->filterCombo->currentData().toString(), this,
                m_reload.done<QList<cp::protocol::ApplicantMark>>(
                    [this](const QList<cp::protocol::ApplicantMark>& marks) {
                        m_marks = marks;
                        fill();
                        Q_EMIT loaded();
                    }));
}

void DisputeMarkList::fill()
{
    QTableWidget* t = ui->marksTable;
    t->setRowCount(0);
    int overdue = 0;
    for (int i = 0; i < m_marks.size(); ++i) {
        const auto& m = m_marks[i];
        const bool revoking = m.state == QLatin1String("revocation_accepted");
        const bool open = m.state == QLatin1String("accepted") || revoking;
        const QStringList cells{m.number,
                                m.caseNumber,
                                m.recordTitle,
                                m.stateName,
                                open ? CommonTerms::date(revoking ? m.revocationDueDate : m.dueDate)
                                     : QString(),
                                CommonTerms::date(m.markUntil),
                                !open       ? QString()
                                : m.overdue ? tr("Overdue")
                                            : tr("In time")};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (m.overdue) {
                item->setBackground(DisputeCaseList::overdueColor());
                item->setForeground(QColor(0x8c, 0x1d, 0x18));
            }
            t->setItem(i, c, item);
        }
        overdue += m.overdue ? 1 : 0;
    }
    ui->countLabel->setText(
        overdue > 0 ? tr("%n application(s), %1 overdue", nullptr, int(m_marks.size())).arg(overdue)
                    : tr("%n application(s)", nullptr, int(m_marks.size())));
    ui->openButton->setEnabled(false);
}

int DisputeMarkList::rowOf(qint64 markId) const
{
    for (int i = 0; i < m_marks.size(); ++i)
        if (m_marks[i].id == markId)
            return i;
    return -1;
}

void DisputeMarkList::openRow(int row)
{
    if (row < 0 || row >= m_marks.size())
        return;
    Q_EMIT openRequested(m_marks[row].caseId, m_marks[row].id);
}

} // namespace cp::client
