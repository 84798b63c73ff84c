#include "domain/auth/PasswordAttempts.h"

#include <QHash>
#include <mutex>

namespace cp::server {
namespace {

// Process-wide on purpose: AuthService is made per request, and the limit must
// hold for all worker threads together.
struct InFlight
{
    std::mutex mutex;
    QHash<QString, int> count;
};

InFlight& inFlight()
{
    static InFlight s;
    return s;
}

} // namespace

PasswordAttempts::Slot::~Slot()
{
    if (m_key.isEmpty())
        return;
    InFlight& f = inFlight();
    const std::lock_guard lock(f.mutex);
    auto it = f.count.find(m_key);
    if (it != f.count.end() && --it.value() <= 0)
        f.count.erase(it);
}

std::optional<PasswordAttempts::Slot> PasswordAttempts::tryEnter(const QString& databasePath,
                                                                 qint64 accountId)
{
    const QString key = databasePath + QLatin1Char('#') + QString::number(accountId);
    InFlight& f = inFlight();
    const std::lock_guard lock(f.mutex);
    int& n = f.count[key];
    if (n >= kMaxInFlightPerAccount)
        return std::nullopt;
    ++n;
    return Slot(key);
}

} // namespace cp::server
