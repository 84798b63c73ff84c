// The client's estimate of when the server will end an idle session. The
// server decides; this only lets the user see the countdown and lets the shell
// ask the server once the estimate has run out.
#pragma once

#include "Protocol.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace cp::client {

class SessionClock : public QObject
{
    Q_OBJECT
  public:
    /// Ask the server only this long after the estimate ran out, so that the
    /// question itself (which refreshes a live session) comes too late to do so.
    static constexpr int kGraceSeconds = 5;

    explicit SessionClock(QObject* parent = nullptr);

    /// The server has just restarted its idle timer (any successful authenticated call).
    void restart();
    /// Takes the idle timeout from a session reply, then restarts.
    void restart(const cp::protocol::SessionInfo& session);
    void stop();

    int idleTimeoutSeconds() const { return m_idleSeconds; }
    qint64 secondsLeft() const; // 0 once run out

  Q_SIGNALS:
    void changed(qint64 secondsLeft);
    void lapsed();

  private:
    void onTick();

    QTimer m_tick;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    int m_idleSeconds = 0;
    bool m_lapsed = false;
};

} // namespace cp::client
