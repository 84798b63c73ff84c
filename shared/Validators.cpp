#include "Validators.h"

#include <QDate>
#include <array>

namespace cp {
namespace {

// GB 11643-1999 §8.2: ISO 7064 MOD 11-2 weights for positions 1..17 and the
// check character for (sum mod 11).
constexpr std::array<int, 17> kCitizenWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCitizenCheckChars[] = "10X98765432";

// GB 32100-2015 §4: 31 code characters (no I O Z S V); a character's value is
// its index here. Weights are 3^(i) mod 31 for positions 1..17.
constexpr char kCreditAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kCreditAlphabetSize = 31;
constexpr std::array<int, 17> kCreditWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

constexpr qsizetype kIdLength = 18;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s)
        if (!isAsciiDigit(c))
            return false;
    return !s.isEmpty();
}

/// Value of a USCC character, or -1 if it is outside the GB 32100 alphabet.
int creditValue(QChar c)
{
    for (int i = 0; i < kCreditAlphabetSize; ++i)
        if (c == QLatin1Char(kCreditAlphabet[i]))
            return i;
    return -1;
}

// Earliest birth date accepted: the birth-date check rejects typos such as
// "1090" that a check digit alone would not catch.
QDate earliestBirthDate()
{
    return QDate(1900, 1, 1);
}

} // namespace

QString idCheckCode(IdCheck c)
{
    switch (c) {
    case IdCheck::Ok:
        return QStringLiteral("OK");
    case IdCheck::Empty:
        return QStringLiteral("EMPTY");
    case IdCheck::WrongLength:
        return QStringLiteral("WRONG_LENGTH");
    case IdCheck::BadCharacter:
        return QStringLiteral("BAD_CHARACTER");
    case IdCheck::BadRegion:
        return QStringLiteral("BAD_REGION");
    case IdCheck::BadBirthDate:
        return QStringLiteral("BAD_BIRTH_DATE");
    case IdCheck::BadCheckDigit:
        return QStringLiteral("BAD_CHECK_DIGIT");
    }
    Q_UNREACHABLE();
}

QString idCheckZh(IdCheck c)
{
    return idCheckZh(c, std::nullopt);
}

QString idCheckZh(IdCheck c, std::optional<IdKind> kind)
{
    const char* subject = "号码";
    if (kind == IdKind::CitizenId)
        subject = "身份证号码";
    else if (kind == IdKind::CreditCode)
        subject = "统一社会信用代码";
    const QString s = QString::fromUtf8(subject);
    switch (c) {
    case IdCheck::Ok:
        return s + QString::fromUtf8("格式正确");
    case IdCheck::Empty:
        return s + QString::fromUtf8("不能为空");
    case IdCheck::WrongLength:
        return s + QString::fromUtf8("应为18位");
    case IdCheck::BadCharacter:
        if (kind == IdKind::CitizenId)
            return s + QString::fromUtf8("前17位应为数字，最后一位应为数字或X");
        if (kind == IdKind::CreditCode)
            return s + QString::fromUtf8("含有不允许的字符（不使用字母I、O、Z、S、V，第3至8位应为数字）");
        return s + QString::fromUtf8("含有不允许的字符");
    case IdCheck::BadRegion:
        return s + QString::fromUtf8("前6位不是有效的行政区划代码");
    case IdCheck::BadBirthDate:
        return s + QString::fromUtf8("中的出生日期（第7至14位）不是1900年1月1日至今的有效日期");
    case IdCheck::BadCheckDigit:
        return s + QString::fromUtf8("校验位不正确，请核对是否录入有误");
    }
    Q_UNREACHABLE();
}

QString normaliseIdNumber(QStringView raw)
{
    return raw.trimmed().toString().toUpper();
}

std::optional<QChar> citizenIdCheckDigit(QStringView first17)
{
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitValue(first17[i]) * kCitizenWeights[size_t(i)];
    return QLatin1Char(kCitizenCheckChars[sum % 11]);
}

IdCheck checkCitizenId(QStringView id, QDate today)
{
    const QString s = normaliseIdNumber(id);
    if (s.isEmpty())
        return IdCheck::Empty;
    if (s.size() != kIdLength)
        return IdCheck::WrongLength;
    const QStringView v(s);
    const QChar last = v[kIdLength - 1];
    if (!allAsciiDigits(v.first(17)) || !(isAsciiDigit(last) || last == u'X'))
        return IdCheck::BadCharacter;
    if (!isValidRegionCode(v.first(6)))
        return IdCheck::BadRegion;
    const QDate birth(v.sliced(6, 4).toInt(), v.sliced(10, 2).toInt(), v.sliced(12, 2).toInt());
    if (!birth.isValid() || birth < earliestBirthDate() || birth > today)
        return IdCheck::BadBirthDate;
    if (citizenIdCheckDigit(v.first(17)) != last)
        return IdCheck::BadCheckDigit;
    return IdCheck::Ok;
}

IdCheck checkCitizenId(QStringView id)
{
    return checkCitizenId(id, QDate::currentDate());
}

std::optional<QChar> creditCodeCheckChar(QStringView first17)
{
    if (first17.size() != 17)
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int value = creditValue(first17[i]);
        if (value < 0)
            return std::nullopt;
        sum += value * kCreditWeights[size_t(i)];
    }
    const int check = (kCreditAlphabetSize - sum % kCreditAlphabetSize) % kCreditAlphabetSize;
    return QLatin1Char(kCreditAlphabet[check]);
}

IdCheck checkCreditCode(QStringView code)
{
    const QString s = normaliseIdNumber(code);
    if (s.isEmpty())
        return IdCheck::Empty;
    if (s.size() != kIdLength)
        return IdCheck::WrongLength;
    const QStringView v(s);
    for (QChar c : v)
        if (creditValue(c) < 0)
            return IdCheck::BadCharacter;
    // Position rules kept deliberately loose so that no real code is refused:
    // position 1 is the registration authority (1 编办, 5 民政, 9 市场监管, A, N, Y ...;
    // "0" is not assigned), positions 3-8 the administrative division code (digits only;
    // central-level bodies use 100000, so no 1-8 rule here). Position 2 (organisation
    // type) and 9-17 (organisation code) may be any alphabet character.
    if (v[0] == u'0' || !allAsciiDigits(v.sliced(2, 6)))
        return IdCheck::BadCharacter;
    if (creditCodeCheckChar(v.first(17)) != v[kIdLength - 1])
        return IdCheck::BadCheckDigit;
    return IdCheck::Ok;
}

bool isValidRegionCode(QStringView code)
{
    // GB/T 2260 first digit: 1 华北 … 6 西北, 7 台湾, 8 港澳 (and 83 for residence permits).
    return code.size() == 6 && allAsciiDigits(code) && code[0] >= u'1' && code[0] <= u'8';
}

} // namespace cp
