// At the window after delivery: the applicant still disputes a record and
// asks for the mark "申请人存疑" (within 5 working days, seed 003 附件2.六(三)),
// or asks to revoke a mark in force (附件2.七(一)). Reason, applicant and
// scans; the acceptance receipt follows.
#pragma once

#include "DisputeProtocol.h"

#include <QDialog>
#include <memory>

namespace Ui {
class DisputeMarkDialog;
}

namespace cp::client {

class DisputesApi;
class DisputeMaterialsEditor;

class DisputeMarkDialog : public QDialog
{
    Q_OBJECT
  public:
    enum class Mode { Mark, Revocation };

    /// For a revocation, mark is the mark in force; for a mark application it is ignored.
    DisputeMarkDialog(DisputesApi& api, const cp::protocol::DisputeCase& dispute, Mode mode,
                      const cp::protocol::ApplicantMark& mark, QWidget* parent = nullptr);
    ~DisputeMarkDialog() override;

    Mode mode() const { return m_mode; }
    DisputeMaterialsEditor* materials() const { return m_materials; }
    void setReason(const QString& reason);
    void submit();

  Q_SIGNALS:
    void accepted(const cp::protocol::MarkStep& step);

  private:
    void updateOk();

    std::unique_ptr<Ui::DisputeMarkDialog> ui;
    DisputesApi& m_api;
    cp::protocol::DisputeCase m_case;
    Mode m_mode;
    cp::protocol::ApplicantMark m_mark;
    DisputeMaterialsEditor* m_materials = nullptr;
    bool m_busy = false;
};

} // namespace cp::client
