#include "department/BAuthorizationApprovalPage.h"

#include "department/DepartmentTerms.h"
#include "ui_BAuthorizationApprovalPage.h"

namespace cp::client {

BAuthorizationApprovalPage::BAuthorizationApprovalPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::BAuthorizationApprovalPage>()), m_api(api)
{
    ui->setupUi(this);
    for (QLabel* l : {ui->errorLabel, ui->noticeLabel})
        l->setTextFormat(Qt::PlainText);
    ui->filterCombo->addItem(tr("Pending requests"), QStringLiteral("pending"));
    ui->filterCombo->addItem(tr("All requests"), QStringLiteral("all"));
    DepartmentTerms::fillAuthorizationTable(ui->requestsTable, {});
    connect(ui->filterCombo, &QComboBox::currentIndexChanged, this, &BAuthorizationApprovalPage::refresh);
    connect(ui->refreshButton, &QPushButton::clicked, this, &BAuthorizationApprovalPage::refresh);
    connect(ui->approveButton, &QPushButton::clicked, this, &BAuthorizationApprovalPage::approveCurrent);
    connect(ui->rejectButton, &QPushButton::clicked, this, &BAuthorizationApprovalPage::rejectCurrent);
    connect(ui->requestsTable, &QTableWidget::itemSelectionChanged, this,
            &BAuthorizationApprovalPage::updateActions);
    connect(ui->reasonEdit, &QLineEdit::textEdited, this, [this] { ui->reasonError->hide(); });
}

BAuthorizationApprovalPage::~BAuthorizationApprovalPage() = default;

void BAuthorizationApprovalPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void BAuthorizationApprovalPage::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    ui->errorLabel->hide();
    updateActions();
    m_api.authorizations(ui->filterCombo->currentData().toString(), this,
                         [this](const ApiResult& r, const QList<cp::protocol::BAuthorization>& list) {
                             m_loading = false;
                             if (!r.ok()) {
                                 ui->errorLabel->setText(r.userMessage());
                                 ui->errorLabel->show();
                                 updateActions();
                                 return;
                             }
                             m_list = list;
                             DepartmentTerms::fillAuthorizationTable(ui->requestsTable, m_list);
                             ui->countLabel->setText(
                                 tr("%n request(s) listed.", nullptr, int(m_list.size())));
                             updateActions();
                             Q_EMIT loaded();
                         });
}

std::optional<cp::protocol::BAuthorization> BAuthorizationApprovalPage::current() const
{
    const int row = ui->requestsTable->currentRow();
    if (row < 0 || row >= m_list.size())
        return std::nullopt;
    return m_list[row];
}

bool BAuthorizationApprovalPage::select(qint64 id)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list[row].id == id) {
            ui->requestsTable->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void BAuthorizationApprovalPage::updateActions()
{
    const auto a = current();
    const bool open = a && a->status == QLatin1String("pending") && !m_loading && !m_deciding;
    ui->approveButton->setEnabled(open);
    ui->rejectButton->setEnabled(open);
}

void BAuthorizationApprovalPage::approveCurrent()
{
    decide(true);
}

void BAuthorizationApprovalPage::rejectCurrent()
{
    decide(false);
}

void BAuthorizationApprovalPage::decide(bool approve)
{
    const auto a = current();
    if (!a || m_deciding)
        return;
    const QString reason = ui->reasonEdit->text().trimmed();
    if (!approve && reason.isEmpty()) {
        ui->reasonError->setText(tr("Give the reason for the rejection; the requester will see it."));
        ui->reasonError->show();
        ui->reasonEdit->setFocus();
        return;
    }
    m_deciding = true;
    ui->reasonError->hide();
    ui->errorLabel->hide();
    ui->noticeLabel->hide();
    updateActions();
    auto done = [this](const ApiResult& r, const cp::protocol::BAuthorization& outcome) {
        m_deciding = false;
        if (!r.ok()) {
            ui->errorLabel->setText(r.userMessage());
            ui->errorLabel->show();
            updateActions();
            return;
        }
        ui->reasonEdit->clear();
        ui->noticeLabel->setText(tr("Request no. %1: %2.")
                                     .arg(outcome.id)
                                     .arg(DepartmentTerms::authorizationStatus(outcome.status)));
        ui->noticeLabel->show();
        Q_EMIT decided(outcome);
        refresh();
    };
    if (approve)
        m_api.approve(a->id, reason, this, done);
    else
        m_api.reject(a->id, reason, this, done);
}

} // namespace cp::client
