// A refusal with a stable wire code and a specific Simplified Chinese message.
// Thrown by domain code, turned into the JSON error shape by the router.
#pragma once

#include "Protocol.h"

#include <QJsonObject>
#include <QString>
#include <stdexcept>

namespace cp::server {

class DomainError : public std::runtime_error
{
  public:
    explicit DomainError(protocol::ErrorCode code, QString messageZh = {}, QJsonObject details = {})
        : std::runtime_error(protocol::errorCodeString(code).toStdString()), m_code(code),
          m_message(messageZh.isEmpty() ? protocol::errorMessageZh(code) : std::move(messageZh)),
          m_details(std::move(details))
    {
    }

    protocol::ErrorCode code() const { return m_code; }
    const QString& messageZh() const { return m_message; }
    const QJsonObject& details() const { return m_details; }

    /// VALIDATION_FAILED naming the field, e.g. invalid("password", "请输入密码。").
    static DomainError invalid(const QString& field, const QString& messageZh)
    {
        return DomainError(protocol::ErrorCode::ValidationFailed, messageZh,
                           QJsonObject{{QStringLiteral("field"), field}});
    }

  private:
    protocol::ErrorCode m_code;
    QString m_message;
    QJsonObject m_details;
};

} // namespace cp::server
