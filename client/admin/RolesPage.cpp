#include "admin/RolesPage.h"

#include "Roles.h"
#include "admin/AdminTerms.h"
#include "app/DisplayNames.h"
#include "common/DeskListPage.h"
#include "ui_RolesPage.h"

#include <QCheckBox>

namespace cp::client {

namespace {
enum Column { ColLogin, ColName, ColUnit, ColRegion, ColRoles };
}

RolesPage::RolesPage(ApiClient& api, qint64 ownAccountId, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::RolesPage>()), m_api(api), m_ownId(ownAccountId)
{
    ui->setupUi(this);
    for (cp::Role r : cp::allRoles()) {
        auto* box = new QCheckBox(DisplayNames::role(r), ui->rolesBox);
        box->setObjectName(QStringLiteral("role_") + cp::roleCode(r));
        ui->rolesLayout->addWidget(box);
        m_boxes.insert(cp::roleCode(r), box);
        connect(box, &QCheckBox::toggled, this, &RolesPage::explainConflict);
    }
    AdminTerms::prepareTable(
        ui->accountsTable, {tr("Login"), tr("Name"), tr("Unit"), tr("Jurisdiction"), tr("Roles")}, ColRoles);
    connect(ui->refreshButton, &QPushButton::clicked, this, &RolesPage::refresh);
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, &RolesPage::refresh);
    connect(ui->accountsTable, &QTableWidget::itemSelectionChanged, this, &RolesPage::showAccount);
    connect(ui->saveButton, &QPushButton::clicked, this, &RolesPage::save);
    m_api.regions(this, [this](const ApiResult& r, const QList<cp::protocol::RegionView>& regions) {
        AdminTerms::showError(ui->errorLabel, r);
        for (const auto& region : regions)
            ui->regionCombo->addItem(tr("%1 %2").arg(region.code, region.name), region.code);
        showAccount();
    });
    showAccount();
    refresh();
}

RolesPage::~RolesPage() = default;

void RolesPage::refresh()
{
    m_api.accounts(QString(), ui->searchEdit->text().trimmed(), this,
                   [this](const ApiResult& r, const QList<cp::protocol::AccountView>& list) {
                       AdminTerms::showError(ui->errorLabel, r);
                       if (r.ok()) {
                           m_accounts = list;
                           fill();
                       }
                       Q_EMIT loaded();
                   });
}

void RolesPage::fill()
{
    const int keep = ui->accountsTable->currentRow();
    const QString login = keep >= 0 && keep < m_accounts.size() ? m_accounts[keep].login : QString();
    {
        // A refreshed list must not throw away roles being edited for the same account.
        const QSignalBlocker block(ui->accountsTable);
        ui->accountsTable->setRowCount(0);
        for (const auto& a : m_accounts)
            AdminTerms::addRow(ui->accountsTable, a.id,
                               {a.login, a.fullName, a.unit, a.regionCode, AdminTerms::roles(a.roles)});
        if (!login.isEmpty())
            select(login);
    }
    if (AdminTerms::currentId(ui->accountsTable) != m_shownId)
        showAccount();
}

bool RolesPage::select(const QString& login)
{
    return deskSelectRow(ui->accountsTable, m_accounts, [&](const auto& e) { return e.login == login; });
}

void RolesPage::showAccount()
{
    const int row = ui->accountsTable->currentRow();
    const cp::protocol::AccountView* a = row >= 0 && row < m_accounts.size() ? &m_accounts[row] : nullptr;
    const bool own = a && a->id == m_ownId;
    const bool editable = a && !own && a->status != QLatin1String("deregistered");
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(a && a->roles.contains(it.key()));
        it.value()->setEnabled(editable);
    }
    ui->regionCombo->setEnabled(editable);
    if (a) {
        const int at = ui->regionCombo->findData(a->regionCode);
        ui->regionCombo->setCurrentIndex(at);
    }
    ui->saveButton->setEnabled(editable);
    ui->accountLabel->setText(
        !a    ? tr("Choose an account on the left.")
        : own ? tr("%1 — your own account: another security administrator must change its roles.")
                    .arg(a->fullName)
              : tr("%1 (%2), %3").arg(a->fullName, a->login, AdminTerms::accountStatus(a->status)));
    if (!a || a->id != m_shownId)
        AdminTerms::showText(ui->messageLabel, QString());
    m_shownId = a ? a->id : 0;
    explainConflict();
}

QStringList RolesPage::checkedRoles() const
{
    QStringList out;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        if (it.value()->isChecked())
            out.append(it.key());
    out.sort();
    return out;
}

void RolesPage::explainConflict()
{
    // The same rule the server applies (shared/Roles.cpp), so the admin sees why before saving.
    QSet<cp::Role> roles;
    for (const QString& code : checkedRoles())
        if (const auto r = cp::roleFromCode(code))
            roles.insert(*r);
    // Permissions follow from the roles: the work areas they open (shared/Roles.cpp).
    QStringList modules;
    for (cp::Module m : cp::modulesFor(roles))
        modules.append(DisplayNames::module(m));
    ui->permissionsLabel->setText(modules.isEmpty() ? tr("Opens no work area (least privilege).")
                                                    : tr("Opens: %1.").arg(modules.join(tr(", "))));
    const auto conflict = cp::findRoleConflict(roles);
    AdminTerms::showText(ui->conflictLabel, conflict ? tr("Separation of duties: %1 and %2 may not be held "
                                                          "by one account. The server will refuse this.")
                                                           .arg(DisplayNames::role(conflict->first),
                                                                DisplayNames::role(conflict->second))
                                                     : QString());
}

void RolesPage::save()
{
    const qint64 id = AdminTerms::currentId(ui->accountsTable);
    if (id <= 0)
        return;
    ui->saveButton->setEnabled(false);
    m_api.assignRoles(id, {checkedRoles(), ui->regionCombo->currentData().toString()}, this,
                      [this](const ApiResult& r, const cp::protocol::AccountView& a) {
                          ui->saveButton->setEnabled(true);
                          AdminTerms::showError(ui->errorLabel, r);
                          AdminTerms::showText(
                              ui->messageLabel,
                              r.ok() ? tr("Roles of %1: %2.").arg(a.login, AdminTerms::roles(a.roles))
                                     : QString());
                          Q_EMIT saved(r.ok());
                          if (r.ok())
                              refresh();
                      });
}

} // namespace cp::client
