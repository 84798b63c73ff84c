// The reason for an account action, asked before it is sent: disabling
// (a reason), deregistration (transfer or departure, seed 000 §9), a reported
// leaked password or lost certificate (seed 004 §22).
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AccountActionDialog;
}

namespace cp::client {

class AccountActionDialog : public QDialog
{
    Q_OBJECT
  public:
    enum class Kind { Disable, Deregister, Compromise };
    AccountActionDialog(Kind kind, const QString& accountName, QWidget* parent = nullptr);
    ~AccountActionDialog() override;

    QString kindCode() const; // transfer | departure | password | certificate; "" for Disable
    QString reason() const;
    void accept() override; // a disable needs a reason

  private:
    std::unique_ptr<Ui::AccountActionDialog> ui;
    Kind m_kind;
};

} // namespace cp::client
