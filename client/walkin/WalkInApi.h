// Typed calls of the walk-in endpoints (/api/v1/walkin, /api/v1/reports),
// built on ApiClient::request and the shared JSON codecs of WalkInProtocol.h.
// Every call is asynchronous; done runs on the UI thread and is dropped when
// context is destroyed first.
#pragma once

#include "WalkInProtocol.h"
#include "net/ApiResult.h"

#include <QList>
#include <QObject>
#include <functional>

namespace cp::client {

class ApiClient;

/// One entry of GET /api/v1/walkin/refusal-reasons (seed 003 附件1.五(四)).
struct RefusalReason
{
    QString code;
    QString name;    // shown in the list
    QString wording; // what the clerk reads to the applicant
};

class WalkInApi
{
  public:
    template <class T> using Done = std::function<void(const ApiResult&, const T&)>;

    explicit WalkInApi(ApiClient& api) : m_api(api) {}
    ApiClient& client() const { return m_api; }

    void refusalReasons(const QObject* context, Done<QList<RefusalReason>> done);
    void registerApplication(const cp::protocol::WalkInApplicationInput& input, const QObject* context,
                             Done<cp::protocol::WalkInApplication> done);
    void application(qint64 id, const QObject* context, Done<cp::protocol::WalkInApplication> done);
    void addMaterial(qint64 applicationId, const QString& kind, const QString& fileName,
                     const QString& mimeType, const QByteArray& content, const QObject* context,
                     Done<cp::protocol::MaterialInfo> done);
    /// Runs the query and issues the report; a refusal arrives as the error.
    void answer(qint64 applicationId, const QObject* context, Done<cp::protocol::Report> done);
    void refuse(qint64 applicationId, const QString& reasonCode, const QString& note, const QObject* context,
                Done<cp::protocol::WalkInApplication> done);
    void defer(qint64 applicationId, const QString& note, const QObject* context,
               Done<cp::protocol::WalkInApplication> done);
    void pending(const QObject* context, Done<QList<cp::protocol::WalkInApplication>> done);
    /// The approver extends a deferred application's deadline once (1–15 working days).
    void extend(qint64 applicationId, int workingDays, const QString& reason, const QObject* context,
                Done<cp::protocol::WalkInApplication> done);
    void report(const QString& number, const QObject* context, Done<cp::protocol::Report> done);
    void handover(const QString& number, const QString& receivedBy, const QObject* context,
                  Done<cp::protocol::Report> done);

  private:
    ApiClient& m_api;
};

} // namespace cp::client
