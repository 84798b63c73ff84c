// The weekly full backup (seed 002 §18) on the injected Clock: tick() makes a
// scheduled backup when BackupService::nextDueAt() has come. The server calls
// tick() from a timer; tests advance a ManualClock and call tick() themselves.
#pragma once

#include "BackupProtocol.h"
#include "domain/Clock.h"

#include <optional>

namespace cp::server {

class BackupService;

class BackupScheduler
{
  public:
    BackupScheduler(BackupService& service, const Clock& clock) : m_service(service), m_clock(clock) {}

    bool isDue();
    /// Runs a scheduled backup if one is due; returns it. A failure is recorded
    /// (and retried after BackupSettings::retryAfterFailureSeconds) and returned
    /// as a BackupInfo with status "failed".
    std::optional<protocol::BackupInfo> tick();

  private:
    BackupService& m_service;
    const Clock& m_clock;
};

} // namespace cp::server
