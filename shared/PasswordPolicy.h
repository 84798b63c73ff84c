// Password policy: SPEC §8; seed 004 §20–21 (initial password changed at first
// login, periodic change), seed 000 §10 / 003 附件1.六 (complexity, lockout).
// The server enforces it; the client uses the same check for early feedback.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cp {

struct PasswordPolicy {
    int minLength = 10;
    bool requireLetter = true;
    bool requireDigit = true;
    bool requireSpecial = true;   // anything that is not a letter, digit or space
    int maxAgeDays = 90;          // 0 = never expires
    int lockoutThreshold = 5;     // failed passwords before the account locks
    int lockoutMinutes = 30;
    int idleTimeoutMinutes = 30;  // session idle expiry

    QJsonObject toJson() const;
    static PasswordPolicy fromJson(const QJsonObject& o); // missing keys keep defaults
};

enum class PasswordProblem {
    TooShort,
    NoLetter,
    NoDigit,
    NoSpecial,
    HasWhitespaceOrControl, // spaces, tabs, control characters are refused
};

QString passwordProblemCode(PasswordProblem p); // "TOO_SHORT", "NO_LETTER", ...
QString passwordProblemZh(PasswordProblem p);   // "至少需要 10 个字符" (uses the policy's length via arg)

/// Empty list = acceptable.
QList<PasswordProblem> checkPassword(const QString& password, const PasswordPolicy& policy);

} // namespace cp
