// The shape of the small form dialogs that send one request (carry-out
// application, medium event, storage location, …): deleted on close, OK
// submits, one request at a time with OK disabled while it runs, and the
// server's message shown when it is refused. The dialog keeps its fields, texts
// (in its own translation context) and what it does with the answer.
#pragma once

#include "net/ApiResult.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <functional>

namespace cp::client {

class DeskFormRequest
{
  public:
    /// Sets the dialog up: deleted on close, 520 px wide at least, OK named okText and
    /// running submit, Cancel named cancelText and rejecting.
    void prepare(QDialog* dialog, QDialogButtonBox* buttons, QLabel* errorLabel, const QString& okText,
                 const QString& cancelText, std::function<void()> submit);
    /// False while a request runs; else starts one (OK disabled, the error hidden).
    bool start();
    /// Ends the request (OK enabled again); when it failed, shows the server's message and
    /// returns false.
    bool finish(const ApiResult& r);

  private:
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_error = nullptr;
    bool m_busy = false;
};

} // namespace cp::client
