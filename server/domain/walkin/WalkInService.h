// Walk-in query applications at the service window (现场查询, seed 003 附件1.五):
// register → attach materials → answer on the spot, refuse with a recorded
// reason, or defer with a 15-working-day deadline (extendable once).
// Every answer and refusal is a query-log entry in the audit chain and
// becomes an archive item the same day.
#pragma once

#include "WalkInProtocol.h"
#include "domain/Clock.h"
#include "domain/Operator.h"
#include "domain/walkin/WalkInStore.h"

#include <QSqlDatabase>

namespace cp::server {

class UnitOfWork;

class WalkInService
{
  public:
    static constexpr int kAnswerWorkingDays = 15; // seed 003 附件1.五(六)
    static constexpr int kMaxExtensionDays = 15;
    static constexpr qint64 kMaxMaterialBytes = 10 * 1024 * 1024;

    WalkInService(QSqlDatabase db, const Clock& clock, Operator op)
        : m_db(db), m_clock(clock), m_op(std::move(op)), m_store(std::move(db))
    {
    }

    protocol::WalkInApplication registerApplication(const protocol::WalkInApplicationInput& in);
    protocol::WalkInApplication get(qint64 id);
    protocol::MaterialInfo addMaterial(qint64 applicationId, const QString& kind, const QString& fileName,
                                       const QString& mimeType, const QByteArray& content);
    /// The stored bytes; the viewing itself is audited.
    QByteArray materialContent(qint64 applicationId, qint64 materialId, protocol::MaterialInfo* info);

    /// Runs the query and issues the report. A rule that refuses records the
    /// refusal (application, query log, archive) and then throws DomainError.
    protocol::Report answer(qint64 applicationId);
    protocol::WalkInApplication refuse(qint64 applicationId, const QString& reasonCode, const QString& note);
    protocol::WalkInApplication defer(qint64 applicationId, const QString& note);
    /// Approver only (checked by the route), not the clerk who registered or deferred the
    /// application (SAME_PERSON): once, by at most 15 working days.
    protocol::WalkInApplication extend(qint64 applicationId, int workingDays, const QString& reason);
    /// Pending applications, earliest effective due date first; overdue flagged.
    QList<protocol::WalkInApplication> pending();

    std::optional<protocol::SubjectSummary> lookupSubject(const QString& idNumber);

  private:
    WalkInRow load(qint64 id);
    protocol::WalkInApplication toProtocol(const WalkInRow& r);
    [[noreturn]] void refuseAndThrow(const WalkInRow& r, const QString& code, const QString& note,
                                     class DomainError error);
    void recordDecision(UnitOfWork& work, const WalkInRow& r, const QString& status, const QString& code,
                        const QString& note);
    void fileSameDay(UnitOfWork& work, const WalkInRow& r);
    void logQuery(UnitOfWork& work, const WalkInRow& r, const QString& outcome, const QJsonObject& detail);
    QDate today() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    Operator m_op;
    WalkInStore m_store;
};

} // namespace cp::server
