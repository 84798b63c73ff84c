// A password reset that shows no password to anyone (attack review, issue 11 finding 3;
// seed 004 §20–21: a new password, changed by its holder).
//
// The reset used to answer a one-time password to the system administrator, who could
// then log in as the holder with a certificate of their own bound to the account. Now the
// reset creates no password: it marks the account "reset pending until T" (kWindowHours on
// the server's clock), ends its sessions and clears a lock. At the holder's next login from
// a certificate bound to the account the server answers PASSWORD_RESET_PENDING instead of
// checking any password (the old one no longer works), and accepts a new password, checked
// against the policy, on POST /api/v1/session/password-reset: only from a bound
// certificate, only within the window. A window that has passed is refused
// (PASSWORD_RESET_EXPIRED) until an administrator resets again.
//
// Why the certificate proves who is choosing: the mutual-TLS handshake shows the private
// key of the bound certificate, which lives in the holder's PKCS#12 file behind its PIN
// and nowhere else (the server and the administrators only ever see the certificate's
// public part; a file with a private key is refused at import). The administrator who
// resets never learns the new password, and binding another certificate to an
// administrator's account needs a second administrator (AdminService), so the reset gives
// the resetting administrator nothing to log in with.
#pragma once

#include "domain/Clock.h"
#include "domain/DomainError.h"
#include "domain/auth/AuthService.h"

#include <QSqlDatabase>

namespace cp::server {

class PasswordResets
{
  public:
    static constexpr int kWindowHours = 24;

    PasswordResets(QSqlDatabase db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

    /// In the caller's transaction: marks the reset, ends the account's sessions, clears a
    /// lock. Returns the end of the window; *sessionsEnded (if given) how many sessions ended.
    QDateTime begin(AccountStore& store, qint64 accountId, int* sessionsEnded = nullptr);

    /// At login, before any password is looked at: PASSWORD_RESET_PENDING (details.pendingUntil)
    /// or PASSWORD_RESET_EXPIRED when the peer's account was reset; audited. Returns otherwise.
    void refuseLoginWhileReset(const PeerIdentity& peer, const QString& workstation);

    /// POST /api/v1/session/password-reset: the holder's new password, from a bound certificate
    /// within the window. Refusals are audited and thrown.
    void choosePassword(const PeerIdentity& peer, const QString& newPassword);

  private:
    [[noreturn]] void refuse(const AuditActor& actor, const QString& action, const QString& target,
                             const QString& detail, const DomainError& error);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace cp::server
