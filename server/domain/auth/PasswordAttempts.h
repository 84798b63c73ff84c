// How many password checks (scrypt) may run at once for one account, across
// all worker threads. Attack review (issue 11) finding 2: 16 parallel wrong
// passwords all passed the lock check before the first one was counted; with
// one check in flight per account, the lock-out counts every guess before the
// next one is tried, and a flood cannot tie up the server's cores on one
// account. Attempts over the limit are refused at once, without a check.
#pragma once

#include <QString>
#include <optional>

namespace cp::server {

class PasswordAttempts
{
  public:
    /// One check at a time per account: exactly `lockoutThreshold` guesses are
    /// verified before the lock, never more.
    static constexpr int kMaxInFlightPerAccount = 1;

    /// A held place; the next attempt for the account may start once it is gone.
    class Slot
    {
      public:
        Slot(Slot&& other) noexcept : m_key(std::move(other.m_key)) { other.m_key.clear(); }
        Slot& operator=(Slot&&) = delete;
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;
        ~Slot();

      private:
        friend class PasswordAttempts;
        explicit Slot(QString key) : m_key(std::move(key)) {}
        QString m_key;
    };

    /// A place for a password check of `accountId` in the database at `databasePath`
    /// (two servers in one test process keep apart), or nullopt if the account
    /// already has kMaxInFlightPerAccount checks running.
    static std::optional<Slot> tryEnter(const QString& databasePath, qint64 accountId);
};

} // namespace cp::server
