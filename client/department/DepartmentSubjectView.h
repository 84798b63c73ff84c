// 部门查询 — one subject: the purpose is asked before any record is shown (every
// view goes into the permanent query log, seed 003 附件1.七(一)); then the A and
// C records of the viewer's jurisdiction and B records under an approved
// authorization (seed 000 §18). Suspended records read only
// "暂停使用（异议处理中）"; "申请人存疑" marks show their reason. The full
// identity is shown on request to an entitled viewer only (logged on the
// server); the visible records can be exported as a numbered, verifiable
// report with the viewer's name and time as a watermark on every page.
#pragma once

#include "DepartmentProtocol.h"
#include "department/DepartmentApi.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class DepartmentSubjectView;
}

namespace cp::client {

class DepartmentSubjectView : public QWidget
{
    Q_OBJECT
  public:
    explicit DepartmentSubjectView(QWidget* parent = nullptr);
    ~DepartmentSubjectView() override;

    void setApi(DepartmentApi* api) { m_api = api; }
    /// Whose name goes on the watermark; whether B-class requests are offered
    /// (department users ask, officers decide).
    void setViewer(const QString& fullName, bool mayRequestAuthorization);

    /// Opens a subject as found in the list (masked): asks for the purpose first.
    void setSubject(const cp::protocol::SubjectSummary& subject);
    const cp::protocol::SubjectSummary& subject() const { return m_subject; }
    const QList<QueryPurpose>& purposes() const { return m_purposes; }

    /// The free text when given, else the code chosen from the list; empty when neither.
    QString purpose() const;
    /// Loads the records for the stated purpose. False (and the prompt stressed)
    /// when no purpose is given: nothing is requested then.
    bool loadRecords();
    void revealIdentity();
    void exportReport();
    /// Writes the exported report as an A4 PDF with the watermark. Returns the error shown, if any.
    std::optional<QString> saveExportPdf(const QString& path);
    void openPrintPreview();
    void openRequestDialog();

    bool isLoading() const { return m_loading; }
    const std::optional<cp::protocol::SubjectRecordsView>& view() const { return m_view; }
    const std::optional<cp::protocol::Report>& exportedReport() const { return m_report; }
    /// The watermark of the exported report ("viewer · time"), empty before an export.
    QString watermarkText() const;

  Q_SIGNALS:
    void backRequested();
    void purposesLoaded();
    void recordsLoaded();
    void identityShown();
    void exported(const cp::protocol::Report& report);
    void authorizationRequested(const cp::protocol::BAuthorization& authorization);

  protected:
    /// Enter presses the focused button, or shows the records from the purpose fields.
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void loadPurposes();
    void showSubject(const cp::protocol::SubjectSummary& s);
    void fillRecords();
    void setBusy(bool busy);
    void chooseSavePath();
    void showNotice(const QString& text);
    static void showError(QLabel* label, const QString& message);

    std::unique_ptr<Ui::DepartmentSubjectView> ui;
    DepartmentApi* m_api = nullptr;
    QString m_viewerName;
    bool m_mayRequest = false;
    cp::protocol::SubjectSummary m_subject;
    QList<QueryPurpose> m_purposes;
    bool m_purposesLoading = false;
    std::optional<cp::protocol::SubjectRecordsView> m_view;
    QString m_viewPurpose; // the purpose the records on screen were asked for
    std::optional<cp::protocol::Report> m_report;
    bool m_loading = false;
};

} // namespace cp::client
