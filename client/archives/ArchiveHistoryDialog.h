// 档案履历 and 借阅人履历: one item's materials and every step taken on it, or one
// person's loans and the steps they took or that concerned them — what a library
// circulation system shows per item and per borrower. Viewing a scan from here is
// an access the server checks and audits (seed 003 附件1.七(四)).
#pragma once

#include "ArchiveProtocol.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ArchiveHistoryDialog;
}

namespace cp::client {

class ArchivesApi;

class ArchiveHistoryDialog : public QDialog
{
    Q_OBJECT
  public:
    ArchiveHistoryDialog(ArchivesApi& api, QWidget* parent = nullptr);
    ~ArchiveHistoryDialog() override;

    void showItem(const cp::protocol::ArchiveItem& item);
    void showPerson(const cp::protocol::PersonHistory& person);
    /// Fetches the selected scan; the bytes go to a temporary file opened by the desktop,
    /// named and typed after the scan's checked content type only (shared/FileNames.h).
    void viewSelectedScan();
    QByteArray lastScan() const { return m_lastScan; }
    QString lastScanPath() const { return m_lastScanPath; }
    QString errorText() const;

  Q_SIGNALS:
    void scanLoaded();

  private:
    void fillEvents(const QList<cp::protocol::ArchiveEvent>& events, bool withItem);

    std::unique_ptr<Ui::ArchiveHistoryDialog> ui;
    ArchivesApi& m_api;
    cp::protocol::ArchiveItem m_item;
    QByteArray m_lastScan;
    QString m_lastScanPath;
};

} // namespace cp::client
