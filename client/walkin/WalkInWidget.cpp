#include "walkin/WalkInWidget.h"

#include "documents/VerifyReportDialog.h"
#include "net/ApiClient.h"
#include "ui_WalkInWidget.h"
#include "walkin/DeferDialog.h"
#include "walkin/RefuseDialog.h"
#include "walkin/WalkInApplicationForm.h"
#include "walkin/WalkInMaterialsPanel.h"
#include "walkin/WalkInPendingList.h"
#include "walkin/WalkInReportView.h"
#include "walkin/WalkInTerms.h"

#include <QApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QStyle>

namespace cp::client {

using cp::protocol::ErrorCode;
using cp::protocol::WalkInApplication;

WalkInWidget::WalkInWidget(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::WalkInWidget>()), m_api(api)
{
    ui->setupUi(this);
    ui->materialsPanel->setApi(&m_api);
    ui->reportView->setApi(&m_api);
    ui->pendingList->setApi(&m_api);
    ui->messageBanner->setTextFormat(Qt::PlainText); // server texts are shown as they are

    connect(ui->applicationForm, &WalkInApplicationForm::submitRequested, this, &WalkInWidget::runNextStep);
    connect(ui->applicationForm, &WalkInApplicationForm::kindsChanged, this, [this] {
        if (m_step == Step::Filling)
            ui->materialsPanel->setRequired(cp::protocol::requiredWalkInMaterials(
                ui->applicationForm->kind(), ui->applicationForm->subjectKind()));
    });
    connect(ui->materialsPanel, &WalkInMaterialsPanel::materialsChanged, this, [this] {
        updateActions();
        focusNextStep();
    });
    connect(ui->materialsPanel, &WalkInMaterialsPanel::uploadingChanged, this, &WalkInWidget::updateActions);

    connect(ui->registerButton, &QPushButton::clicked, this, &WalkInWidget::registerApplication);
    connect(ui->answerButton, &QPushButton::clicked, this, &WalkInWidget::answer);
    connect(ui->refuseButton, &QPushButton::clicked, this, &WalkInWidget::openRefuseDialog);
    connect(ui->deferButton, &QPushButton::clicked, this, &WalkInWidget::openDeferDialog);
    connect(ui->newButton, &QPushButton::clicked, this, &WalkInWidget::startNext);
    connect(ui->verifyButton, &QPushButton::clicked, this, &WalkInWidget::openVerifyDialog);

    connect(ui->reportView, &WalkInReportView::nextApplicantRequested, this, &WalkInWidget::startNext);
    connect(ui->reportView, &WalkInReportView::notice, this,
            [this](const QString& text) { showBanner(QStringLiteral("info"), text); });
    connect(ui->reportView, &WalkInReportView::handedOver, this, [this](const cp::protocol::Report& r) {
        showBanner(QStringLiteral("success"),
                   tr("Hand-over of report %1 to %2 recorded. Press Enter for the next applicant.")
                       .arg(r.number, r.handedTo));
    });

    connect(ui->pendingList, &WalkInPendingList::openRequested, this, &WalkInWidget::openApplication);
    connect(ui->walkInTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (ui->walkInTabs->widget(index) == ui->pendingTab)
            ui->pendingList->refresh();
    });

    startNext();
}

WalkInWidget::~WalkInWidget() = default;

WalkInApplicationForm* WalkInWidget::form() const
{
    return ui->applicationForm;
}
WalkInMaterialsPanel* WalkInWidget::materials() const
{
    return ui->materialsPanel;
}
WalkInReportView* WalkInWidget::reportView() const
{
    return ui->reportView;
}
WalkInPendingList* WalkInWidget::pendingList() const
{
    return ui->pendingList;
}
QString WalkInWidget::bannerText() const
{
    return ui->messageBanner->isVisibleTo(this) ? ui->messageBanner->text() : QString();
}

void WalkInWidget::keyPressEvent(QKeyEvent* event)
{
    // Enter follows the flow; on a focused button it presses that button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto* button = qobject_cast<QPushButton*>(QApplication::focusWidget());
            button && isAncestorOf(button)) {
            if (button->isEnabled())
                button->click();
        } else if (ui->flowStack->currentWidget() == ui->applicationPage) {
            runNextStep();
        }
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WalkInWidget::runNextStep()
{
    if (m_busy)
        return;
    if (m_step == Step::Filling)
        registerApplication();
    else if (m_step == Step::Registered && ui->answerButton->isEnabled())
        answer();
    else if (m_step == Step::Registered && !ui->materialsPanel->missing().isEmpty())
        showBanner(QStringLiteral("warning"), tr("Attach the missing materials before running the query."));
    else if (m_step == Step::Refused || m_step == Step::Deferred)
        startNext();
}

