#include "walkin/WalkInExtensionPage.h"

#include "common/CommonTerms.h"
#include "ui_WalkInExtensionPage.h"

namespace cp::client {

WalkInExtensionPage::WalkInExtensionPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::WalkInExtensionPage>()), m_api(api)
{
    ui->setupUi(this);
    ui->pendingList->setApi(&m_api);
    ui->pendingList->setOpenText(tr("&Choose for an extension"));
    ui->errorLabel->hide();
    ui->extensionBox->setEnabled(false);
    connect(ui->pendingList, &WalkInPendingList::openRequested, this, &WalkInExtensionPage::select);
    connect(ui->extendButton, &QPushButton::clicked, this, &WalkInExtensionPage::submit);
    connect(ui->reasonEdit, &QLineEdit::returnPressed, this, &WalkInExtensionPage::submit);
    ui->pendingList->refresh();
}

WalkInExtensionPage::~WalkInExtensionPage() = default;

void WalkInExtensionPage::select(const cp::protocol::WalkInApplication& application)
{
    m_selected = application;
    ui->errorLabel->hide();
    ui->resultLabel->clear();
    const QString subject = application.subject ? application.subject->name : application.subjectIdNumber;
    QString text = tr("Application %1 · %2 · answer due %3")
                       .arg(application.number, subject, CommonTerms::date(application.dueDate));
    if (application.extendedDueDate.isValid())
        text += tr(" · already extended to %1").arg(CommonTerms::date(application.extendedDueDate));
    ui->selectedLabel->setText(text);
    ui->extensionBox->setEnabled(true);
    ui->reasonEdit->setFocus();
}

void WalkInExtensionPage::submit()
{
    if (!m_selected || m_busy)
        return;
    m_busy = true;
    ui->extendButton->setEnabled(false);
    ui->errorLabel->hide();
    m_api.extend(m_selected->id, ui->daysSpin->value(), ui->reasonEdit->text().trimmed(), this,
                 [this](const ApiResult& r, const cp::protocol::WalkInApplication& a) {
                     m_busy = false;
                     ui->extendButton->setEnabled(true);
                     if (!r.ok()) {
                         showError(r.userMessage());
                         return;
                     }
                     m_selected = a;
                     ui->reasonEdit->clear();
                     ui->extensionBox->setEnabled(false);
                     ui->resultLabel->setText(tr("Application %1 must now be answered by %2.")
                                                  .arg(a.number, CommonTerms::date(a.extendedDueDate)));
                     ui->pendingList->refresh();
                     Q_EMIT extended(a);
                 });
}

void WalkInExtensionPage::showError(const QString& message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

} // namespace cp::client
