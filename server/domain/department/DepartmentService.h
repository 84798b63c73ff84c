// Department queries (部门查询, SPEC §1–2; seed 000 §16–18): staff of
// administrative bodies search subjects and read A and C records within their
// jurisdiction, and B records only under an approved, valid authorization that
// a credit-centre officer granted. Personal data is masked unless the viewer is
// entitled; every query and every reveal is in the audit chain.
#pragma once

#include "DepartmentProtocol.h"
#include "domain/Clock.h"
#include "domain/audit/AuditLog.h"
#include "domain/department/DepartmentStore.h"

#include <QSqlDatabase>

namespace cp::server {

struct Viewer
{
    qint64 accountId = 0;
    QString fullName;
    QString unit;
    QString regionCode;
    bool officer = false; // credit-centre officer: all classes, approves B requests
    AuditActor actor;
};

/// Records visible to a region: a county sees its own code, a city every county
/// of the city, a province every city (seed 000 §18).
QString jurisdictionPrefix(const QString& regionCode);

class DepartmentService
{
  public:
    static constexpr int kPageSize = 20;
    static constexpr int kMaxAuthorizationDays = 366;

    DepartmentService(QSqlDatabase db, const Clock& clock, Viewer viewer)
        : m_db(db), m_clock(clock), m_viewer(std::move(viewer)), m_store(std::move(db))
    {
    }

    protocol::SubjectSearchResult search(const QString& mode, const QString& query, int page);
    protocol::SubjectRecordsView records(qint64 subjectId, const QString& purpose);
    /// Full identity of a natural person, for an entitled viewer only; audited.
    protocol::SubjectSummary reveal(qint64 subjectId);
    /// A report of the visible records, numbered and signed like a walk-in report.
    protocol::Report exportReport(qint64 subjectId, const QString& purpose);

    protocol::BAuthorization requestAuthorization(qint64 subjectId, const QString& purpose,
                                                  const QString& legalBasis, const QDate& from,
                                                  const QDate& until);
    /// Department users see their own requests; officers see all.
    QList<protocol::BAuthorization> authorizations(const QString& status);
    protocol::BAuthorization decide(qint64 id, bool approve, const QString& reason);

    QJsonArray purposes();

  private:
    std::optional<qint64> validAuthorization(qint64 subjectId);
    bool entitledToIdentity(qint64 subjectId);
    protocol::SubjectSummary subjectFor(qint64 subjectId, bool entitled);
    protocol::BAuthorization loadAuthorization(qint64 id);
    QString purposeText(const QString& purpose);
    QDate today() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    Viewer m_viewer;
    DepartmentStore m_store;
};

} // namespace cp::server
