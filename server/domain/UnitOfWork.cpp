#include "domain/UnitOfWork.h"

#include <QJsonDocument>

namespace cp::server {

UnitOfWork::UnitOfWork(QSqlDatabase db, const Clock& clock, AuditActor actor)
    : m_db(std::move(db)), m_tx(m_db), m_now(clock.now()), m_actor(std::move(actor))
{
}

qint64 UnitOfWork::audit(const QString& action, const QString& target, const QString& outcome,
                         const QString& detail)
{
    return AuditLog::append(m_db, m_now, AuditEvent{m_actor, action, target, outcome, detail});
}

qint64 UnitOfWork::audit(const QString& action, const QString& target, const QString& outcome,
                         const QJsonObject& detail)
{
    return audit(action, target, outcome, auditDetail(detail));
}

qint64 UnitOfWork::audit(const AuditEvent& event)
{
    return AuditLog::append(m_db, m_now, event);
}

QString auditDetail(const QJsonObject& detail)
{
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

} // namespace cp::server
