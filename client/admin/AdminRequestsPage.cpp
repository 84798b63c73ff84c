#include "admin/AdminRequestsPage.h"

#include "admin/AdminTerms.h"
#include "common/DeskListPage.h"
#include "ui_AdminRequestsPage.h"

namespace cp::client {

namespace {
QString kindText(const cp::protocol::AdminRequestView& r)
{
    return r.kind == QLatin1String(cp::protocol::kRequestPasswordReset)
               ? AdminRequestsPage::tr("Password reset")
               : AdminRequestsPage::tr("Bind certificate");
}
} // namespace

AdminRequestsPage::AdminRequestsPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::AdminRequestsPage>()), m_api(api)
{
    ui->setupUi(this);
    AdminTerms::prepareTable(ui->requestsTable,
                             {tr("No."), tr("Change"), tr("Account"), tr("Roles"), tr("Requested by"),
                              tr("Requested at"), tr("Lapses at"), tr("Certificate")},
                             7);
    connect(ui->refreshButton, &QPushButton::clicked, this, &AdminRequestsPage::refresh);
    connect(ui->confirmButton, &QPushButton::clicked, this, &AdminRequestsPage::confirm);
    connect(ui->rejectButton, &QPushButton::clicked, this, &AdminRequestsPage::reject);
    refresh();
}

AdminRequestsPage::~AdminRequestsPage() = default;

void AdminRequestsPage::refresh()
{
    m_api.requests(QStringLiteral("pending"), this,
                   [this](const ApiResult& r, const QList<cp::protocol::AdminRequestView>& list) {
                       AdminTerms::showError(ui->errorLabel, r);
                       if (!r.ok())
                           return;
                       m_requests = list;
                       ui->requestsTable->setRowCount(0);
                       for (const auto& q : m_requests)
                           AdminTerms::addRow(
                               ui->requestsTable, q.id,
                               {QString::number(q.id), kindText(q),
                                tr("%1 (%2)").arg(q.targetName, q.targetLogin),
                                AdminTerms::roles(q.targetRoles),
                                tr("%1 (%2)").arg(q.requestedByName, q.requestedByLogin),
                                AdminTerms::dateTime(q.requestedAt), AdminTerms::dateTime(q.expiresAt),
                                q.certificate.fingerprint.isEmpty()
                                    ? QString()
                                    : tr("%1, serial %2").arg(q.certificate.subject, q.certificate.serial)});
                       Q_EMIT loaded();
                   });
}

bool AdminRequestsPage::selectTarget(const QString& login)
{
    return deskSelectRow(ui->requestsTable, m_requests,
                         [&](const auto& e) { return e.targetLogin == login; });
}

void AdminRequestsPage::finished(const ApiResult& r, const QString& doneMessage)
{
    ui->confirmButton->setEnabled(true);
    ui->rejectButton->setEnabled(true);
    AdminTerms::showError(ui->errorLabel, r);
    AdminTerms::showText(ui->messageLabel, r.ok() ? doneMessage : QString());
    if (r.ok())
        ui->reasonEdit->clear();
    Q_EMIT decided(r.ok());
    refresh();
}

void AdminRequestsPage::confirm()
{
    const qint64 id = AdminTerms::currentId(ui->requestsTable);
    if (id <= 0) {
        AdminTerms::showText(ui->errorLabel, tr("Choose the request to confirm."));
        return;
    }
    ui->confirmButton->setEnabled(false);
    m_api.confirmRequest(id, this, [this](const ApiResult& r, const cp::protocol::AdminRequestView& q) {
        finished(
            r, q.kind == QLatin1String(cp::protocol::kRequestPasswordReset)
                   ? tr("Confirmed: the password of %1 is reset; they choose a new one at their next login.")
                         .arg(q.targetLogin)
                   : tr("Confirmed: the certificate is bound to %1.").arg(q.targetLogin));
    });
}

void AdminRequestsPage::reject()
{
    const qint64 id = AdminTerms::currentId(ui->requestsTable);
    if (id <= 0) {
        AdminTerms::showText(ui->errorLabel, tr("Choose the request to reject."));
        return;
    }
    ui->rejectButton->setEnabled(false);
    m_api.rejectRequest(id, ui->reasonEdit->text().trimmed(), this,
                        [this](const ApiResult& r, const cp::protocol::AdminRequestView& q) {
                            finished(r, tr("Request %1 rejected; nothing was changed.").arg(q.id));
                        });
}

} // namespace cp::client
