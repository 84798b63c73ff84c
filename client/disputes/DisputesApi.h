// Typed calls of the dispute endpoints (/api/v1/disputes, see the table at the
// top of server/http/DisputeRoutes.cpp), built on ApiClient::request and the
// shared codecs of DisputeProtocol.h. Every call is asynchronous; done runs on
// the UI thread and is dropped when context is destroyed first.
#pragma once

#include "DisputeProtocol.h"
#include "net/ApiResult.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <functional>

namespace cp::client {

class ApiClient;

/// A scan of a case with its content (GET /api/v1/disputes/{id}/materials/{materialId}).
struct MaterialScan
{
    cp::protocol::MaterialInfo info;
    QByteArray content;
};

class DisputesApi
{
  public:
    template <class T> using Done = std::function<void(const ApiResult&, const T&)>;
    using CaseDone = Done<cp::protocol::DisputeStep>;
    using MarkDone = Done<cp::protocol::MarkStep>;

    explicit DisputesApi(ApiClient& api) : m_api(api) {}
    ApiClient& client() const { return m_api; }

    // The window and the queues
    void records(const QString& idNumber, const QObject* context, Done<cp::protocol::DisputableRecords> done);
    /// filter: open | all | a case state
    void cases(const QString& filter, const QObject* context, Done<QList<cp::protocol::DisputeCase>> done);
    /// filter: open | active | all
    void marks(const QString& filter, const QObject* context, Done<QList<cp::protocol::ApplicantMark>> done);
    void dispute(qint64 id, const QObject* context, Done<cp::protocol::DisputeCase> done);
    /// One scan of the case; the server logs the viewing.
    void material(qint64 caseId, qint64 materialId, const QObject* context, Done<MaterialScan> done);
    /// An issued document by its number (GET /api/v1/reports/{number}; window clerks).
    void document(const QString& number, const QObject* context, Done<cp::protocol::Report> done);

    // Case steps
    void accept(const cp::protocol::DisputeAcceptInput& input, const QObject* context, CaseDone done);
    void verify(qint64 id, const QString& department, const QString& note, const QDate& date,
                const QObject* context, CaseDone done);
    void submitResult(qint64 id, const cp::protocol::DisputeResultInput& input, const QObject* context,
                      CaseDone done);
    void approve(qint64 id, const QString& note, const QObject* context, CaseDone done);
    void returnResult(qint64 id, const QString& reason, const QObject* context, CaseDone done);
    void extend(qint64 id, int workingDays, const QString& reason, const QObject* context, CaseDone done);
    void deliver(qint64 id, const QString& receivedBy, const QObject* context, CaseDone done);
    void reprint(qint64 id, const QObject* context, CaseDone done);

    // "申请人存疑" marks
    void applyMark(qint64 caseId, const cp::protocol::MarkApplicationInput& input, const QObject* context,
                   MarkDone done);
    void setMark(qint64 caseId, qint64 markId, const QObject* context, MarkDone done);
    void applyRevocation(qint64 caseId, qint64 markId, const cp::protocol::MarkApplicationInput& input,
                         const QObject* context, MarkDone done);
    void revokeMark(qint64 caseId, qint64 markId, const QObject* context, MarkDone done);

  private:
    ApiClient& m_api;
};

} // namespace cp::client
