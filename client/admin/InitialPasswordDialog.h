// Shows a one-time initial password once (new account, password reset);
// the holder must change it at the first login (seed 004 §20).
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class InitialPasswordDialog;
}

namespace cp::client {

class InitialPasswordDialog : public QDialog
{
    Q_OBJECT
  public:
    InitialPasswordDialog(const QString& accountName, const QString& password, QWidget* parent = nullptr);
    ~InitialPasswordDialog() override;
    QString password() const;

  private:
    std::unique_ptr<Ui::InitialPasswordDialog> ui;
};

} // namespace cp::client
