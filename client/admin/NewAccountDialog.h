// 新建账户: a real-name account (name, citizen ID checked while typing, unit,
// position, phone, region) bound to a certificate file. The server decides;
// its field errors are shown at the field (seed 004 §19; SPEC §8).
#pragma once

#include "AdminProtocol.h"

#include <QDialog>
#include <memory>

namespace Ui {
class NewAccountDialog;
}

namespace cp::client {

class AdminApi;

class NewAccountDialog : public QDialog
{
    Q_OBJECT
  public:
    NewAccountDialog(AdminApi& api, const QList<cp::protocol::RegionView>& regions,
                     QWidget* parent = nullptr);
    ~NewAccountDialog() override;

    /// Reads the certificate file to import (the Choose… button asks for it).
    bool setCertificateFile(const QString& path);
    /// The created account and its one-time password, once the server accepted it.
    const cp::protocol::InitialPasswordGrant& grant() const { return m_grant; }
    bool isBusy() const { return m_busy; }

    void accept() override; // sends; closes only when the server accepted

  private:
    void checkIdNumber();
    void chooseFile();

    std::unique_ptr<Ui::NewAccountDialog> ui;
    AdminApi& m_api;
    QByteArray m_certificate;
    cp::protocol::InitialPasswordGrant m_grant;
    bool m_busy = false;
};

} // namespace cp::client
