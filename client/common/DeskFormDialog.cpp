#include "common/DeskFormDialog.h"

#include <QPushButton>

namespace cp::client {

void DeskFormRequest::prepare(QDialog* dialog, QDialogButtonBox* buttons, QLabel* errorLabel,
                              const QString& okText, const QString& cancelText, std::function<void()> submit)
{
    m_buttons = buttons;
    m_error = errorLabel;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(520);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(cancelText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, std::move(submit));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

bool DeskFormRequest::start()
{
    if (m_busy)
        return false;
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_error->hide();
    return true;
}

bool DeskFormRequest::finish(const ApiResult& r)
{
    m_busy = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (r.ok())
        return true;
    m_error->setText(r.userMessage());
    m_error->show();
    return false;
}

} // namespace cp::client
