// Time is injected: domain code asks a Clock, never the system directly, so
// expiries and deadlines are testable without sleeping (STYLE.md).
#pragma once

#include <QDateTime>
#include <atomic>

namespace cp::server {

class Clock
{
  public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
  public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// Real time plus an offset the test moves forward. Thread-safe.
class ManualClock final : public Clock
{
  public:
    QDateTime now() const override
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load(std::memory_order_relaxed));
    }
    void advance(qint64 seconds) { m_offsetMs.fetch_add(seconds * 1000, std::memory_order_relaxed); }

  private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace cp::server
