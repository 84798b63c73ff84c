#include "admin/AccountsPage.h"

#include "admin/AccountActionDialog.h"
#include "admin/AdminTerms.h"
#include "admin/InitialPasswordDialog.h"
#include "admin/NewAccountDialog.h"
#include "common/DeskListPage.h"
#include "ui_AccountsPage.h"

namespace cp::client {

namespace {
enum Column {
    ColLogin,
    ColName,
    ColIdNumber,
    ColUnit,
    ColRegion,
    ColStatus,
    ColRoles,
    ColLastLogin,
    ColLocked
};
constexpr int kStaleDays = 90; // seed 000 §10: unused accounts removed in time
} // namespace

AccountsPage::AccountsPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::AccountsPage>()), m_api(api)
{
    ui->setupUi(this);
    ui->statusCombo->addItem(tr("All"), QString());
    for (const char* s : {"active", "disabled", "deregistered"})
        ui->statusCombo->addItem(AdminTerms::accountStatus(QLatin1String(s)), QLatin1String(s));
    AdminTerms::prepareTable(ui->accountsTable,
                             {tr("Login"), tr("Name"), tr("ID number"), tr("Unit"), tr("Region"),
                              tr("Status"), tr("Roles"), tr("Last login"), tr("Locked")},
                             ColRoles);
    connect(ui->refreshButton, &QPushButton::clicked, this, &AccountsPage::refresh);
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, &AccountsPage::refresh);
    connect(ui->statusCombo, &QComboBox::currentIndexChanged, this, &AccountsPage::refresh);
    connect(ui->staleCheck, &QCheckBox::toggled, this, &AccountsPage::refresh);
    connect(ui->accountsTable, &QTableWidget::itemSelectionChanged, this, &AccountsPage::updateButtons);
    connect(ui->newButton, &QPushButton::clicked, this, &AccountsPage::newAccount);
    connect(ui->disableButton, &QPushButton::clicked, this,
            [this] { askThenAct(int(AccountActionDialog::Kind::Disable)); });
    connect(ui->deregisterButton, &QPushButton::clicked, this,
            [this] { askThenAct(int(AccountActionDialog::Kind::Deregister)); });
    connect(ui->compromiseButton, &QPushButton::clicked, this,
            [this] { askThenAct(int(AccountActionDialog::Kind::Compromise)); });
    connect(ui->enableButton, &QPushButton::clicked, this, &AccountsPage::enable);
    connect(ui->resetButton, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(ui->unlockButton, &QPushButton::clicked, this, &AccountsPage::unlock);
    updateButtons();
    m_api.regions(this, [this](const ApiResult& r, const QList<cp::protocol::RegionView>& regions) {
        if (r.ok())
            m_regions = regions;
    });
    refresh();
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    ui->refreshButton->setEnabled(false);
    auto done = [this](const ApiResult& r, const QList<cp::protocol::AccountView>& list) {
        m_loading = false;
        ui->refreshButton->setEnabled(true);
        AdminTerms::showError(ui->errorLabel, r);
        if (r.ok()) {
            m_accounts = list;
            fill();
        }
        Q_EMIT loaded();
    };
    if (ui->staleCheck->isChecked()) {
        m_api.staleAccounts(kStaleDays, this,
                            [done](const ApiResult& r, const QList<cp::protocol::StaleAccount>& list) {
                                QList<cp::protocol::AccountView> accounts;
                                for (const auto& s : list)
                                    accounts.append(s.account);
                                done(r, accounts);
                            });
        return;
    }
    m_api.accounts(ui->statusCombo->currentData().toString(), ui->searchEdit->text().trimmed(), this, done);
}

void AccountsPage::fill()
{
    const QString keep = current() ? current()->login : QString();
    QTableWidget* t = ui->accountsTable;
    t->setRowCount(0);
    for (const auto& a : m_accounts)
        AdminTerms::addRow(t, a.id,
                           {a.login, a.fullName, a.idNumberMasked, a.unit, a.regionCode,
                            AdminTerms::accountStatus(a.status) +
                                (a.statusReason.isEmpty() ? QString() : tr(" (%1)").arg(a.statusReason)),
                            AdminTerms::roles(a.roles), AdminTerms::dateTime(a.lastLoginAt),
                            a.locked ? tr("until %1").arg(AdminTerms::dateTime(a.lockedUntil)) : QString()});
    if (!keep.isEmpty())
        select(keep);
    updateButtons();
}

