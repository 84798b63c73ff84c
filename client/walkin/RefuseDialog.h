// 不予受理: the clerk refuses a registered application with one of the
// server's reasons (seed 003 附件1.五(四)) and reads its wording to the applicant.
#pragma once

#include "WalkInProtocol.h"
#include "walkin/WalkInApi.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RefuseDialog;
}

namespace cp::client {

class RefuseDialog : public QDialog
{
    Q_OBJECT
  public:
    RefuseDialog(WalkInApi& api, qint64 applicationId, QWidget* parent = nullptr);
    ~RefuseDialog() override;

    /// Selects a reason by its code once the list has arrived (for keyboard-less callers and tests).
    bool selectReason(const QString& code);
    int reasonCount() const;

  Q_SIGNALS:
    void reasonsLoaded();
    /// The server recorded the refusal; wording is what the applicant is told.
    void refused(const cp::protocol::WalkInApplication& application, const QString& wording);

  private:
    void loadReasons();
    void showWording();
    void submit();
    void setBusy(bool busy);
    void showError(const QString& message);

    std::unique_ptr<Ui::RefuseDialog> ui;
    WalkInApi& m_api;
    qint64 m_applicationId;
    QList<RefusalReason> m_reasons;
    bool m_busy = false;
};

} // namespace cp::client
