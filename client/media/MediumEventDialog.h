// 介质事项登记: issue, return, replacement, wipe, repair, destruction and
// carrying out, each signed by the operator and a counter-signer picked from
// the server's list of real accounts; the dialog asks for exactly what the
// chosen event needs (recipient, wipe method/tool/verifier, two witnesses …).
// There is no lend, sell or give-away entry: the register has no such event
// (seed 004 §12). The server checks every field and the medium's state.
#pragma once

#include "common/PendingRequest.h"
#include "media/MediaApi.h"
#include "media/MediaTerms.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MediumEventDialog;
}

namespace cp::client {

class MediumEventDialog : public QDialog
{
    Q_OBJECT
  public:
    /// replacements: media in store that may replace this one.
    MediumEventDialog(MediaApi& api, const MediaReference& reference, const cp::protocol::Medium& medium,
                      const QList<cp::protocol::Medium>& replacements, QWidget* parent = nullptr);
    ~MediumEventDialog() override;

    /// Chooses the event kind (as the user would in the first field).
    void setKind(const QString& kind);

  Q_SIGNALS:
    void recorded(const cp::protocol::MediumStep& step);

  private:
    void kindChanged();
    void submit();

    std::unique_ptr<Ui::MediumEventDialog> ui;
    MediaApi& m_api;
    cp::protocol::Medium m_medium;
    PendingRequest m_submit;
};

} // namespace cp::client
