#include "domain/walkin/WalkInStore.h"

#include "domain/DomainError.h"

namespace cp::server {
namespace {

QSet<QString> csvSet(const QString& csv)
{
    const QStringList parts = csv.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return QSet<QString>(parts.cbegin(), parts.cend());
}

} // namespace

walkin::Letter WalkInStore::letter(qint64 letterId)
{
    auto q = sql::select(
        m_db,
        QStringLiteral(
            "SELECT authorized_name, authorized_id_type, authorized_id_number, valid_from, "
            "valid_until, classes, categories, certification FROM authorization_letters WHERE id = ?"),
        {letterId});
    if (!q.next())
        throw DomainError(protocol::ErrorCode::NotFound, QStringLiteral("授权委托书不存在。"));
    return {q.text("authorized_name"),    q.text("authorized_id_type"), q.text("authorized_id_number"),
            q.date("valid_from"),         q.date("valid_until"),        csvSet(q.text("classes")),
            csvSet(q.text("categories")), q.text("certification")};
}

} // namespace cp::server
