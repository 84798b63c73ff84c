// Typed calls of the department-query endpoints (/api/v1/department), built on
// ApiClient::request and the shared codecs of DepartmentProtocol.h. Every call
// is asynchronous; done runs on the UI thread and is dropped when context is
// destroyed first.
#pragma once

#include "DepartmentProtocol.h"
#include "common/DeskApiCall.h"

#include <QObject>

namespace cp::client {

/// One entry of GET /api/v1/department/purposes (the configurable list).
struct QueryPurpose
{
    QString code;
    QString name;
};

class DepartmentApi : public DeskApi
{
  public:
    using DeskApi::DeskApi;

    void purposes(const QObject* context, Done<QList<QueryPurpose>> done);
    /// mode: id | prefix | contains; page from 1.
    void search(const QString& mode, const QString& query, int page, const QObject* context,
                Done<cp::protocol::SubjectSearchResult> done);
    /// purpose: a code of the list or free text (required; every view is logged).
    void records(qint64 subjectId, const QString& purpose, const QObject* context,
                 Done<cp::protocol::SubjectRecordsView> done);
    /// The unmasked identity; FORBIDDEN when the viewer is not entitled (the refusal is logged too).
    void identity(qint64 subjectId, const QObject* context, Done<cp::protocol::SubjectSummary> done);
    /// Issues a numbered, verifiable report of the visible records.
    void exportReport(qint64 subjectId, const QString& purpose, const QObject* context,
                      Done<cp::protocol::Report> done);

    void requestAuthorization(qint64 subjectId, const QString& purpose, const QString& legalBasis,
                              const QDate& from, const QDate& until, const QObject* context,
                              Done<cp::protocol::BAuthorization> done);
    /// status: pending | approved | rejected | all (empty = all). Own requests, or all for an officer.
    void authorizations(const QString& status, const QObject* context,
                        Done<QList<cp::protocol::BAuthorization>> done);
    void approve(qint64 id, const QString& reason, const QObject* context,
                 Done<cp::protocol::BAuthorization> done);
    void reject(qint64 id, const QString& reason, const QObject* context,
                Done<cp::protocol::BAuthorization> done);
};

} // namespace cp::client
