// Deadlines, letter validity and report dates are counted in China's civil
// date (UTC+8, no DST), whatever the server's own time zone is.
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace cp::server {

inline QDate chinaDate(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace cp::server
