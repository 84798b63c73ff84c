#include "media/CarryOutApprovalPage.h"

#include "common/DeskListPage.h"
#include "media/MediaTerms.h"
#include "ui_CarryOutApprovalPage.h"

#include <QHeaderView>

namespace cp::client {

namespace {
enum Column {
    ColMedium,
    ColLevel,
    ColPurpose,
    ColDestination,
    ColCarriers,
    ColReturn,
    ColApplicant,
    ColState,
    ColCount
};
}

CarryOutApprovalPage::CarryOutApprovalPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::CarryOutApprovalPage>()), m_api(api)
{
    ui->setupUi(this);
    ui->stateCombo->addItem(tr("Awaiting approval"), QStringLiteral("pending"));
    ui->stateCombo->addItem(tr("Approved, not yet used"), QStringLiteral("approved"));
    ui->stateCombo->addItem(tr("All applications"), QStringLiteral("all"));
    QTableWidget* t = ui->requestsTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("Medium"), tr("Level"), tr("Purpose"), tr("Destination"),
                                  tr("Carried by"), tr("Back on"), tr("Applied by"), tr("State")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColPurpose, QHeaderView::Stretch);
    connect(ui->refreshButton, &QPushButton::clicked, this, &CarryOutApprovalPage::refresh);
    connect(ui->stateCombo, &QComboBox::currentIndexChanged, this, &CarryOutApprovalPage::refresh);
    connect(t, &QTableWidget::itemSelectionChanged, this, &CarryOutApprovalPage::updateButtons);
    connect(ui->approveButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(ui->rejectButton, &QPushButton::clicked, this, [this] { decide(false); });
    updateButtons();
    refresh();
}

CarryOutApprovalPage::~CarryOutApprovalPage() = default;

void CarryOutApprovalPage::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    ui->refreshButton->setEnabled(false);
    m_api.carryRequests(ui->stateCombo->currentData().toString(), this,
                        [this](const ApiResult& r, const QList<cp::protocol::CarryRequest>& list) {
                            m_busy = false;
                            ui->refreshButton->setEnabled(true);
                            if (!r.ok()) {
                                ui->errorLabel->setText(r.userMessage());
                                ui->errorLabel->show();
                                return;
                            }
                            m_requests = list;
                            fill();
                            Q_EMIT loaded();
                        });
}

void CarryOutApprovalPage::fill()
{
    QTableWidget* t = ui->requestsTable;
    t->setRowCount(0);
    for (int i = 0; i < m_requests.size(); ++i) {
        const auto& r = m_requests[i];
        QString carriers = r.carrier.name;
        if (r.secondPerson.isSet())
            carriers = tr("%1 and %2").arg(r.carrier.name, r.secondPerson.name);
        QString level = r.levelName;
        if (r.twoPersonRequired)
            level = tr("%1 (two people)").arg(r.levelName);
        QString state = MediaTerms::requestState(r.state);
        if (r.decidedBy.isSet())
            state = tr("%1 by %2").arg(state, r.decidedBy.name);
        const QStringList cells{r.serial,           level,    r.purpose,
                                r.destination,      carriers, CommonTerms::date(r.expectedReturn),
                                r.requestedBy.name, state};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c)
            t->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    ui->countLabel->setText(tr("%n application(s).", nullptr, int(m_requests.size())));
    updateButtons();
}

bool CarryOutApprovalPage::select(qint64 requestId)
{
    return deskSelectRow(ui->requestsTable, m_requests, [&](const auto& e) { return e.id == requestId; });
}

void CarryOutApprovalPage::updateButtons()
{
    const int row = ui->requestsTable->currentRow();
    const bool pending =
        row >= 0 && row < m_requests.size() && m_requests[row].state == QLatin1String("pending");
    ui->approveButton->setEnabled(pending && !m_busy);
    ui->rejectButton->setEnabled(pending && !m_busy);
}

void CarryOutApprovalPage::decide(bool approve)
{
    const int row = ui->requestsTable->currentRow();
    if (m_busy || row < 0 || row >= m_requests.size())
        return;
    m_busy = true;
    updateButtons();
    ui->errorLabel->hide();
    auto done = [this](const ApiResult& r, const cp::protocol::CarryRequest& request) {
        m_busy = false;
        if (!r.ok()) {
            updateButtons();
            ui->errorLabel->setText(r.userMessage());
            ui->errorLabel->show();
            return;
        }
        ui->noteEdit->clear();
        Q_EMIT decided(request);
        refresh();
    };
    const QString note = ui->noteEdit->text().trimmed();
    if (approve)
        m_api.approveCarryOut(m_requests[row].id, note, this, done);
    else
        m_api.rejectCarryOut(m_requests[row].id, note, this, done);
}

} // namespace cp::client
