#include "admin/StaleAccountsPage.h"

#include "admin/AdminTerms.h"
#include "ui_StaleAccountsPage.h"

namespace cp::client {

StaleAccountsPage::StaleAccountsPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::StaleAccountsPage>()), m_api(api)
{
    ui->setupUi(this);
    ui->daysSpin->setValue(90);
    AdminTerms::prepareTable(
        ui->staleTable, {tr("Login"), tr("Name"), tr("Unit"), tr("Roles"), tr("Last used"), tr("Idle days")},
        3);
    connect(ui->refreshButton, &QPushButton::clicked, this, &StaleAccountsPage::refresh);
    refresh();
}

StaleAccountsPage::~StaleAccountsPage() = default;

void StaleAccountsPage::refresh()
{
    m_api.staleAccounts(ui->daysSpin->value(), this,
                        [this](const ApiResult& r, const QList<cp::protocol::StaleAccount>& list) {
                            AdminTerms::showError(ui->errorLabel, r);
                            if (r.ok()) {
                                m_accounts = list;
                                ui->staleTable->setRowCount(0);
                                for (const auto& s : list)
                                    AdminTerms::addRow(
                                        ui->staleTable, s.account.id,
                                        {s.account.login, s.account.fullName, s.account.unit,
                                         AdminTerms::roles(s.account.roles),
                                         s.account.lastLoginAt.isValid()
                                             ? AdminTerms::dateTime(s.lastUsedAt)
                                             : tr("never (created %1)").arg(AdminTerms::date(s.lastUsedAt)),
                                         QString::number(s.idleDays)});
                                ui->countLabel->setText(
                                    tr("%n account(s) unused for %1 days or more.", nullptr, int(list.size()))
                                        .arg(ui->daysSpin->value()));
                            }
                            Q_EMIT loaded();
                        });
}

} // namespace cp::client
