// Typed calls of the admin console (/api/v1/admin, documented at the top of
// server/http/AdminRoutes.cpp), built on ApiClient::request and the codecs of
// shared/AdminProtocol.h. Every call is asynchronous; done runs on the UI
// thread and is dropped when context is destroyed first.
#pragma once

#include "AdminProtocol.h"
#include "PasswordPolicy.h"
#include "common/DeskApiCall.h"

#include <QObject>

namespace cp::client {

class AdminApi : public DeskApi
{
  public:
    using DeskApi::DeskApi;
    using Account = cp::protocol::AccountView;
    using Certificate = cp::protocol::CertificateView;
    using Grant = cp::protocol::InitialPasswordGrant;
    using Outcome = cp::protocol::AdminChangeOutcome; // done, or waiting for a second administrator
    using Request = cp::protocol::AdminRequestView;

    // accounts (system admin; lists also for the security admin)
    void accounts(const QString& status, const QString& text, const QObject* context,
                  Done<QList<Account>> done);
    void createAccount(const cp::protocol::NewAccountRequest& req, const QObject* context, Done<Grant> done);
    void disable(qint64 id, const QString& reason, const QObject* context, Done<Account> done);
    void enable(qint64 id, const QObject* context, Done<Account> done);
    void deregister(qint64 id, const QString& kind, const QString& note, const QObject* context,
                    Done<Account> done);
    /// No password comes back: the holder chooses one at the next login.
    void resetPassword(qint64 id, const QObject* context, Done<Outcome> done);
    void unlock(qint64 id, const QObject* context, Done<Account> done);
    void reportCompromise(qint64 id, const QString& kind, const QString& note, const QObject* context,
                          Done<Account> done);
    void bindCertificate(qint64 id, const QByteArray& file, const QObject* context, Done<Outcome> done);

    // certificates
    void certificates(int expiringWithinDays, const QObject* context,
                      Done<QList<Certificate>> done); // 0 = all
    void revokeCertificate(qint64 certificateId, const QString& reason, const QObject* context,
                           Done<Account> done);

    // security admin
    void assignRoles(qint64 id, const cp::protocol::RoleAssignment& a, const QObject* context,
                     Done<Account> done);
    void policy(const QObject* context, Done<cp::PasswordPolicy> done);
    void setPolicy(const cp::PasswordPolicy& p, const QObject* context, Done<cp::PasswordPolicy> done);
    void staleAccounts(int days, const QObject* context, Done<QList<cp::protocol::StaleAccount>> done);
    void regions(const QObject* context, Done<QList<cp::protocol::RegionView>> done);

    // changes to administrators' accounts waiting for a second administrator (all three admins)
    void requests(const QString& status, const QObject* context, Done<QList<Request>> done);
    void confirmRequest(qint64 id, const QObject* context, Done<Request> done);
    void rejectRequest(qint64 id, const QString& reason, const QObject* context, Done<Request> done);

  private:
    template <class T>
    void call(QByteArray method, const QString& path, const QJsonObject& body, const QObject* context,
              Done<T> done);
};

} // namespace cp::client