void WalkInWidget::registerApplication()
{
    if (m_busy || m_step != Step::Filling)
        return;
    hideBanner();
    ui->applicationForm->clearErrors();
    if (!ui->applicationForm->checkBeforeSending()) {
        revealFocusedField();
        return;
    }
    setBusy(true);
    m_api.registerApplication(
        ui->applicationForm->input(), this, [this](const ApiResult& r, const WalkInApplication& a) {
            setBusy(false);
            if (!r.ok()) {
                handleRegisterError(r);
                return;
            }
            m_application = a;
            ui->applicationForm->setLocked(true);
            ui->materialsPanel->setRequired(cp::protocol::requiredWalkInMaterials(a.kind, a.subjectKind));
            ui->materialsPanel->setApplication(a.id, a.materials);
            setStep(Step::Registered);
            showBanner(QStringLiteral("success"), tr("Application %1 registered. Attach the scanned "
                                                     "materials, then press Enter to run the query.")
                                                      .arg(a.number));
            focusNextStep();
        });
}

void WalkInWidget::handleRegisterError(const ApiResult& r)
{
    const QString field = r.error->details.value(QStringLiteral("field")).toString();
    if (r.hasCode(ErrorCode::ValidationFailed) &&
        ui->applicationForm->showFieldError(field, r.userMessage())) {
        showBanner(QStringLiteral("error"), tr("Please correct the marked field: %1").arg(r.userMessage()));
        revealFocusedField();
        return;
    }
    showBanner(QStringLiteral("error"), tr("The application was not registered: %1").arg(r.userMessage()));
}

void WalkInWidget::answer()
{
    if (m_busy || m_step != Step::Registered || !m_application)
        return;
    hideBanner();
    setBusy(true);
    m_api.answer(m_application->id, this, [this](const ApiResult& r, const cp::protocol::Report& report) {
        setBusy(false);
        if (!r.ok()) {
            handleAnswerError(r);
            return;
        }
        m_application->status = QStringLiteral("answered");
        m_application->reportNumber = report.number;
        ui->reportView->setReport(report);
        setStep(Step::Answered);
        showBanner(QStringLiteral("success"),
                   tr("Report %1 issued with %n record(s). Print it and give it to the applicant.", nullptr,
                      int(report.records.size()))
                       .arg(report.number));
        ui->reportView->focusNextAction();
    });
}

void WalkInWidget::handleAnswerError(const ApiResult& r)
{
    const QString message = r.userMessage();
    const QJsonObject details = r.error->details;
    // These refusals are recorded by the server (query log, archive): the application is closed.
    if (r.hasCode(ErrorCode::AuthorizationRefused)) {
        ui->applicationForm->showLetterProblem(details.value(QStringLiteral("reason")).toString(), message);
        refusedByServer(
            tr("Refused: the authorization letter does not allow this query.\nTell the applicant: %1")
                .arg(message));
    } else if (r.hasCode(ErrorCode::MaterialsIncomplete)) {
        QStringList kinds;
        QStringList names;
        for (const auto& v : details.value(QStringLiteral("missing")).toArray()) {
            kinds.append(v.toString());
            names.append(CommonTerms::materialKind(v.toString()));
        }
        ui->materialsPanel->markMissing(kinds);
        refusedByServer(tr("Refused: materials are missing (%1).\nTell the applicant: %2")
                            .arg(names.join(tr(", ")), message));
    } else if (r.hasCode(ErrorCode::SubjectUnknown)) {
        refusedByServer(
            tr("Refused: the subject does not exist in the credit database.\nTell the applicant: %1")
                .arg(message));
    } else {
        showBanner(QStringLiteral("error"), tr("The query could not be run: %1").arg(message));
    }
}

void WalkInWidget::refusedByServer(const QString& message)
{
    if (m_application)
        m_application->status = QStringLiteral("refused");
    setStep(Step::Refused);
    showBanner(QStringLiteral("error"), message);
    ui->newButton->setFocus();
}

void WalkInWidget::openRefuseDialog()
{
    if (m_busy || m_step != Step::Registered || !m_application)
        return;
    auto* dialog = new RefuseDialog(m_api, m_application->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefuseDialog::refused, this, [this](const WalkInApplication& a, const QString& wording) {
        m_application = a;
        setStep(Step::Refused);
        showBanner(QStringLiteral("warning"),
                   tr("Application %1 refused.\nRead to the applicant: %2").arg(a.number, wording));
        ui->newButton->setFocus();
    });
    dialog->open();
}

void WalkInWidget::openDeferDialog()
{
    if (m_busy || m_step != Step::Registered || !m_application)
        return;
    auto* dialog = new DeferDialog(m_api, m_application->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeferDialog::deferred, this, [this](const WalkInApplication& a) {
        m_application = a;
        setStep(Step::Deferred);
        showBanner(
            QStringLiteral("info"),
            tr("Application %1 will be answered by %2 (within 15 working days). Tell the applicant this "
               "date; the application is on the list “Awaiting answer”.")
                .arg(a.number, CommonTerms::date(a.dueDate)));
        ui->newButton->setFocus();
    });
    dialog->open();
}

