#include "net/ApiResult.h"

namespace cp::client {

bool ApiResult::hasCode(cp::protocol::ErrorCode code) const
{
    return error && error->code == cp::protocol::errorCodeString(code);
}

bool ApiResult::hasCode(const char* localCode) const
{
    return error && error->code == QLatin1String(localCode);
}

QString ApiResult::userMessage() const
{
    if (!error)
        return {};
    if (!error->message.isEmpty())
        return error->message;
    // A server error without a message: fall back to the shared default text.
    if (const auto code = cp::protocol::errorCodeFromString(error->code))
        return cp::protocol::errorMessageZh(*code);
    return error->code;
}

ApiResult ApiResult::failure(const char* localCode, const QString& message, int httpStatus)
{
    ApiResult r;
    r.httpStatus = httpStatus;
    r.error = cp::protocol::ApiError{QString::fromLatin1(localCode), message, {}};
    return r;
}

} // namespace cp::client
