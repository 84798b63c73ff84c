// Wire protocol of /api/v1, shared by server and client: error codes and the
// JSON shapes of the foundation endpoints. Field names are camelCase; times are
// ISO 8601 UTC with milliseconds ("2026-11-25T08:30:00.000Z").
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::protocol {

inline constexpr auto kApiPrefix = "/api/v1";

/// Stable error codes. The string form ("BAD_PASSWORD") is the wire value;
/// never renumber or rename one that has shipped.
enum class ErrorCode {
    BadRequest,       // malformed request line/headers
    InvalidJson,      // body is not the JSON object expected
    ValidationFailed, // a field is missing or wrong; details.field names it
    PayloadTooLarge,
    NotFound,
    MethodNotAllowed,
    Unauthenticated,     // no or unknown session token
    SessionExpired,      // idle timeout passed
    CertificateUnknown,  // TLS certificate valid but bound to no account
    CertificateMismatch, // session used from another certificate
    AccountDisabled,
    AccountLocked,          // details.lockedUntil
    BadPassword,            // details.remainingAttempts
    PasswordChangeRequired, // first login / expired password: only the change endpoint works
    PasswordPolicy,         // details.problems: list of PasswordProblem codes
    PasswordReused,         // new password equals the old one
    Forbidden,              // role or jurisdiction does not allow this
    Conflict,
    Internal,
    // Walk-in queries (seed 003 附件1.五): each refusal is recorded before it is returned.
    SubjectUnknown,       // no such subject in the credit database
    AuthorizationRefused, // details.reason: LETTER_EXPIRED, LETTER_NOT_YET_VALID, LETTER_OTHER_PARTY,
                          // LETTER_NOT_COVERED, LETTER_NOT_CERTIFIED
    MaterialsIncomplete,  // details.missing: list of material kinds
    MaterialRejected,     // wrong type, too large, or content not matching its type
    InvalidState,         // the object is not in a state that allows this step
    // Disputes (seed 003 附件2): an application made after its time limit.
    DeadlinePassed, // details.deadline: the last day (yyyy-MM-dd)
    // Attack review (issue 11) finding 2: a password check for an account that already has one running.
    TooManyAttempts,
    // Too many failed look-ups (report numbers, verification codes) in the last hour.
    RateLimited, // details.retryAfterSeconds
    // Password reset by an administrator (issue 11 finding 3): the holder chooses the new
    // password from a bound certificate (POST /session/password-reset) until details.pendingUntil.
    PasswordResetPending,
    PasswordResetExpired, // the window passed: the administrator resets again
    // Separation of duties: the acting account already took part in this matter in a role
    // that may not also take this step (asked for it, counted it, carries it, approved it).
    SamePerson, // details.conflict: the earlier part, e.g. "requester", "borrower"
    // Keep SamePerson (or its successor) last: tests walk the enum up to it.
};

QString errorCodeString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(const QString& s);
/// Default Simplified Chinese message for a code (servers may give a more specific one).
QString errorMessageZh(ErrorCode code);
/// HTTP status used for a code.
int httpStatusFor(ErrorCode code);

/// { "error": { "code": "...", "message": "...", "details": {...} } }
struct ApiError
{
    QString code;
    QString message;
    QJsonObject details;

    QJsonObject toJson() const;
    /// Parses an error body; nullopt if the body is not of this shape.
    static std::optional<ApiError> fromJson(const QJsonObject& body);
};

QString toWireTime(const QDateTime& t);
QDateTime fromWireTime(const QString& s);
/// Calendar dates are "yyyy-MM-dd"; invalid/empty both ways.
QString toWireDate(const QDate& d);
QDate fromWireDate(const QString& s);

/// GET /api/v1/health (valid certificate, no login)
struct HealthInfo
{
    QString status; // "ok"
    QString version;
    QDateTime serverTime;

    QJsonObject toJson() const;
    static HealthInfo fromJson(const QJsonObject& o);
};

/// POST /api/v1/session  body { "password": "..." }. The account is the one
/// bound to the TLS client certificate: certificate + password = two factors.
struct LoginRequest
{
    QString password;
    QString workstation; // optional free text, e.g. "3号窗口"

    QJsonObject toJson() const;
    static LoginRequest fromJson(const QJsonObject& o);
};

struct AccountInfo
{
    qint64 id = 0;
    QString login;
    QString fullName;
    QString unit;
    QString regionCode;
    QStringList roles; // role codes, see Roles.h
    QDateTime passwordChangedAt;

    QJsonObject toJson() const;
    static AccountInfo fromJson(const QJsonObject& o);
};

/// Reply to POST /api/v1/session and GET /api/v1/session.
struct SessionInfo
{
    QString token; // only in the POST reply; "Authorization: Bearer <token>"
    AccountInfo account;
    bool mustChangePassword = false;
    int idleTimeoutSeconds = 0;
    QDateTime expiresAt; // idle expiry as of this reply

    QJsonObject toJson() const;
    static SessionInfo fromJson(const QJsonObject& o);
};

/// POST /api/v1/session/password
struct PasswordChangeRequest
{
    QString oldPassword;
    QString newPassword;

    QJsonObject toJson() const;
    static PasswordChangeRequest fromJson(const QJsonObject& o);
};

} // namespace cp::protocol
