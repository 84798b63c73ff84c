// 答复延期审批: the approver's view of the walk-in applications awaiting an
// answer, where a deadline is extended once by at most 15 working days with a
// stated reason (seed 003 附件1.五(六)). The server keeps the rule (once, 1–15,
// deferred applications only); this page shows its answer.
#pragma once

#include "WalkInProtocol.h"
#include "walkin/WalkInApi.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class WalkInExtensionPage;
}

namespace cp::client {

class ApiClient;

class WalkInExtensionPage : public QWidget
{
    Q_OBJECT
  public:
    explicit WalkInExtensionPage(ApiClient& api, QWidget* parent = nullptr);
    ~WalkInExtensionPage() override;

    /// The application chosen for an extension, if any.
    std::optional<cp::protocol::WalkInApplication> selected() const { return m_selected; }

  Q_SIGNALS:
    /// The server granted an extension; application is as it now stands.
    void extended(const cp::protocol::WalkInApplication& application);

  private:
    void select(const cp::protocol::WalkInApplication& application);
    void submit();
    void showError(const QString& message);

    std::unique_ptr<Ui::WalkInExtensionPage> ui;
    WalkInApi m_api;
    std::optional<cp::protocol::WalkInApplication> m_selected;
    bool m_busy = false;
};

} // namespace cp::client
