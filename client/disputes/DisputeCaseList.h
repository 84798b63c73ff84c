// Dispute cases as a queue: number, subject, state, acceptance and the
// effective due date (30 days, or the approved extension), overdue cases
// highlighted (seed 003 附件2.三). Shared by the window, the credit centre and
// the approver, each starting from its own filter.
#pragma once

#include "DisputeProtocol.h"
#include "common/PendingRequest.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DisputeCaseList;
}

namespace cp::client {

class DisputesApi;

class DisputeCaseList : public QWidget
{
    Q_OBJECT
  public:
    DisputeCaseList(DisputesApi& api, const QString& filter, QWidget* parent = nullptr);
    ~DisputeCaseList() override;

    void reload();
    bool isLoading() const { return m_reload.busy(); }
    const QList<cp::protocol::DisputeCase>& cases() const { return m_cases; }
    void setFilter(const QString& filter);
    /// Selects the case's row (after a reload too); false if it is not listed.
    bool select(qint64 caseId);
    /// The row of the case, or -1.
    int rowOf(qint64 caseId) const;

    static const QColor& overdueColor();

  Q_SIGNALS:
    void caseSelected(qint64 caseId);
    void loaded();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void fill();

    std::unique_ptr<Ui::DisputeCaseList> ui;
    DisputesApi& m_api;
    QList<cp::protocol::DisputeCase> m_cases;
    qint64 m_selected = 0;
    PendingRequest m_reload;
    bool m_loadedOnce = false;
};

} // namespace cp::client
