#include "Protocol.h"

#include "JsonCodec.h"

#include <array>

namespace cp::protocol {
namespace {

struct ErrorInfo
{
    ErrorCode value;
    const char* code; // wire form
    int status;
    const char* messageZh;
};

constexpr std::array kErrors{
    ErrorInfo{ErrorCode::BadRequest, "BAD_REQUEST", 400, "请求格式不正确。"},
    ErrorInfo{ErrorCode::InvalidJson, "INVALID_JSON", 400, "请求内容不是有效的 JSON 对象。"},
    ErrorInfo{ErrorCode::ValidationFailed, "VALIDATION_FAILED", 422, "提交的内容未通过校验。"},
    ErrorInfo{ErrorCode::PayloadTooLarge, "PAYLOAD_TOO_LARGE", 413, "请求内容超过允许的大小。"},
    ErrorInfo{ErrorCode::NotFound, "NOT_FOUND", 404, "请求的资源不存在。"},
    ErrorInfo{ErrorCode::MethodNotAllowed, "METHOD_NOT_ALLOWED", 405, "不支持该请求方法。"},
    ErrorInfo{ErrorCode::Unauthenticated, "UNAUTHENTICATED", 401, "尚未登录或会话无效，请重新登录。"},
    ErrorInfo{ErrorCode::SessionExpired, "SESSION_EXPIRED", 401, "会话因长时间未操作已过期，请重新登录。"},
    ErrorInfo{ErrorCode::CertificateUnknown, "CERTIFICATE_UNKNOWN", 401,
              "该数字证书未绑定任何账户，请联系系统管理员。"},
    ErrorInfo{ErrorCode::CertificateMismatch, "CERTIFICATE_MISMATCH", 401,
              "会话与当前数字证书不符，请重新登录。"},
    ErrorInfo{ErrorCode::AccountDisabled, "ACCOUNT_DISABLED", 403, "账户已停用，请联系系统管理员。"},
    ErrorInfo{ErrorCode::AccountLocked, "ACCOUNT_LOCKED", 423, "密码错误次数过多，账户已被临时锁定。"},
    ErrorInfo{ErrorCode::BadPassword, "BAD_PASSWORD", 401, "密码错误。"},
    ErrorInfo{ErrorCode::PasswordChangeRequired, "PASSWORD_CHANGE_REQUIRED", 403,
              "必须先修改密码才能继续使用系统。"},
    ErrorInfo{ErrorCode::PasswordPolicy, "PASSWORD_POLICY", 422,
              "新密码不符合密码策略：至少 10 位，且须同时包含字母、数字和特殊字符。"},
    ErrorInfo{ErrorCode::PasswordReused, "PASSWORD_REUSED", 422, "新密码不能与原密码相同。"},
    ErrorInfo{ErrorCode::Forbidden, "FORBIDDEN", 403, "您的角色或管辖范围无权执行此操作。"},
    ErrorInfo{ErrorCode::Conflict, "CONFLICT", 409, "操作与当前数据状态冲突。"},
    ErrorInfo{ErrorCode::Internal, "INTERNAL", 500, "服务器内部错误，请稍后重试或联系系统管理员。"},
    ErrorInfo{ErrorCode::SubjectUnknown, "SUBJECT_UNKNOWN", 404, "公共信用信息库中不存在该主体。"},
    ErrorInfo{ErrorCode::AuthorizationRefused, "AUTHORIZATION_REFUSED", 422,
              "授权委托书不符合要求，不能查询。"},
    ErrorInfo{ErrorCode::MaterialsIncomplete, "MATERIALS_INCOMPLETE", 422, "申请材料不齐全，不能办理。"},
    ErrorInfo{ErrorCode::MaterialRejected, "MATERIAL_REJECTED", 422,
              "材料文件不符合要求：仅接受 JPEG、PNG 或 PDF，且单个文件不超过 10 MB。"},
    ErrorInfo{ErrorCode::InvalidState, "INVALID_STATE", 409, "当前状态下不能执行此操作。"},
    ErrorInfo{ErrorCode::DeadlinePassed, "DEADLINE_PASSED", 422, "已超过规定的申请期限，不予受理。"},
    ErrorInfo{ErrorCode::TooManyAttempts, "TOO_MANY_ATTEMPTS", 429,
              "该账户正在进行另一次密码验证，请等待其完成后再试。"},
    ErrorInfo{ErrorCode::RateLimited, "RATE_LIMITED", 429, "失败的查找次数过多，请稍后再试。"},
    ErrorInfo{ErrorCode::PasswordResetPending, "PASSWORD_RESET_PENDING", 403,
              "管理员已重置您的密码：请设置新密码后再登录。"},
    ErrorInfo{ErrorCode::PasswordResetExpired, "PASSWORD_RESET_EXPIRED", 403,
              "密码重置已过期，请联系系统管理员重新办理。"},
    ErrorInfo{ErrorCode::SamePerson, "SAME_PERSON", 403,
              "职责分离：同一人不能既提出或经办又审批同一事项，须由另一人办理。"},
};

} // namespace

QString errorCodeString(ErrorCode code)
{
    return QString::fromLatin1(json::rowOf(kErrors, code).code);
}

std::optional<ErrorCode> errorCodeFromString(const QString& s)
{
    return json::valueOfCode(kErrors, s);
}

QString errorMessageZh(ErrorCode code)
{
    return QString::fromUtf8(json::rowOf(kErrors, code).messageZh);
}
int httpStatusFor(ErrorCode code)
{
    return json::rowOf(kErrors, code).status;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        e.insert(QStringLiteral("details"), details);
    return QJsonObject{{QStringLiteral("error"), e}};
}

std::optional<ApiError> ApiError::fromJson(const QJsonObject& body)
{
    const auto e = body.value(QStringLiteral("error"));
    if (!e.isObject())
        return std::nullopt;
    const auto o = e.toObject();
    if (!o.value(QStringLiteral("code")).isString())
        return std::nullopt;
    return ApiError{o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("message")).toString(),
                    o.value(QStringLiteral("details")).toObject()};
}

