// Small readers for the hand-written parts of the JSON codecs in shared/*Protocol.cpp
// (the field tables are in JsonCodec.h): a missing key reads as empty.
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

/// [item.toJson(), …]
template <typename T> QJsonArray toArray(const QList<T>& items)
{
    QJsonArray a;
    for (const T& item : items)
        a.append(item.toJson());
    return a;
}

} // namespace cp::protocol::json
