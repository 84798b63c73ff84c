// 报告核验: anyone logged in checks a printed report's number and
// verification code against the archived report — genuine (真实有效),
// mismatch (与存档不符) or unknown number (编号不存在). The server answers the
// verdict alone unless genuine, and then only a summary for the caller's role.
#pragma once

#include "WalkInProtocol.h"
#include "documents/DocumentsApi.h"

#include <QDialog>
#include <memory>

namespace Ui {
class VerifyReportDialog;
}

namespace cp::client {

class ApiClient;

class VerifyReportDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit VerifyReportDialog(ApiClient& api, QWidget* parent = nullptr);
    ~VerifyReportDialog() override;

    /// "genuine" | "mismatch" | "unknown" of the last answer; empty before.
    QString lastResult() const { return m_lastResult; }

  Q_SIGNALS:
    void verified(const QString& result);

  private:
    void verify();
    void showVerification(const cp::protocol::ReportVerification& v);
    void clearResult();
    void updateEnabled();

    std::unique_ptr<Ui::VerifyReportDialog> ui;
    DocumentsApi m_api;
    QString m_lastResult;
    bool m_busy = false;
};

} // namespace cp::client
