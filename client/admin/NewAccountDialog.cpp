#include "admin/NewAccountDialog.h"

#include "Validators.h"
#include "admin/AdminApi.h"
#include "admin/AdminTerms.h"
#include "common/CommonTerms.h"
#include "ui_NewAccountDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QPushButton>

namespace cp::client {

NewAccountDialog::NewAccountDialog(AdminApi& api, const QList<cp::protocol::RegionView>& regions,
                                   QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::NewAccountDialog>()), m_api(api)
{
    ui->setupUi(this);
    for (const auto& r : regions)
        ui->regionCombo->addItem(tr("%1 %2").arg(r.code, r.name), r.code);
    connect(ui->idNumberEdit, &QLineEdit::textChanged, this, &NewAccountDialog::checkIdNumber);
    connect(ui->browseButton, &QPushButton::clicked, this, &NewAccountDialog::chooseFile);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &NewAccountDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &NewAccountDialog::reject);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create account"));
    checkIdNumber();
}

NewAccountDialog::~NewAccountDialog() = default;

void NewAccountDialog::checkIdNumber()
{
    // Early feedback with the same check the server makes (shared/Validators.h).
    const QString id = cp::normaliseIdNumber(ui->idNumberEdit->text());
    if (id.isEmpty()) {
        ui->idNumberHint->setProperty("fieldError", false);
        ui->idNumberHint->setText(tr("18 digits; the last may be X. One account per ID number."));
    } else {
        const QString problem = CommonTerms::idProblem(cp::checkCitizenId(id), cp::IdKind::CitizenId);
        ui->idNumberHint->setProperty("fieldError", !problem.isEmpty());
        ui->idNumberHint->setText(problem.isEmpty() ? tr("Check digit correct.") : problem);
    }
    ui->idNumberHint->style()->unpolish(ui->idNumberHint);
    ui->idNumberHint->style()->polish(ui->idNumberHint);
}

void NewAccountDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Certificate file"), QString(), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        setCertificateFile(path);
}

bool NewAccountDialog::setCertificateFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
        AdminTerms::showText(ui->errorLabel, tr("Cannot read the certificate file %1.").arg(path));
        return false;
    }
    m_certificate = f.readAll();
    ui->certificateEdit->setText(path);
    AdminTerms::showText(ui->errorLabel, QString());
    return true;
}

void NewAccountDialog::accept()
{
    if (m_busy)
        return;
    cp::protocol::NewAccountRequest req;
    req.login = ui->loginEdit->text().trimmed();
    req.fullName = ui->fullNameEdit->text().trimmed();
    req.idNumber = cp::normaliseIdNumber(ui->idNumberEdit->text());
    req.unit = ui->unitEdit->text().trimmed();
    req.position = ui->positionEdit->text().trimmed();
    req.phone = ui->phoneEdit->text().trimmed();
    req.regionCode = ui->regionCombo->currentData().toString();
    req.certificateBase64 = QString::fromLatin1(m_certificate.toBase64());
    m_busy = true;
    ui->buttonBox->setEnabled(false);
    m_api.createAccount(
        req, this, [this](const ApiResult& r, const cp::protocol::InitialPasswordGrant& grant) {
            m_busy = false;
            ui->buttonBox->setEnabled(true);
            if (!r.ok()) {
                AdminTerms::showError(ui->errorLabel, r);
                const QString field = r.error->details.value(QStringLiteral("field")).toString();
                QWidget* at = field == QLatin1String("login")        ? ui->loginEdit
                              : field == QLatin1String("fullName")   ? ui->fullNameEdit
                              : field == QLatin1String("idNumber")   ? ui->idNumberEdit
                              : field == QLatin1String("unit")       ? ui->unitEdit
                              : field == QLatin1String("position")   ? ui->positionEdit
                              : field == QLatin1String("phone")      ? ui->phoneEdit
                              : field == QLatin1String("regionCode") ? static_cast<QWidget*>(ui->regionCombo)
                                                                     : ui->browseButton;
                at->setFocus();
                return;
            }
            m_grant = grant;
            QDialog::accept();
        });
}

} // namespace cp::client
