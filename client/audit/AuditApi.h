// Typed calls of the audit-review endpoints (/api/v1/audit, shared/AuditProtocol.h)
// over ApiClient::request. Asynchronous; done runs on the UI thread and is
// dropped when context is destroyed first.
#pragma once

#include "AuditProtocol.h"
#include "common/DeskApiCall.h"

#include <QObject>

namespace cp::client {

/// One entry with the server's check of its own hash and of its link to the previous one.
struct AuditEntryDetail
{
    cp::protocol::AuditEntryView entry;
    bool hashOk = false;
    bool linkOk = false;
};

class AuditApi : public DeskApi
{
  public:
    using DeskApi::DeskApi;

    void search(const cp::protocol::AuditFilter& filter, int page, int pageSize, const QObject* context,
                Done<cp::protocol::AuditPage> done);
    void entry(qint64 seq, const QObject* context, Done<AuditEntryDetail> done);
    void verifyChain(const QObject* context, Done<cp::protocol::AuditChainResult> done);
    void exportPeriod(const cp::protocol::AuditFilter& filter, const QObject* context,
                      Done<cp::protocol::AuditExport> done);
    /// result: "genuine" | "mismatch" | "unknown"
    void verifyExport(const QString& number, const QString& sha256, const QString& signature,
                      const QObject* context, Done<QString> done);
};

} // namespace cp::client
