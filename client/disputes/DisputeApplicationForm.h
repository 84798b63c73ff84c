// 异议申请 at the window (SPEC §5; seed 003 附件2.四): the subject by its ID
// number or credit code, its records with which may be disputed (and why
// not), the reason, the applicant (the natural person themself, or the agent
// of a legal person), the scans; accepting it prints the acceptance receipt
// 受理回执. A record already answered is refused with the earlier case number.
#pragma once

#include "DisputeProtocol.h"
#include "net/ApiResult.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class DisputeApplicationForm;
}

namespace cp::client {

class DisputesApi;
class DisputeMaterialsEditor;

class DisputeApplicationForm : public QWidget
{
    Q_OBJECT
  public:
    DisputeApplicationForm(DisputesApi& api, QWidget* parent = nullptr);
    ~DisputeApplicationForm() override;

    DisputeMaterialsEditor* materials() const { return m_materials; }
    bool isBusy() const { return m_busy; }
    const std::optional<cp::protocol::DisputableRecords>& lookedUp() const { return m_records; }
    /// The message line above the form.
    QString bannerText() const;

    void lookUp();
    /// Ticks (or unticks) the record's box; false if it is not in the list or not disputable.
    bool setRecordChecked(qint64 recordId, bool checked);
    QList<qint64> checkedRecords() const;
    void submit();
    /// Clears everything for the next applicant.
    void reset();

  Q_SIGNALS:
    void accepted(const cp::protocol::DisputeStep& step);

  private:
    void checkSubjectId(bool final);
    void fetchRecords();
    void fillRecords();
    void applyApplicantRules();
    void updateActions();
    void setBusy(bool busy);
    void showBanner(const QString& tone, const QString& text);
    void handleAcceptError(const ApiResult& r);
    void setFieldError(const QString& field, const QString& message);
    void clearErrors();

    std::unique_ptr<Ui::DisputeApplicationForm> ui;
    DisputesApi& m_api;
    DisputeMaterialsEditor* m_materials = nullptr;
    std::optional<cp::protocol::DisputableRecords> m_records;
    bool m_busy = false;
};

} // namespace cp::client
