#include "Protocol.h"

#include <QJsonArray>
#include <array>

namespace cp::protocol {
namespace {

struct ErrorInfo
{
    ErrorCode code;
    const char* wire;
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

const ErrorInfo& info(ErrorCode code)
{
    for (const auto& e : kErrors)
        if (e.code == code)
            return e;
    Q_UNREACHABLE();
}

} // namespace

QString errorCodeString(ErrorCode code)
{
    return QString::fromLatin1(info(code).wire);
}

std::optional<ErrorCode> errorCodeFromString(const QString& s)
{
    for (const auto& e : kErrors)
        if (s == QLatin1String(e.wire))
            return e.code;
    return std::nullopt;
}

QString errorMessageZh(ErrorCode code)
{
    return QString::fromUtf8(info(code).messageZh);
}
int httpStatusFor(ErrorCode code)
{
    return info(code).status;
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

QJsonObject HealthInfo::toJson() const
{
    return {{QStringLiteral("status"), status},
            {QStringLiteral("version"), version},
            {QStringLiteral("serverTime"), toWireTime(serverTime)}};
}

HealthInfo HealthInfo::fromJson(const QJsonObject& o)
{
    return {o.value(QStringLiteral("status")).toString(), o.value(QStringLiteral("version")).toString(),
            fromWireTime(o.value(QStringLiteral("serverTime")).toString())};
}

QJsonObject LoginRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("password"), password}};
    if (!workstation.isEmpty())
        o.insert(QStringLiteral("workstation"), workstation);
    return o;
}

LoginRequest LoginRequest::fromJson(const QJsonObject& o)
{
    return {o.value(QStringLiteral("password")).toString(),
            o.value(QStringLiteral("workstation")).toString()};
}

QJsonObject AccountInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("login"), login},
            {QStringLiteral("fullName"), fullName},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("regionCode"), regionCode},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
            {QStringLiteral("passwordChangedAt"), toWireTime(passwordChangedAt)}};
}

AccountInfo AccountInfo::fromJson(const QJsonObject& o)
{
    AccountInfo a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.login = o.value(QStringLiteral("login")).toString();
    a.fullName = o.value(QStringLiteral("fullName")).toString();
    a.unit = o.value(QStringLiteral("unit")).toString();
    a.regionCode = o.value(QStringLiteral("regionCode")).toString();
    for (const auto& r : o.value(QStringLiteral("roles")).toArray())
        a.roles.append(r.toString());
    a.passwordChangedAt = fromWireTime(o.value(QStringLiteral("passwordChangedAt")).toString());
    return a;
}

QJsonObject SessionInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("account"), account.toJson()},
                  {QStringLiteral("mustChangePassword"), mustChangePassword},
                  {QStringLiteral("idleTimeoutSeconds"), idleTimeoutSeconds},
                  {QStringLiteral("expiresAt"), toWireTime(expiresAt)}};
    if (!token.isEmpty())
        o.insert(QStringLiteral("token"), token);
    return o;
}

SessionInfo SessionInfo::fromJson(const QJsonObject& o)
{
    SessionInfo s;
    s.token = o.value(QStringLiteral("token")).toString();
    s.account = AccountInfo::fromJson(o.value(QStringLiteral("account")).toObject());
    s.mustChangePassword = o.value(QStringLiteral("mustChangePassword")).toBool();
    s.idleTimeoutSeconds = o.value(QStringLiteral("idleTimeoutSeconds")).toInt();
    s.expiresAt = fromWireTime(o.value(QStringLiteral("expiresAt")).toString());
    return s;
}

QJsonObject PasswordChangeRequest::toJson() const
{
    return {{QStringLiteral("oldPassword"), oldPassword}, {QStringLiteral("newPassword"), newPassword}};
}

PasswordChangeRequest PasswordChangeRequest::fromJson(const QJsonObject& o)
{
    return {o.value(QStringLiteral("oldPassword")).toString(),
            o.value(QStringLiteral("newPassword")).toString()};
}

} // namespace cp::protocol
