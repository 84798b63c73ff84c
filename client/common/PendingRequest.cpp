#include "common/PendingRequest.h"

#include <QAbstractButton>
#include <QLabel>

namespace cp::client {

void PendingRequest::attach(QAbstractButton* button, QLabel* errorLabel)
{
    m_button = button;
    m_errorLabel = errorLabel;
}

void PendingRequest::start(LastError lastError)
{
    m_busy = true;
    m_button->setEnabled(false);
    if (lastError == LastError::Hide)
        m_errorLabel->hide();
}

void PendingRequest::finish()
{
    m_busy = false;
    m_button->setEnabled(true);
}

void PendingRequest::showError(const ApiResult& r)
{
    m_errorLabel->setText(r.userMessage());
    m_errorLabel->show();
}

void PendingRequest::hideError()
{
    m_errorLabel->hide();
}

} // namespace cp::client
