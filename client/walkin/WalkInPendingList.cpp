#include "walkin/WalkInPendingList.h"

#include "common/CommonTerms.h"
#include "ui_WalkInPendingList.h"
#include "walkin/WalkInApi.h"

#include <QHeaderView>

namespace cp::client {

namespace {

enum Column { ColNumber, ColSubject, ColApplicant, ColPurpose, ColRegistered, ColDue, ColState, ColCount };

const QColor kOverdueRow(0xfd, 0xec, 0xea);
const QColor kOverdueInk(0x8c, 0x1d, 0x18);

QDate effectiveDue(const cp::protocol::WalkInApplication& a)
{
    return a.extendedDueDate.isValid() ? a.extendedDueDate : a.dueDate;
}

} // namespace

WalkInPendingList::WalkInPendingList(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::WalkInPendingList>())
{
    ui->setupUi(this);
    m_reload.attach(ui->refreshButton, ui->errorLabel);
    QTableWidget* t = ui->pendingTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("Application no."), tr("Subject"), tr("Applicant"), tr("Purpose"),
                                  tr("Registered"), tr("Answer due"), tr("State")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColPurpose, QHeaderView::Stretch);
    connect(ui->refreshButton, &QPushButton::clicked, this, &WalkInPendingList::refresh);
    connect(ui->openButton, &QPushButton::clicked, this, &WalkInPendingList::openCurrent);
    connect(t, &QTableWidget::itemActivated, this, &WalkInPendingList::openCurrent);
    connect(t, &QTableWidget::itemSelectionChanged, this,
            [this] { ui->openButton->setEnabled(ui->pendingTable->currentRow() >= 0); });
    ui->openButton->setEnabled(false);
}

WalkInPendingList::~WalkInPendingList() = default;

void WalkInPendingList::setOpenText(const QString& text)
{
    ui->openButton->setText(text);
}

void WalkInPendingList::refresh()
{
    if (!m_api || m_reload.busy())
        return;
    m_reload.start();
    using Applications = QList<cp::protocol::WalkInApplication>;
    m_api->pending(this, m_reload.done<Applications>([this](const Applications& list) {
        m_applications = list;
        // The server sorts by deadline already; keep that order stable here too.
        std::stable_sort(m_applications.begin(), m_applications.end(),
                         [](const auto& a, const auto& b) { return effectiveDue(a) < effectiveDue(b); });
        fill();
        Q_EMIT loaded();
    }));
}

void WalkInPendingList::fill()
{
    QTableWidget* t = ui->pendingTable;
    t->setRowCount(0);
    int overdue = 0;
    for (int i = 0; i < m_applications.size(); ++i) {
        const auto& a = m_applications[i];
        const QDate due = effectiveDue(a);
        const QString subject =
            a.subject ? tr("%1 (%2)").arg(a.subject->name, a.subjectIdNumber) : a.subjectIdNumber;
        QString state = a.overdue ? tr("Overdue") : tr("Within deadline");
        if (a.extendedDueDate.isValid())
            state += tr(" · extended (original deadline %1)").arg(CommonTerms::date(a.dueDate));
        const QStringList cells{a.number,
                                subject,
                                a.applicantName,
                                a.purpose,
                                CommonTerms::dateTime(a.createdAt),
                                CommonTerms::date(due),
                                state};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.id);
            if (a.overdue) {
                item->setBackground(kOverdueRow);
                item->setForeground(kOverdueInk);
                if (c == ColDue || c == ColState) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
            }
            t->setItem(i, c, item);
        }
        overdue += a.overdue ? 1 : 0;
    }
    ui->countLabel->setText(
        overdue > 0
            ? tr("%n application(s) awaiting an answer, %1 overdue.", nullptr, int(m_applications.size()))
                  .arg(overdue)
            : tr("%n application(s) awaiting an answer.", nullptr, int(m_applications.size())));
    ui->openButton->setEnabled(t->currentRow() >= 0);
}

void WalkInPendingList::openCurrent()
{
    const int row = ui->pendingTable->currentRow();
    if (row >= 0 && row < m_applications.size())
        Q_EMIT openRequested(m_applications[row]);
}

} // namespace cp::client
