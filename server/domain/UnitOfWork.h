// One unit of work: the transaction, the time it happens at, who does it, and
// the audit entries it writes — committed together or not at all. Every service
// that writes opens one; nothing else in a service appends to the audit chain.
//
//   UnitOfWork work(m_db, m_clock, m_op);
//   m_store.close(id, work.now());
//   work.audit(u"dispute.close"_s, u"dispute:%1"_s.arg(id));
//   work.commit();
//
// A refusal that must stay on record is audited and committed before the throw.
#pragma once

#include "domain/Clock.h"
#include "domain/Operator.h"
#include "domain/audit/AuditLog.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace cp::server {

class UnitOfWork
{
  public:
    /// Begins the transaction (BEGIN IMMEDIATE: the write lock is taken now) and stamps the time.
    UnitOfWork(QSqlDatabase db, const Clock& clock, AuditActor actor);
    UnitOfWork(QSqlDatabase db, const Clock& clock, const Operator& op) : UnitOfWork(db, clock, op.actor) {}
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;

    QSqlDatabase& db() { return m_db; }
    /// The unit's one time: every row and audit entry it writes carries it.
    const QDateTime& now() const { return m_now; }
    const AuditActor& actor() const { return m_actor; }

    /// Appends an audit entry by this unit's actor at now(); returns its seq.
    qint64 audit(const QString& action, const QString& target, const QString& outcome = QStringLiteral("ok"),
                 const QString& detail = {});
    qint64 audit(const QString& action, const QString& target, const QString& outcome,
                 const QJsonObject& detail);
    /// An entry by another actor (e.g. a certificate without an account).
    qint64 audit(const AuditEvent& event);

    void commit() { m_tx.commit(); }
    void rollback() { m_tx.rollback(); }
    bool isOpen() const { return m_tx.isActive(); }

  private:
    QSqlDatabase m_db;
    store::Transaction m_tx;
    QDateTime m_now;
    AuditActor m_actor;
};

/// Compact JSON text for an audit entry's detail.
QString auditDetail(const QJsonObject& detail);

} // namespace cp::server
