#include "PasswordPolicy.h"

#include <QJsonValue>

namespace cp {
namespace {

// JSON keys are the member names.
const QLatin1String kMinLength("minLength");
const QLatin1String kRequireLetter("requireLetter");
const QLatin1String kRequireDigit("requireDigit");
const QLatin1String kRequireSpecial("requireSpecial");
const QLatin1String kMaxAgeDays("maxAgeDays");
const QLatin1String kLockoutThreshold("lockoutThreshold");
const QLatin1String kLockoutMinutes("lockoutMinutes");
const QLatin1String kIdleTimeoutMinutes("idleTimeoutMinutes");

void readInt(const QJsonObject& o, QLatin1String key, int& target)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        target = v.toInt(target);
}

void readBool(const QJsonObject& o, QLatin1String key, bool& target)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        target = v.toBool();
}

/// Classes of one code point; a non-BMP letter (e.g. a rare CJK character) is one letter.
struct CharClasses
{
    qsizetype length = 0; // in code points, as the user counts characters
    bool letter = false;
    bool digit = false;
    bool special = false;
    bool whitespaceOrControl = false;
};

CharClasses classify(QStringView password)
{
    CharClasses c;
    for (qsizetype i = 0; i < password.size(); ++i) {
        char32_t cp = password[i].unicode();
        if (password[i].isHighSurrogate() && i + 1 < password.size() && password[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(password[i], password[i + 1]);
            ++i;
        }
        ++c.length;
        // Spaces, tabs, line breaks and anything not printable (control, format such as
        // zero-width joiners, private use, unassigned, lone surrogates) are refused: they
        // are invisible when typed and differ between keyboards and input methods.
        if (QChar::isSpace(cp) || !QChar::isPrint(cp))
            c.whitespaceOrControl = true;
        else if (QChar::isLetter(cp))
            c.letter = true; // Chinese characters count as letters
        else if (QChar::isDigit(cp))
            c.digit = true;
        else
            c.special = true;
    }
    return c;
}

} // namespace

QJsonObject PasswordPolicy::toJson() const
{
    return {{kMinLength, minLength},           {kRequireLetter, requireLetter},
            {kRequireDigit, requireDigit},     {kRequireSpecial, requireSpecial},
            {kMaxAgeDays, maxAgeDays},         {kLockoutThreshold, lockoutThreshold},
            {kLockoutMinutes, lockoutMinutes}, {kIdleTimeoutMinutes, idleTimeoutMinutes}};
}

PasswordPolicy PasswordPolicy::fromJson(const QJsonObject& o)
{
    PasswordPolicy p;
    readInt(o, kMinLength, p.minLength);
    readBool(o, kRequireLetter, p.requireLetter);
    readBool(o, kRequireDigit, p.requireDigit);
    readBool(o, kRequireSpecial, p.requireSpecial);
    readInt(o, kMaxAgeDays, p.maxAgeDays);
    readInt(o, kLockoutThreshold, p.lockoutThreshold);
    readInt(o, kLockoutMinutes, p.lockoutMinutes);
    readInt(o, kIdleTimeoutMinutes, p.idleTimeoutMinutes);
    return p;
}

QString passwordProblemCode(PasswordProblem p)
{
    switch (p) {
    case PasswordProblem::TooShort:
        return QStringLiteral("TOO_SHORT");
    case PasswordProblem::NoLetter:
        return QStringLiteral("NO_LETTER");
    case PasswordProblem::NoDigit:
        return QStringLiteral("NO_DIGIT");
    case PasswordProblem::NoSpecial:
        return QStringLiteral("NO_SPECIAL");
    case PasswordProblem::HasWhitespaceOrControl:
        return QStringLiteral("HAS_WHITESPACE_OR_CONTROL");
    }
    Q_UNREACHABLE();
}

std::optional<PasswordProblem> passwordProblemFromCode(const QString& code)
{
    for (PasswordProblem p : {PasswordProblem::TooShort, PasswordProblem::NoLetter, PasswordProblem::NoDigit,
                              PasswordProblem::NoSpecial, PasswordProblem::HasWhitespaceOrControl})
        if (passwordProblemCode(p) == code)
            return p;
    return std::nullopt;
}

QString passwordProblemZh(PasswordProblem p)
{
    return passwordProblemZh(p, PasswordPolicy{});
}

QString passwordProblemZh(PasswordProblem p, const PasswordPolicy& policy)
{
    switch (p) {
    case PasswordProblem::TooShort:
        return QString::fromUtf8("至少需要 %1 个字符").arg(policy.minLength);
    case PasswordProblem::NoLetter:
        return QString::fromUtf8("须包含至少一个字母");
    case PasswordProblem::NoDigit:
        return QString::fromUtf8("须包含至少一个数字");
    case PasswordProblem::NoSpecial:
        return QString::fromUtf8("须包含至少一个特殊字符（如 !@#$%）");
    case PasswordProblem::HasWhitespaceOrControl:
        return QString::fromUtf8("不能包含空格、制表符、换行或其他不可见字符");
    }
    Q_UNREACHABLE();
}

QList<PasswordProblem> checkPassword(const QString& password, const PasswordPolicy& policy)
{
    const CharClasses c = classify(password);
    QList<PasswordProblem> problems;
    if (c.length < policy.minLength)
        problems.append(PasswordProblem::TooShort);
    if (policy.requireLetter && !c.letter)
        problems.append(PasswordProblem::NoLetter);
    if (policy.requireDigit && !c.digit)
        problems.append(PasswordProblem::NoDigit);
    if (policy.requireSpecial && !c.special)
        problems.append(PasswordProblem::NoSpecial);
    if (c.whitespaceOrControl)
        problems.append(PasswordProblem::HasWhitespaceOrControl);
    return problems;
}

QList<QString> policyProblemsZh(const PasswordPolicy& policy)
{
    // SPEC §8: passwords of at least 10 characters mixing letters, digits and special
    // characters; locked after repeated failures; idle sessions time out. An admin may
    // tighten the policy but not go below that.
    QList<QString> out;
    if (policy.minLength < kSpecMinLength)
        out.append(QString::fromUtf8("密码最小长度不得少于 %1 个字符").arg(kSpecMinLength));
    if (!policy.requireLetter || !policy.requireDigit || !policy.requireSpecial)
        out.append(QString::fromUtf8("密码必须同时包含字母、数字和特殊字符"));
    if (policy.maxAgeDays < 0)
        out.append(QString::fromUtf8("密码有效期不能为负数（0 表示不过期）"));
    if (policy.lockoutThreshold < 1)
        out.append(QString::fromUtf8("锁定阈值至少为 1 次"));
    if (policy.lockoutMinutes < 1)
        out.append(QString::fromUtf8("锁定时长至少为 1 分钟"));
    if (policy.idleTimeoutMinutes < 1)
        out.append(QString::fromUtf8("会话空闲超时至少为 1 分钟"));
    return out;
}

} // namespace cp
