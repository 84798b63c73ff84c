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

QString Columns::list() const
{
    QStringList out;
    out.reserve(m_names.size());
    for (const QString& n : m_names)
        out.append(m_alias.isEmpty() ? n : m_alias + QLatin1Char('.') + n);
    return out.join(QStringLiteral(", "));
}

Rows::Rows(QSqlQuery q) : m_q(std::move(q)), m_record(m_q.record()) {}

QVariant Rows::value(const char* column) const
{
    const int i = m_record.indexOf(QLatin1String(column));
    if (i < 0)
        throw store::StoreError(
            QStringLiteral("the statement selects no column \"%1\"").arg(QLatin1String(column)));
    return m_q.value(i);
}

QDateTime Rows::time(const char* column) const
{
    return sql::time(value(column));
}

QDate Rows::date(const char* column) const
{
    return sql::date(value(column));
}

std::optional<qint64> Rows::optionalInteger(const char* column) const
{
    const QVariant v = value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QString nextDailyNumber(QSqlDatabase& db, const QString& table, const QString& stem, int digits)
{
    Rows q = select(db, QStringLiteral("SELECT count(*) AS n FROM %1 WHERE number LIKE ?").arg(table),
                    {stem + QLatin1Char('%')});
    q.next();
    return stem + QStringLiteral("%1").arg(q.integer("n") + 1, digits, 10, QLatin1Char('0'));
}

} // namespace cp::server::sql
