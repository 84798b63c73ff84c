#include "TestDb.h"

#include "TestServer.h"
#include "app/CreditServer.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cp::test {

namespace {

bool prepared(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.prepare(sql);
    for (const auto& v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

QSqlDatabase databaseOf(TestServer& s)
{
    return s.server().database().connection();
}

QVariant scalarIn(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    if (!prepared(q, sql, values) || !q.next())
        return {};
    return q.value(0);
}

QVariant scalar(TestServer& s, const QString& sql, const QVariantList& values)
{
    return scalarIn(databaseOf(s), sql, values);
}

QString execIn(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    if (prepared(q, sql, values))
        return {};
    return q.lastError().text() + QStringLiteral(" in ") + sql;
}

qint64 insert(TestServer& s, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(databaseOf(s));
    if (!prepared(q, sql, values))
        qFatal("fixture insert failed: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

QSet<QString> columnIn(QSqlDatabase db, const QString& sql)
{
    QSet<QString> out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace cp::test
