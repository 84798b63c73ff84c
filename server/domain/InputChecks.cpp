#include "domain/InputChecks.h"

#include "Validators.h"
#include "domain/DomainError.h"

namespace cp::server {

QString requiredText(const QString& field, const QString& value, int maxLength, const QString& label)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        throw DomainError::invalid(field, QStringLiteral("请填写%1。").arg(label));
    if (v.size() > maxLength)
        throw DomainError::invalid(field, QStringLiteral("%1不能超过 %2 个字符。").arg(label).arg(maxLength));
    return v;
}

bool isIdType(const QString& type)
{
    static const QStringList types{QStringLiteral("citizen_id"), QStringLiteral("passport"),
                                   QStringLiteral("hk_macao_permit"), QStringLiteral("taiwan_permit"),
                                   QStringLiteral("foreign_permanent")};
    return types.contains(type);
}

QString checkedIdNumber(const QString& field, const QString& type, const QString& raw,
                        const QString& citizenLabel, const QString& otherLabel)
{
    const QString id = normaliseIdNumber(raw);
    if (type == QLatin1String("citizen_id")) {
        const IdCheck c = checkCitizenId(id);
        if (c != IdCheck::Ok)
            throw DomainError::invalid(
                field, QStringLiteral("%1无效：%2").arg(citizenLabel, idCheckZh(c, IdKind::CitizenId)));
    } else if (id.isEmpty() || id.size() > 32) {
        throw DomainError::invalid(field, QStringLiteral("请填写%1（不超过 32 个字符）。").arg(otherLabel));
    }
    return id;
}

QString checkedPhone(const QString& field, const QString& raw)
{
    const QString phone = raw.trimmed();
    if (phone.size() > 20)
        throw DomainError::invalid(field, QStringLiteral("联系电话不能超过 20 个字符。"));
    return phone;
}

} // namespace cp::server
