// Demo desk data for a training or demo database: a storage-media register
// with a few media issued and one wiped, entered through the real
// MediaService (validated and in the audit chain like any archivist's work).
// Needs the demo staff accounts first (an archivist and an approver; a clerk
// and an officer to issue media to). Never for a production database.
#pragma once

#include "domain/Clock.h"

#include <QSqlDatabase>

namespace cp::server {

struct DeskSeedResult
{
    int media = 0;
    int events = 0;
};

/// Throws DomainError (INVALID_STATE) naming the missing role or an already-filled register.
DeskSeedResult seedDesk(QSqlDatabase& db, const Clock& clock);

} // namespace cp::server
