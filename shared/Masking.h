// Masking of personal data for viewers not entitled to the full value (SPEC §2; seed 000 §16).
#pragma once

#include <QString>
#include <QStringView>

namespace cp::mask {

/// "330102199001011234" -> "3301**********1234" (keep 4 + last 4). USCCs of legal persons
/// are public and are not masked by callers; this function masks whatever it is given.
/// Shorter inputs: keep at most a quarter at each end, mask the rest; empty stays empty.
QString idNumber(QStringView id);
/// Mobile "13812345678" -> "138****5678"; landline "0571-87654321" -> "0571-****4321";
/// anything else: keep last 4 digits (other letters/digits become "*", punctuation and
/// spaces stay; never more than half of the digits are kept, so "8001" -> "**01").
QString phone(QStringView phone);
/// Personal name: first character kept, each other character "*": "张三丰" -> "张**",
/// "李四" -> "李*"; a single character stays as it is. Compound/minority names with "·"
/// keep the dot: "买买提·艾力" -> "买**·**". Characters are grapheme clusters: "𠮷" (outside
/// the BMP) or a letter with a combining accent is one character and one "*".
QString personName(QStringView name);

} // namespace cp::mask
