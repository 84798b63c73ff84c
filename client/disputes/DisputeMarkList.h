// Applications for the mark "申请人存疑" and for its revocation as a queue:
// the open ones (to be set within 7 working days, or revoked within 5) with
// their due dates, overdue ones highlighted; the marks in force with the day
// they lapse (seed 003 附件2.三, 六(五), 七(三)). Opening one shows its case.
#pragma once

#include "DisputeProtocol.h"
#include "common/PendingRequest.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DisputeMarkList;
}

namespace cp::client {

class DisputesApi;

class DisputeMarkList : public QWidget
{
    Q_OBJECT
  public:
    explicit DisputeMarkList(DisputesApi& api, QWidget* parent = nullptr);
    ~DisputeMarkList() override;

    void reload();
    bool isLoading() const { return m_reload.busy(); }
    const QList<cp::protocol::ApplicantMark>& marks() const { return m_marks; }
    /// The row of the mark, or -1.
    int rowOf(qint64 markId) const;
    /// Opens the case of the mark in that row.
    void openRow(int row);

  Q_SIGNALS:
    void openRequested(qint64 caseId, qint64 markId);
    void loaded();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void fill();

    std::unique_ptr<Ui::DisputeMarkList> ui;
    DisputesApi& m_api;
    QList<cp::protocol::ApplicantMark> m_marks;
    PendingRequest m_reload;
    bool m_loadedOnce = false;
};

} // namespace cp::client
