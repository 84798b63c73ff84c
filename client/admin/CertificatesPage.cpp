#include "admin/CertificatesPage.h"

#include "admin/AdminTerms.h"
#include "ui_CertificatesPage.h"

#include <QFile>
#include <QFileDialog>

namespace cp::client {

namespace {
enum Column { ColAccount, ColSubject, ColIssuer, ColSerial, ColFrom, ColUntil, ColStatus };
constexpr int kExpiringDays = 30;
constexpr int kLoginRole = Qt::UserRole + 1;
} // namespace

CertificatesPage::CertificatesPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::CertificatesPage>()), m_api(api)
{
    ui->setupUi(this);
    AdminTerms::prepareTable(ui->certificatesTable,
                             {tr("Account"), tr("Subject"), tr("Issuer"), tr("Serial"), tr("Valid from"),
                              tr("Valid until"), tr("Status")},
                             ColSubject);
    connect(ui->refreshButton, &QPushButton::clicked, this, &CertificatesPage::refresh);
    connect(ui->expiringCheck, &QCheckBox::toggled, this, &CertificatesPage::refresh);
    connect(ui->certificatesTable, &QTableWidget::itemSelectionChanged, this, &CertificatesPage::showDetail);
    connect(ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Certificate file"), QString(),
                                         tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    m_api.accounts(QStringLiteral("active"), QString(), this,
                   [this](const ApiResult& r, const QList<cp::protocol::AccountView>& list) {
                       AdminTerms::showError(ui->errorLabel, r);
                       for (const auto& a : list) {
                           ui->accountCombo->addItem(tr("%1 (%2)").arg(a.fullName, a.login), a.id);
                           ui->accountCombo->setItemData(ui->accountCombo->count() - 1, a.login, kLoginRole);
                       }
                       ui->importButton->setEnabled(ui->accountCombo->count() > 0);
                   });
    ui->importButton->setEnabled(false);
    refresh();
}

CertificatesPage::~CertificatesPage() = default;

bool CertificatesPage::selectAccount(const QString& login)
{
    for (int i = 0; i < ui->accountCombo->count(); ++i)
        if (ui->accountCombo->itemData(i, kLoginRole).toString() == login) {
            ui->accountCombo->setCurrentIndex(i);
            return true;
        }
    return false;
}

void CertificatesPage::refresh()
{
    m_api.certificates(ui->expiringCheck->isChecked() ? kExpiringDays : 0, this,
                       [this](const ApiResult& r, const QList<cp::protocol::CertificateView>& list) {
                           AdminTerms::showError(ui->errorLabel, r);
                           if (r.ok()) {
                               m_certificates = list;
                               fill();
                           }
                           Q_EMIT loaded();
                       });
}

void CertificatesPage::fill()
{
    QTableWidget* t = ui->certificatesTable;
    t->setRowCount(0);
    for (const auto& c : m_certificates)
        AdminTerms::addRow(t, c.id,
                           {tr("%1 (%2)").arg(c.accountName, c.accountLogin), c.subject, c.issuer, c.serial,
                            AdminTerms::date(c.notBefore), AdminTerms::date(c.notAfter),
                            c.listedInCrl && c.status == QLatin1String("active")
                                ? tr("Revoked by the CA (CRL)")
                                : AdminTerms::certificateStatus(c.status)});
    ui->detailLabel->setText(ui->expiringCheck->isChecked()
                                 ? tr("%n certificate(s) expire within 30 days: issue new ones in time.",
                                      nullptr, int(m_certificates.size()))
                                 : tr("%n certificate(s).", nullptr, int(m_certificates.size())));
}

void CertificatesPage::showDetail()
{
    const int row = ui->certificatesTable->currentRow();
    if (row < 0 || row >= m_certificates.size())
        return;
    const auto& c = m_certificates[row];
    ui->detailLabel->setText(
        tr("Fingerprint (SHA-256): %1").arg(c.fingerprint) +
        (c.status == QLatin1String("revoked")
             ? tr(" · revoked %1: %2").arg(AdminTerms::dateTime(c.revokedAt), c.revokeReason)
             : QString()));
}

void CertificatesPage::importFile(const QString& path)
{
    const qint64 accountId = ui->accountCombo->currentData().toLongLong();
    QFile f(path);
    if (accountId <= 0 || !f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
        AdminTerms::showText(ui->errorLabel, tr("Cannot read the certificate file %1.").arg(path));
        Q_EMIT importFinished(false);
        return;
    }
    m_api.bindCertificate(
        accountId, f.readAll(), this, [this](const ApiResult& r, const cp::protocol::AdminChangeOutcome& o) {
            AdminTerms::showError(ui->errorLabel, r);
            QString text;
            if (r.ok())
                text = o.pendingRequest
                           ? tr("%1 is an administrator's account: the certificate is bound when another "
                                "administrator confirms request %2 (tab Two-person confirmations).")
                                 .arg(o.account.login)
                                 .arg(o.pendingRequest->id)
                           : tr("Certificate bound to %1.").arg(o.account.login);
            AdminTerms::showText(ui->messageLabel, text);
            Q_EMIT importFinished(r.ok());
            refresh();
        });
}

} // namespace cp::client
