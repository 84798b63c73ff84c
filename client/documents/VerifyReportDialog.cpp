#include "documents/VerifyReportDialog.h"

#include "common/CommonTerms.h"
#include "ui_VerifyReportDialog.h"

#include <QStyle>

namespace cp::client {

VerifyReportDialog::VerifyReportDialog(ApiClient& api, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::VerifyReportDialog>()), m_api(api)
{
    ui->setupUi(this);
    connect(ui->verifyButton, &QPushButton::clicked, this, &VerifyReportDialog::verify);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit* edit : {ui->numberEdit, ui->codeEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            clearResult();
            updateEnabled();
        });
        // Numbers and codes are printed in capitals.
        connect(edit, &QLineEdit::textEdited, edit, [edit](const QString& text) {
            const int pos = edit->cursorPosition();
            if (text != text.toUpper()) {
                edit->setText(text.toUpper());
                edit->setCursorPosition(pos);
            }
        });
    }
    updateEnabled();
}

VerifyReportDialog::~VerifyReportDialog() = default;

void VerifyReportDialog::updateEnabled()
{
    // Not disabled while asking: the focus (and Enter) stays where the user is.
    ui->verifyButton->setEnabled(!ui->numberEdit->text().trimmed().isEmpty() &&
                                 !ui->codeEdit->text().trimmed().isEmpty());
}

void VerifyReportDialog::clearResult()
{
    ui->resultLabel->hide();
    ui->detailsGroup->hide();
    ui->errorLabel->hide();
}

void VerifyReportDialog::verify()
{
    if (m_busy || !ui->verifyButton->isEnabled())
        return;
    m_busy = true;
    clearResult();
    // The server forgives what people mistype on paper (case, dashes, O for 0).
    m_api.verify(ui->numberEdit->text().trimmed(), ui->codeEdit->text().trimmed(), this,
                 [this](const ApiResult& r, const cp::protocol::ReportVerification& v) {
                     m_busy = false;
                     if (!r.ok()) {
                         ui->errorLabel->setText(r.userMessage());
                         ui->errorLabel->show();
                         adjustSize();
                         return;
                     }
                     showVerification(v);
                 });
}

void VerifyReportDialog::showVerification(const cp::protocol::ReportVerification& v)
{
    m_lastResult = v.result;
    QString text;
    if (v.result == QLatin1String("genuine"))
        text = tr("Genuine: the report matches the archive");
    else if (v.result == QLatin1String("mismatch"))
        text = tr("Does not match the archive: the code or the content differs");
    else if (v.result == QLatin1String("unknown"))
        text = tr("No report with this number exists");
    else
        text = v.result;
    ui->resultLabel->setText(text);
    ui->resultLabel->setProperty("result", v.result);
    ui->resultLabel->style()->unpolish(ui->resultLabel);
    ui->resultLabel->style()->polish(ui->resultLabel);
    ui->resultLabel->show();

    // Only a genuine document comes with a summary, cut to what this role may see.
    if (v.report) {
        const cp::protocol::Report& r = *v.report;
        ui->subjectValue->setText(tr("%1 (%2)").arg(r.subject.name, r.subject.idNumber));
        ui->issuedValue->setText(
            tr("%1, %2 / %3").arg(CommonTerms::dateTime(r.issuedAt), r.workstation, r.clerkName));
        QString records = tr("%n record(s), classes %1", nullptr, int(r.records.size()))
                              .arg(CommonTerms::openClasses(r.classes));
        if (v.withheldRecords > 0)
            records += QLatin1Char('\n') + tr("%n more record(s) on the paper are not shown to your role",
                                              nullptr, v.withheldRecords);
        ui->recordsValue->setText(records);
        ui->detailsGroup->show();
    }
    adjustSize();
    Q_EMIT verified(v.result);
}

} // namespace cp::client
