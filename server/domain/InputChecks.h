// Field checks the services share: a required, bounded text; an applicant's
// ID type and number; a phone number. Each failure is VALIDATION_FAILED
// naming the field, with a zh_CN message built from the field's label.
#pragma once

#include <QString>
#include <QStringList>

namespace cp::server {

/// Trimmed; "请填写<label>。" when empty, "<label>不能超过 N 个字符。" when longer.
QString requiredText(const QString& field, const QString& value, int maxLength, const QString& label);

/// citizen_id, passport, hk_macao_permit, taiwan_permit, foreign_permanent.
bool isIdType(const QString& type);

/// The number normalised (shared/Validators.h); a citizen ID must pass its
/// check ("<citizenLabel>无效：…"), any other type is 1–32 characters
/// ("请填写<otherLabel>（不超过 32 个字符）。").
QString checkedIdNumber(const QString& field, const QString& type, const QString& raw,
                        const QString& citizenLabel, const QString& otherLabel);

/// Trimmed, at most 20 characters; may be empty.
QString checkedPhone(const QString& field, const QString& raw);

} // namespace cp::server
