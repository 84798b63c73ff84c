// One-line prepared statements for domain stores: every value is bound, never
// spliced into SQL text; failures throw StoreError with the statement's error.
#pragma once

#include "Protocol.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <optional>

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

/// An optional id: nullopt binds as SQL NULL.
inline QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// "(SELECT full_name FROM accounts WHERE id = <column>) AS <alias>": the name of the account
/// an id column refers to, for a select list. column and alias are literals, never input.
inline QString accountName(const char* column, const char* alias)
{
    return QStringLiteral("(SELECT full_name FROM accounts WHERE id = %1) AS %2")
        .arg(QLatin1String(column), QLatin1String(alias));
}

/// A table's columns, written once: the SELECT list is made from it and the row
/// reader asks for the same names, so the two cannot drift apart.
class Columns
{
  public:
    /// alias: the table's alias in the statements that use the list ("c" for "dispute_cases c").
    Columns(QString alias, QStringList names) : m_alias(std::move(alias)), m_names(std::move(names)) {}
    /// "c.id, c.number, …"
    QString list() const;
    const QStringList& names() const { return m_names; }

  private:
    QString m_alias;
    QStringList m_names;
};

/// A statement's result read by column name (the select list's column names and
/// AS aliases). Asking for a name the statement does not select throws StoreError
/// naming it: a changed SELECT fails the first test that reads it, never silently.
class Rows
{
  public:
    explicit Rows(QSqlQuery q);

    bool next() { return m_q.next(); }

    QVariant value(const char* column) const;
    bool isNull(const char* column) const { return value(column).isNull(); }
    QString text(const char* column) const { return value(column).toString(); }
    qint64 integer(const char* column) const { return value(column).toLongLong(); }
    int number(const char* column) const { return value(column).toInt(); }
    double real(const char* column) const { return value(column).toDouble(); }
    bool flag(const char* column) const { return value(column).toInt() != 0; }
    QDateTime time(const char* column) const;
    QDate date(const char* column) const;
    QByteArray bytes(const char* column) const { return value(column).toByteArray(); }
    /// NULL → nullopt.
    std::optional<qint64> optionalInteger(const char* column) const;

    QSqlQuery& query() { return m_q; }

  private:
    QSqlQuery m_q;
    QSqlRecord m_record;
};

/// run() for a SELECT, its rows read by name.
inline Rows select(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {})
{
    return Rows(run(db, statement, values));
}

/// The next of the day's numbers in a table's `number` column: stem + the day's
/// count + 1, zero-padded to digits ("YY20261202-" → "YY20261202-0001").
/// table is a literal chosen by the caller, never user input.
QString nextDailyNumber(QSqlDatabase& db, const QString& table, const QString& stem, int digits);

} // namespace cp::server::sql
