// 备份与恢复: the system administrator's backups (SPEC §9; seed 002 §18: full
// backup at least weekly, restorable and tested). The register with time, size,
// SHA-256 and verified state; back up now; verify a file; restore a backup into
// a NEW file on the server (the live database is never replaced from here).
#pragma once

#include "BackupProtocol.h"
#include "backup/BackupApi.h"

#include <QWidget>
#include <memory>

namespace Ui {
class BackupPage;
}

namespace cp::client {

class BackupPage : public QWidget
{
    Q_OBJECT
  public:
    explicit BackupPage(ApiClient& api, QWidget* parent = nullptr);
    ~BackupPage() override;

    const cp::protocol::BackupOverview& overview() const { return m_overview; }
    bool isBusy() const { return m_busy; }

  public Q_SLOTS:
    void refresh();

  Q_SIGNALS:
    void loaded();
    void backedUp(const cp::protocol::BackupInfo& backup);
    void verified(const cp::protocol::BackupInfo& backup);
    void restored(const cp::protocol::RestoreResult& result);
    void failed(const QString& message);

  private:
    void fill();
    void backupNow();
    void verifySelected();
    void restoreSelected();
    void updateButtons();
    std::optional<cp::protocol::BackupInfo> selected() const;
    void setBusy(bool busy);
    void showError(const QString& message);

    std::unique_ptr<Ui::BackupPage> ui;
    BackupApi m_api;
    cp::protocol::BackupOverview m_overview;
    bool m_busy = false;
};

} // namespace cp::client
