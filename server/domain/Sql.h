// One-line prepared statements for domain stores: every value is bound, never
// spliced into SQL text; failures throw StoreError with the statement's error.
#pragma once

#include "Protocol.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace cp::server::sql {

/// Prepares, binds positionally and executes; throws store::StoreError on failure.
/// A null QString binds as ""; pass a null QVariant (see time(), nullableText()) for SQL NULL.
QSqlQuery run(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

/// Times are stored as ISO 8601 UTC text with milliseconds; invalid = NULL.
inline QVariant time(const QDateTime& t)
{
    return t.isValid() ? QVariant(protocol::toWireTime(t)) : QVariant(QMetaType(QMetaType::QString));
}
inline QDateTime time(const QVariant& v)
{
    return v.isNull() ? QDateTime{} : protocol::fromWireTime(v.toString());
}

/// Calendar dates are stored as yyyy-MM-dd text; invalid = NULL.
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QDate date(const QVariant& v)
{
    return v.isNull() ? QDate{} : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace cp::server::sql