bool AccountsPage::select(const QString& login)
{
    return deskSelectRow(ui->accountsTable, m_accounts, [&](const auto& e) { return e.login == login; });
}

const cp::protocol::AccountView* AccountsPage::current() const
{
    const int row = ui->accountsTable->currentRow();
    return row >= 0 && row < m_accounts.size() ? &m_accounts[row] : nullptr;
}

void AccountsPage::updateButtons()
{
    const auto* a = current();
    const QString s = a ? a->status : QString();
    ui->disableButton->setEnabled(s == QLatin1String("active"));
    ui->enableButton->setEnabled(s == QLatin1String("disabled"));
    ui->deregisterButton->setEnabled(a && s != QLatin1String("deregistered"));
    ui->resetButton->setEnabled(a && s != QLatin1String("deregistered"));
    ui->unlockButton->setEnabled(a && a->locked);
    ui->compromiseButton->setEnabled(a && s != QLatin1String("deregistered"));
}

void AccountsPage::finished(const ApiResult& r, const QString& doneMessage)
{
    AdminTerms::showError(ui->errorLabel, r);
    AdminTerms::showText(ui->messageLabel, r.ok() ? doneMessage : QString());
    Q_EMIT actionFinished(r.ok());
    refresh();
}

void AccountsPage::newAccount()
{
    auto* dialog = new NewAccountDialog(m_api, m_regions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto grant = dialog->grant();
        AdminTerms::showText(ui->errorLabel, QString());
        AdminTerms::showText(ui->messageLabel,
                             tr("Account %1 created without roles; the security administrator grants them.")
                                 .arg(grant.account.login));
        (new InitialPasswordDialog(grant.account.fullName, grant.initialPassword, this))->open();
        Q_EMIT actionFinished(true);
        refresh();
    });
    dialog->open();
}

void AccountsPage::askThenAct(int kindValue)
{
    const auto* a = current();
    if (!a)
        return;
    const qint64 id = a->id;
    const auto kind = AccountActionDialog::Kind(kindValue);
    auto* dialog = new AccountActionDialog(kind, tr("%1 (%2)").arg(a->fullName, a->login), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, kind] {
        auto done = [this](const QString& message) {
            return [this, message](const ApiResult& r, const cp::protocol::AccountView&) {
                finished(r, message);
            };
        };
        switch (kind) {
        case AccountActionDialog::Kind::Disable:
            m_api.disable(id, dialog->reason(), this, done(tr("Account disabled; its sessions have ended.")));
            break;
        case AccountActionDialog::Kind::Deregister:
            m_api.deregister(id, dialog->kindCode(), dialog->reason(), this,
                             done(tr("Account deregistered; its certificates are revoked.")));
            break;
        case AccountActionDialog::Kind::Compromise:
            m_api.reportCompromise(id, dialog->kindCode(), dialog->reason(), this,
                                   done(tr("Account disabled and its certificates revoked.")));
            break;
        }
    });
    dialog->open();
}

void AccountsPage::enable()
{
    if (const auto* a = current())
        m_api.enable(a->id, this, [this](const ApiResult& r, const cp::protocol::AccountView&) {
            finished(r, tr("Account re-enabled."));
        });
}

void AccountsPage::unlock()
{
    if (const auto* a = current())
        m_api.unlock(a->id, this, [this](const ApiResult& r, const cp::protocol::AccountView&) {
            finished(r, tr("Account unlocked."));
        });
}

void AccountsPage::resetPassword()
{
    const auto* a = current();
    if (!a)
        return;
    m_api.resetPassword(a->id, this, [this](const ApiResult& r, const cp::protocol::AdminChangeOutcome& o) {
        // No password comes back (issue 11 finding 3): the holder chooses one with their certificate.
        QString text;
        if (o.pendingRequest)
            text = tr("%1 is an administrator's account: the reset takes effect when another administrator "
                      "confirms request %2 (tab Two-person confirmations).")
                       .arg(o.account.login)
                       .arg(o.pendingRequest->id);
        else
            text = tr("Password reset; no password is issued. Tell %1 to log in with their own certificate "
                      "before %2 (whatever they type as password) and choose a new password.")
                       .arg(o.account.fullName, AdminTerms::dateTime(o.account.passwordResetUntil));
        finished(r, text);
    });
}

} // namespace cp::client
