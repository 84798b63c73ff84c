#include "domain/Sql.h"

#include "store/Database.h"

#include <QSqlError>

namespace cp::server::sql {

QSqlQuery run(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        throw store::StoreError(QStringLiteral("prepare failed: ") + q.lastError().text());
    for (const QVariant& v : values) {
        // A default-constructed QString is "null" to Qt's drivers; domain code means "",
        // and NOT NULL text columns must get "". An intended NULL is a null QVariant.
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        throw store::StoreError(QStringLiteral("statement failed: ") + q.lastError().text());
    return q;
}

} // namespace cp::server::sql
