// The issued report on screen: what it says (records with "申请人存疑" marks
// highlighted), printing it (preview, printer, PDF — one ReportRenderer) and
// recording its hand-over at the window (seed 003 附件1.五(五)).
#pragma once

#include "WalkInProtocol.h"

#include <QWidget>
#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class WalkInReportView;
}

namespace cp::client {

class WalkInApi;

class WalkInReportView : public QWidget
{
    Q_OBJECT
  public:
    explicit WalkInReportView(QWidget* parent = nullptr);
    ~WalkInReportView() override;

    void setApi(WalkInApi* api) { m_api = api; }
    void setReport(const cp::protocol::Report& report);
    const cp::protocol::Report& report() const { return m_report; }

    /// Writes the report as an A4 PDF (what the save dialog calls). Returns the error shown, if any.
    std::optional<QString> saveReportPdf(const QString& path);
    void openPrintPreview();
    void openPrintDialog();
    void openHandoverDialog();
    /// Puts the keyboard focus on the next sensible action.
    void focusNextAction();

  Q_SIGNALS:
    void nextApplicantRequested();
    void handedOver(const cp::protocol::Report& report);
    /// A status line for the page (printed, saved, …).
    void notice(const QString& text);

  private:
    void fillRecords();
    void updateHandover();
    void chooseSavePath();
    void showError(const QString& message);

    std::unique_ptr<Ui::WalkInReportView> ui;
    WalkInApi* m_api = nullptr;
    cp::protocol::Report m_report;
    bool m_printed = false;
};

} // namespace cp::client
