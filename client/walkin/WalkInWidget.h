// 现场查询 at the service window (SPEC §3; seed 003 附件1.五): register the
// application → attach the scanned materials → run the query → print the
// report and record its hand-over; or refuse with a reason, or defer the
// answer (限期答复). Enter runs the next step. The second tab lists the
// applications awaiting an answer.
#pragma once

#include "WalkInProtocol.h"
#include "walkin/WalkInApi.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class WalkInWidget;
}

namespace cp::client {

class ApiClient;
class WalkInApplicationForm;
class WalkInMaterialsPanel;
class WalkInPendingList;
class WalkInReportView;

class WalkInWidget : public QWidget
{
    Q_OBJECT
  public:
    enum class Step {
        Filling,    // the form is being filled in
        Registered, // registered (or opened from the pending list): materials, then answer
        Answered,   // the report is shown
        Refused,    // closed with a reason (by the clerk or by a server rule)
        Deferred,   // to be answered within the deadline
    };

    explicit WalkInWidget(ApiClient& api, QWidget* parent = nullptr);
    ~WalkInWidget() override;

    Step step() const { return m_step; }
    bool isBusy() const { return m_busy; }
    const std::optional<cp::protocol::WalkInApplication>& application() const { return m_application; }
    /// The message line above the tabs (what the clerk reads or tells the applicant).
    QString bannerText() const;

    WalkInApplicationForm* form() const;
    WalkInMaterialsPanel* materials() const;
    WalkInReportView* reportView() const;
    WalkInPendingList* pendingList() const;

    void registerApplication();
    void answer();
    void openRefuseDialog();
    void openDeferDialog();
    void openVerifyDialog();
    /// Clears everything for the next person at the window.
    void startNext();
    /// Continues an application from the pending list.
    void openApplication(const cp::protocol::WalkInApplication& application);

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void runNextStep();
    void setStep(Step step);
    void setBusy(bool busy);
    void updateActions();
    void updateStatus();
    void showBanner(const QString& tone, const QString& text);
    void hideBanner();
    void handleRegisterError(const ApiResult& result);
    void handleAnswerError(const ApiResult& result);
    void refusedByServer(const QString& message);
    void revealFocusedField();
    void focusNextStep();

    std::unique_ptr<Ui::WalkInWidget> ui;
    WalkInApi m_api;
    Step m_step = Step::Filling;
    std::optional<cp::protocol::WalkInApplication> m_application;
    bool m_busy = false;
};

} // namespace cp::client
