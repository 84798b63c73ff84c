// Small readers and writers for the JSON codecs of shared/*Protocol.cpp, so
// every codec reads and writes fields the same way: conditional fields
// (refusal, mark, hand-over, dates not yet known) are left out when empty and
// a missing key reads as empty; fields every consumer reads are always written.
#pragma once

#include "Protocol.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp::protocol::json {

inline void insertIfSet(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
inline void insertIfSet(QJsonObject& o, const QString& key, const QDate& d)
{
    if (d.isValid())
        o.insert(key, toWireDate(d));
}
inline void insertIfSet(QJsonObject& o, const QString& key, const QDateTime& t)
{
    if (t.isValid())
        o.insert(key, toWireTime(t));
}

inline QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}
inline QDate date(const QJsonObject& o, const QString& key)
{
    return fromWireDate(str(o, key));
}
inline QDateTime time(const QJsonObject& o, const QString& key)
{
    return fromWireTime(str(o, key));
}
inline qint64 integer(const QJsonObject& o, const QString& key)
{
    return o.value(key).toInteger();
}

inline QStringList stringList(const QJsonObject& o, const QString& key)
{
    QStringList out;
    for (const auto& v : o.value(key).toArray())
        out.append(v.toString());
    return out;
}

/// [item.toJson(), …]
template <typename T> QJsonArray toArray(const QList<T>& items)
{
    QJsonArray a;
    for (const T& item : items)
        a.append(item.toJson());
    return a;
}

/// [T::fromJson(…), …]; a missing or non-array key reads as empty.
template <typename T> QList<T> listAt(const QJsonObject& o, const QString& key)
{
    QList<T> out;
    for (const auto& v : o.value(key).toArray())
        out.append(T::fromJson(v.toObject()));
    return out;
}

} // namespace cp::protocol::json
