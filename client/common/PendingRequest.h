// One request a screen sends and waits for — a dialog's OK, a list's reload:
// while it is out the button that sent it is disabled and the screen ignores
// another press (busy()); when the answer comes the button is enabled again
// and either the server's refusal is shown in the screen's error label or the
// label is hidden and the screen's own success step runs (a dialog emits its
// result and accepts, a list fills its table). The screen owns it and passes
// itself as the request's context, so an answer after the screen is gone is
// dropped with it.
#pragma once

#include "net/ApiResult.h"

#include <functional>

class QAbstractButton;
class QLabel;

namespace cp::client {

class PendingRequest
{
  public:
    /// What start() does with the last refusal on screen.
    enum class LastError { Hide, KeepUntilAnswered };

    /// After setupUi: the button that sends and the label that shows refusals.
    void attach(QAbstractButton* button, QLabel* errorLabel);

    bool busy() const { return m_busy; }
    /// The request is about to go: busy, the button disabled.
    void start(LastError lastError = LastError::Hide);

    /// The typed APIs' callback: ends the wait; a refusal is shown with
    /// r.userMessage() (or handed to onError when given); otherwise the error
    /// label is hidden and onSuccess runs.
    template <class T>
    std::function<void(const ApiResult&, const T&)> done(std::function<void(const T&)> onSuccess,
                                                         std::function<void(const ApiResult&)> onError = {})
    {
        return [this, onSuccess = std::move(onSuccess), onError = std::move(onError)](const ApiResult& r,
                                                                                      const T& value) {
            finish();
            if (!r.ok()) {
                if (onError)
                    onError(r);
                else
                    showError(r);
                return;
            }
            hideError();
            onSuccess(value);
        };
    }

  private:
    void finish();
    void showError(const ApiResult& r);
    void hideError();

    QAbstractButton* m_button = nullptr;
    QLabel* m_errorLabel = nullptr;
    bool m_busy = false;
};

} // namespace cp::client