QString toWireTime(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromWireTime(const QString& s)
{
    auto t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime{};
}

QString toWireDate(const QDate& d)
{
    if (!d.isValid())
        return {};
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QDate fromWireDate(const QString& s)
{
    if (s.isEmpty())
        return {};
    return QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
}

namespace {

using json::Codec;
using json::Presence;

const Codec<HealthInfo>& healthCodec()
{
    static const auto c = Codec<HealthInfo>()
                              .field("status", &HealthInfo::status)
                              .field("version", &HealthInfo::version)
                              .field("serverTime", &HealthInfo::serverTime);
    return c;
}

const Codec<LoginRequest>& loginCodec()
{
    static const auto c = Codec<LoginRequest>()
                              .field("password", &LoginRequest::password)
                              .field("workstation", &LoginRequest::workstation, Presence::IfSet);
    return c;
}

const Codec<AccountInfo>& accountCodec()
{
    static const auto c = Codec<AccountInfo>()
                              .field("id", &AccountInfo::id)
                              .field("login", &AccountInfo::login)
                              .field("fullName", &AccountInfo::fullName)
                              .field("unit", &AccountInfo::unit)
                              .field("regionCode", &AccountInfo::regionCode)
                              .field("roles", &AccountInfo::roles)
                              .field("passwordChangedAt", &AccountInfo::passwordChangedAt);
    return c;
}

const Codec<SessionInfo>& sessionCodec()
{
    static const auto c = Codec<SessionInfo>()
                              .field("token", &SessionInfo::token, Presence::IfSet)
                              .field("account", &SessionInfo::account)
                              .field("mustChangePassword", &SessionInfo::mustChangePassword)
                              .field("idleTimeoutSeconds", &SessionInfo::idleTimeoutSeconds)
                              .field("expiresAt", &SessionInfo::expiresAt);
    return c;
}

const Codec<PasswordChangeRequest>& passwordChangeCodec()
{
    static const auto c = Codec<PasswordChangeRequest>()
                              .field("oldPassword", &PasswordChangeRequest::oldPassword)
                              .field("newPassword", &PasswordChangeRequest::newPassword);
    return c;
}

} // namespace

QJsonObject HealthInfo::toJson() const
{
    return healthCodec().write(*this);
}
HealthInfo HealthInfo::fromJson(const QJsonObject& o)
{
    return healthCodec().read(o);
}

QJsonObject LoginRequest::toJson() const
{
    return loginCodec().write(*this);
}
LoginRequest LoginRequest::fromJson(const QJsonObject& o)
{
    return loginCodec().read(o);
}

QJsonObject AccountInfo::toJson() const
{
    return accountCodec().write(*this);
}
AccountInfo AccountInfo::fromJson(const QJsonObject& o)
{
    return accountCodec().read(o);
}

QJsonObject SessionInfo::toJson() const
{
    return sessionCodec().write(*this);
}
SessionInfo SessionInfo::fromJson(const QJsonObject& o)
{
    return sessionCodec().read(o);
}

QJsonObject PasswordChangeRequest::toJson() const
{
    return passwordChangeCodec().write(*this);
}
PasswordChangeRequest PasswordChangeRequest::fromJson(const QJsonObject& o)
{
    return passwordChangeCodec().read(o);
}

} // namespace cp::protocol
