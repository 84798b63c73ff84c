// 审计日志: the security auditor's view of the audit chain (SPEC §1, §4; seed
// 004 附件2 §10, 附件3). Filters, newest-first pages, the selected entry with its
// own hash check, whole-chain verification with the result in plain words, and
// export of the filtered period as CSV + signature file + PDF. Read-only: the
// page has nothing that could change an entry.
#pragma once

#include "AuditProtocol.h"
#include "audit/AuditApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AuditLogPage;
}

namespace cp::client {

class AuditLogPage : public QWidget
{
    Q_OBJECT
  public:
    explicit AuditLogPage(ApiClient& api, QWidget* parent = nullptr);
    ~AuditLogPage() override;

    /// The filter as the fields say (dates are Beijing calendar days, "to" inclusive).
    cp::protocol::AuditFilter filter() const;
    const cp::protocol::AuditPage& currentPage() const { return m_page; }
    bool isBusy() const { return m_busy > 0; }
    static constexpr int kPageSize = 50;

  public Q_SLOTS:
    /// Runs the search from page 1 (a fresh snapshot of the chain).
    void search();
    /// Exports the filtered period into dir (the button asks for it).
    void exportTo(const QString& dir);
    /// Checks an exported CSV against its signature file with the server.
    void checkExport(const QString& csvPath, const QString& sigPath);

  Q_SIGNALS:
    void pageLoaded();
    void detailLoaded();
    void chainVerified(const cp::protocol::AuditChainResult& result);
    void exported(const QString& csvPath);
    void exportChecked(const QString& result);

  private:
    void load(int page);
    void fill();
    void showDetail();
    void verifyChain();
    void showError(const QString& message);
    void setBusy(bool busy);
    static QString actionName(const QString& code);
    static QString outcomeName(const QString& code);

    std::unique_ptr<Ui::AuditLogPage> ui;
    AuditApi m_api;
    cp::protocol::AuditPage m_page;
    cp::protocol::AuditFilter m_shown; // the filter of the pages on screen, with its snapshot
    int m_busy = 0;
};

} // namespace cp::client
