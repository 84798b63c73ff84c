// Password policy: SPEC §8; seed 004 §20–21 (initial password changed at first
// login, periodic change), seed 000 §10 / 003 附件1.六 (complexity, lockout).
// The server enforces it; the client uses the same check for early feedback.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cp {

/// SPEC §8: "Passwords ≥ 10 characters"; an admin may raise minLength, not lower it.
inline constexpr int kSpecMinLength = 10;

struct PasswordPolicy
{
    int minLength = 10;
    bool requireLetter = true;
    bool requireDigit = true;
    bool requireSpecial = true; // anything that is not a letter, digit or space
    int maxAgeDays = 90;        // 0 = never expires
    int lockoutThreshold = 5;   // failed passwords before the account locks
    int lockoutMinutes = 30;
    int idleTimeoutMinutes = 30; // session idle expiry (see also kSessionMaxLifetimeHours)

    QJsonObject toJson() const;
    static PasswordPolicy fromJson(const QJsonObject& o); // missing keys keep defaults
};

/// Attack review (issue 11) finding 11: a session ends this long after its login however
/// active it is; the idle timeout of the policy ends a quiet one sooner.
inline constexpr int kSessionMaxLifetimeHours = 12;

enum class PasswordProblem {
    TooShort,
    NoLetter,
    NoDigit,
    NoSpecial,
    HasWhitespaceOrControl, // spaces, tabs, control characters are refused
};

QString passwordProblemCode(PasswordProblem p); // "TOO_SHORT", "NO_LETTER", ...
std::optional<PasswordProblem> passwordProblemFromCode(const QString& code);
QString passwordProblemZh(PasswordProblem p); // "至少需要 10 个字符" (default policy's length)
/// As above with the length of the policy in force: "至少需要 12 个字符".
QString passwordProblemZh(PasswordProblem p, const PasswordPolicy& policy);

/// Empty list = acceptable. Length counts characters (code points), not UTF-16 units;
/// letters are any Unicode letter (Chinese included), digits any Unicode digit,
/// special any other printable non-space character.
QList<PasswordProblem> checkPassword(const QString& password, const PasswordPolicy& policy);

/// Why an admin-entered policy falls short of SPEC §8 (Simplified Chinese, one line per
/// problem); empty = acceptable. The server calls it before storing a new policy.
QList<QString> policyProblemsZh(const PasswordPolicy& policy);

} // namespace cp
