// 档案登记: the items the window archived (the day's unfiled ones first, seed 003
// 附件1.七(二) "当天归档"), filing them into a volume at a place, registering loans
// of filed items, proposing expired ones for destruction, and each item's history.
#pragma once

#include "ArchiveProtocol.h"
#include "archives/ArchivesApi.h"
#include "common/DeskListPage.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ArchiveItemsPage;
}

namespace cp::client {

class ApiClient;

class ArchiveItemsPage : public DeskListPage
{
    Q_OBJECT
  public:
    explicit ArchiveItemsPage(ApiClient& api, QWidget* parent = nullptr);
    ~ArchiveItemsPage() override;

    /// Filters of setFilter(): unfiled | filed | expired | destroyed | all.
    void refresh() override;
    QList<cp::protocol::ArchiveItem> items() const { return m_items; }
    void selectItems(const QList<qint64>& ids);
    QList<cp::protocol::ArchiveItem> selectedItems() const;
    QList<cp::protocol::StaffMember> staff() const { return m_staff; }

    // What the buttons do once their dialog is filled in.
    void fileItems(const cp::protocol::FilingInput& input);
    void requestLoan(const cp::protocol::LoanRequestInput& input);
    void proposeDestruction(const cp::protocol::DestructionProposalInput& input);
    void openHistory();

  Q_SIGNALS:
    void loaded();
    void staffLoaded();
    void remindersLoaded();
    /// A step finished (ok or not; see errorText()).
    void stepDone(bool ok);

  private:
    void fill();
    void updateButtons();
    void fileClicked();
    void lendClicked();
    void destroyClicked();
    void finish(const ApiResult& r, const QString& done);

    std::unique_ptr<Ui::ArchiveItemsPage> ui;
    ArchivesApi m_api;
    DeskLatestOnly m_latest;
    QList<cp::protocol::ArchiveItem> m_items;
    QList<cp::protocol::StaffMember> m_staff;
};

} // namespace cp::client