void WalkInWidget::openVerifyDialog()
{
    auto* dialog = new VerifyReportDialog(m_api.client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WalkInWidget::startNext()
{
    if (m_busy)
        return;
    m_application.reset();
    hideBanner();
    ui->flowStack->setCurrentWidget(ui->applicationPage);
    ui->walkInTabs->setCurrentWidget(ui->applicationTab);
    ui->applicationForm->reset();
    ui->materialsPanel->clear();
    ui->materialsPanel->setRequired(cp::protocol::requiredWalkInMaterials(
        ui->applicationForm->kind(), ui->applicationForm->subjectKind()));
    setStep(Step::Filling);
    ui->formScroll->ensureVisible(0, 0);
    ui->applicationForm->focusFirstField();
}

void WalkInWidget::openApplication(const WalkInApplication& a)
{
    if (m_busy)
        return;
    startNext();
    m_application = a;
    ui->applicationForm->showApplication(a);
    ui->materialsPanel->setRequired(cp::protocol::requiredWalkInMaterials(a.kind, a.subjectKind));
    ui->materialsPanel->setApplication(a.id, a.materials);
    setStep(Step::Registered);
    showBanner(
        QStringLiteral("info"),
        tr("Application %1 (answer due %2) is open: run the query or refuse it.")
            .arg(a.number, CommonTerms::date(a.extendedDueDate.isValid() ? a.extendedDueDate : a.dueDate)));
    focusNextStep();
}

void WalkInWidget::focusNextStep()
{
    // Missing scans: Enter opens the file picker; all there: Enter runs the query.
    if (m_step != Step::Registered)
        return;
    if (!ui->materialsPanel->missing().isEmpty())
        ui->materialsPanel->focusAttachButton();
    else if (ui->answerButton->isEnabled())
        ui->answerButton->setFocus();
}

void WalkInWidget::setStep(Step step)
{
    m_step = step;
    ui->flowStack->setCurrentWidget(step == Step::Answered ? ui->reportPage : ui->applicationPage);
    ui->materialsPanel->setAttachingEnabled(step == Step::Registered);
    updateStatus();
    updateActions();
}

void WalkInWidget::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateActions();
}

void WalkInWidget::updateActions()
{
    const bool idle = !m_busy && !ui->materialsPanel->isUploading();
    const bool registered = m_step == Step::Registered;
    const bool complete = ui->materialsPanel->missing().isEmpty();
    ui->registerButton->setEnabled(idle && m_step == Step::Filling);
    ui->answerButton->setEnabled(idle && registered && complete);
    ui->answerButton->setToolTip(registered && !complete ? tr("Attach the missing materials first.")
                                                         : QString());
    ui->refuseButton->setEnabled(idle && registered);
    // Only a freshly registered application can be deferred; a pending one already is.
    ui->deferButton->setEnabled(idle && registered && m_application &&
                                m_application->status == QLatin1String("registered"));
    ui->newButton->setEnabled(!m_busy);
    // The highlighted button is the next step.
    QPushButton* primary = m_step == Step::Filling ? ui->registerButton
                           : registered            ? ui->answerButton
                                                   : ui->newButton;
    for (QPushButton* b : {ui->registerButton, ui->answerButton, ui->newButton})
        b->setDefault(b == primary);
}

void WalkInWidget::updateStatus()
{
    const auto& a = m_application;
    ui->applicationNumberValue->setText(a ? a->number : QStringLiteral("—"));
    ui->applicationStatusValue->setText(a ? WalkInTerms::status(a->status) : tr("Not registered"));
    const QDate due = a ? (a->extendedDueDate.isValid() ? a->extendedDueDate : a->dueDate) : QDate();
    ui->answerDueValue->setText(due.isValid() ? CommonTerms::date(due) : tr("On the spot"));
}

void WalkInWidget::showBanner(const QString& tone, const QString& text)
{
    ui->messageBanner->setText(text);
    ui->messageBanner->setProperty("tone", tone);
    ui->messageBanner->style()->unpolish(ui->messageBanner);
    ui->messageBanner->style()->polish(ui->messageBanner);
    ui->messageBanner->show();
}

void WalkInWidget::hideBanner()
{
    ui->messageBanner->hide();
    ui->messageBanner->clear();
}

void WalkInWidget::revealFocusedField()
{
    if (QWidget* focus = window()->focusWidget(); focus && ui->applicationForm->isAncestorOf(focus))
        ui->formScroll->ensureWidgetVisible(focus, 20, 40);
}

} // namespace cp::client
