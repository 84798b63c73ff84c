// One dispute case and the next step for whoever looks at it (SPEC §5; seed
// 003 附件2.三–七). The credit officer records the verification with the
// providing department, the outcome per record and the result text, and sets
// or revokes "申请人存疑" marks; the approver approves or returns the result
// and may extend the deadline once; the window clerk records the delivery,
// the free reprint after a correction, mark and revocation applications, and
// reprints any document of the case. The server decides every step; the view
// shows only the steps the user's roles and the case's state offer.
#pragma once

#include "DisputeProtocol.h"
#include "Roles.h"
#include "documents/ReportRenderer.h"
#include "net/ApiResult.h"

#include <QSet>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class DisputeCaseView;
}

namespace cp::client {

class DisputesApi;
class DisputeOutcomeEditor;

class DisputeCaseView : public QWidget
{
    Q_OBJECT
  public:
    DisputeCaseView(DisputesApi& api, const QSet<cp::Role>& roles, QWidget* parent = nullptr);
    ~DisputeCaseView() override;

    /// Loads the case from the server and shows it.
    void open(qint64 caseId);
    void showCase(const cp::protocol::DisputeCase& dispute);
    const std::optional<cp::protocol::DisputeCase>& dispute() const { return m_case; }
    bool isBusy() const { return m_busy; }
    QString bannerText() const;
    DisputeOutcomeEditor* outcomeEditor() const { return m_outcomes; }
    /// Selects a mark of the case in the marks table; false if there is none with that id.
    bool selectMark(qint64 markId);

    // The steps, as the buttons run them.
    void verify();
    void submitResult();
    void approve();
    void returnResult();
    void extend();
    void deliver();
    void reprint();
    void openMarkDialog();
    void openRevocationDialog();
    void setSelectedMark();
    void revokeSelectedMark();
    void openSelectedDocument();
    /// Fetches the scan chosen in the materials list and writes it to path, after
    /// checking it against its SHA-256; the outcome is shown in the banner.
    void saveSelectedMaterial(const QString& path);

  Q_SIGNALS:
    /// A step changed the case (lists reload).
    void caseChanged(const cp::protocol::DisputeCase& dispute);
    /// open() has shown the case.
    void loaded();

  private:
    using StepCall =
        std::function<void(std::function<void(const ApiResult&, const cp::protocol::DisputeStep&)>)>;
    void runStep(const StepCall& call, DocumentKind kind, const QString& doneText);
    void markStepDone(const ApiResult& r, const cp::protocol::MarkStep& step, DocumentKind kind,
                      const QString& doneText);
    void afterMarkStep(const cp::protocol::MarkStep& step, DocumentKind kind, const QString& doneText);
    void fillDetails();
    void fillRecords();
    void fillMarks();
    void fillDocuments();
    void chooseMaterialPath();
    void updateActions();
    std::optional<cp::protocol::ApplicantMark> selectedMark() const;
    void setBusy(bool busy);
    void showBanner(const QString& tone, const QString& text);
    void showStepError(const ApiResult& r);

    std::unique_ptr<Ui::DisputeCaseView> ui;
    DisputesApi& m_api;
    QSet<cp::Role> m_roles;
    DisputeOutcomeEditor* m_outcomes = nullptr;
    std::optional<cp::protocol::DisputeCase> m_case;
    bool m_busy = false;
};

} // namespace cp::client
