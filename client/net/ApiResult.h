// The outcome of one call to the credit server, as the widgets see it.
#pragma once

#include "Protocol.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace cp::client {

/// Error codes the client makes up itself when no server answer exists
/// (they never travel on the wire; server codes are in shared/Protocol.h).
namespace localerror {
inline constexpr auto kNotConfigured = "CLIENT_NOT_CONFIGURED";
inline constexpr auto kUnreachable = "CLIENT_UNREACHABLE"; // no TCP connection
inline constexpr auto kTlsFailed = "CLIENT_TLS_FAILED";    // handshake / certificate rejected
inline constexpr auto kTimeout = "CLIENT_TIMEOUT";
inline constexpr auto kBadResponse = "CLIENT_BAD_RESPONSE"; // not the JSON we expect
} // namespace localerror

struct ApiResult
{
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QJsonObject body;   // the reply's JSON object (empty for 204)
    std::optional<cp::protocol::ApiError> error;

    bool ok() const { return !error.has_value(); }
    /// True when the error carries this wire or local code.
    bool hasCode(cp::protocol::ErrorCode code) const;
    bool hasCode(const char* localCode) const;
    /// What to show the user: the server's message, or the client's own.
    QString userMessage() const;

    static ApiResult failure(const char* localCode, const QString& message, int httpStatus = 0);
};

} // namespace cp::client
