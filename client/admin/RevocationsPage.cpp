#include "admin/RevocationsPage.h"

#include "admin/AdminTerms.h"
#include "common/DeskListPage.h"
#include "ui_RevocationsPage.h"

namespace cp::client {

RevocationsPage::RevocationsPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::RevocationsPage>()), m_api(api)
{
    ui->setupUi(this);
    AdminTerms::prepareTable(ui->certificatesTable,
                             {tr("Account"), tr("Subject"), tr("Serial"), tr("Valid until")}, 1);
    connect(ui->refreshButton, &QPushButton::clicked, this, &RevocationsPage::refresh);
    connect(ui->revokeButton, &QPushButton::clicked, this, &RevocationsPage::revoke);
    connect(ui->reasonEdit, &QLineEdit::returnPressed, this, &RevocationsPage::revoke);
    refresh();
}

RevocationsPage::~RevocationsPage() = default;

void RevocationsPage::refresh()
{
    m_api.certificates(0, this, [this](const ApiResult& r, const QList<cp::protocol::CertificateView>& list) {
        AdminTerms::showError(ui->errorLabel, r);
        if (!r.ok())
            return;
        m_certificates.clear();
        for (const auto& c : list)
            if (c.status == QLatin1String("active") && !c.listedInCrl)
                m_certificates.append(c);
        ui->certificatesTable->setRowCount(0);
        for (const auto& c : m_certificates)
            AdminTerms::addRow(ui->certificatesTable, c.id,
                               {tr("%1 (%2)").arg(c.accountName, c.accountLogin), c.subject, c.serial,
                                AdminTerms::date(c.notAfter)});
        Q_EMIT loaded();
    });
}

bool RevocationsPage::selectAccount(const QString& login)
{
    return deskSelectRow(ui->certificatesTable, m_certificates,
                         [&](const auto& e) { return e.accountLogin == login; });
}

void RevocationsPage::revoke()
{
    const qint64 id = AdminTerms::currentId(ui->certificatesTable);
    if (id <= 0) {
        AdminTerms::showText(ui->errorLabel, tr("Choose the certificate to revoke."));
        return;
    }
    ui->revokeButton->setEnabled(false);
    m_api.revokeCertificate(
        id, ui->reasonEdit->text().trimmed(), this,
        [this](const ApiResult& r, const cp::protocol::AccountView& a) {
            ui->revokeButton->setEnabled(true);
            AdminTerms::showError(ui->errorLabel, r);
            AdminTerms::showText(
                ui->messageLabel,
                r.ok() ? tr("Certificate of %1 revoked: it is refused from now on.").arg(a.login)
                       : QString());
            if (r.ok())
                ui->reasonEdit->clear();
            Q_EMIT revoked(r.ok());
            refresh();
        });
}

} // namespace cp::client
