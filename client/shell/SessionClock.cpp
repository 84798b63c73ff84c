#include "shell/SessionClock.h"

#include <QDateTime>

namespace cp::client {

SessionClock::SessionClock(QObject* parent) : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SessionClock::onTick);
}

void SessionClock::restart(const cp::protocol::SessionInfo& session)
{
    if (session.idleTimeoutSeconds > 0) {
        m_idleSeconds = session.idleTimeoutSeconds;
    } else if (session.expiresAt.isValid()) {
        // Older servers: derive it from the expiry (trusting our clock).
        m_idleSeconds = int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(session.expiresAt)));
    }
    restart();
}

void SessionClock::restart()
{
    if (m_idleSeconds <= 0)
        return;
    // A monotonic deadline: the workstation's wall clock may differ from the server's.
    m_deadline.setRemainingTime(qint64(m_idleSeconds) * 1000);
    m_lapsed = false;
    m_tick.start();
    Q_EMIT changed(secondsLeft());
}

void SessionClock::stop()
{
    m_tick.stop();
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
}

qint64 SessionClock::secondsLeft() const
{
    if (m_deadline.isForever())
        return 0;
    return qMax<qint64>(0, (m_deadline.remainingTime() + 999) / 1000);
}

void SessionClock::onTick()
{
    Q_EMIT changed(secondsLeft());
    if (!m_lapsed && m_deadline.hasExpired()) {
        m_lapsed = true;
        QTimer::singleShot(kGraceSeconds * 1000, this, [this] {
            if (m_lapsed)
                Q_EMIT lapsed();
        });
    }
}

} // namespace cp::client
