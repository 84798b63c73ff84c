// Identity-number validators with check digits.
//  - Citizen ID: GB 11643-1999, 18 characters, ISO 7064 MOD 11-2 check digit (0-9 or X).
//  - Unified social credit code: GB 32100-2015, 18 characters from
//    "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I O Z S V), MOD 31 check character.
#pragma once

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace cp {

enum class IdCheck {
    Ok,
    Empty,
    WrongLength,
    BadCharacter, // character outside the allowed alphabet for its position
    BadRegion,    // citizen ID: first 6 digits not a plausible division code (first digit 1-8)
    BadBirthDate, // citizen ID: digits 7-14 are not a real date between 1900-01-01 and today
    BadCheckDigit,
};

QString idCheckCode(IdCheck c); // "OK", "EMPTY", "WRONG_LENGTH", ...
QString idCheckZh(IdCheck c);   // Simplified Chinese explanation for the server's error message

/// Which number was checked, so the explanation can name it ("身份证号码应为18位").
enum class IdKind { CitizenId, CreditCode };
/// As idCheckZh(c), naming the kind of number; nullopt gives the generic wording.
QString idCheckZh(IdCheck c, std::optional<IdKind> kind);

/// Input is normalised first: surrounding whitespace dropped, lowercase x / letters uppercased.
QString normaliseIdNumber(QStringView raw);

/// Check digit for the first 17 digits of a citizen ID; nullopt if not 17 digits.
std::optional<QChar> citizenIdCheckDigit(QStringView first17);
IdCheck checkCitizenId(QStringView id);
/// As above with "today" given (birth dates after it are refused): for tests and injected clocks.
IdCheck checkCitizenId(QStringView id, QDate today);
inline bool isValidCitizenId(QStringView id)
{
    return checkCitizenId(id) == IdCheck::Ok;
}

/// Check character for the first 17 characters of a USCC; nullopt if any is outside the alphabet.
std::optional<QChar> creditCodeCheckChar(QStringView first17);
IdCheck checkCreditCode(QStringView code);
inline bool isValidCreditCode(QStringView code)
{
    return checkCreditCode(code) == IdCheck::Ok;
}

/// 6-digit administrative division code (region) syntax check: 6 digits, first 1-8.
bool isValidRegionCode(QStringView code);

} // namespace cp
