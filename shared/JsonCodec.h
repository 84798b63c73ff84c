// Field-table JSON codec for the wire shapes of shared/*Protocol.cpp: one
// declaration per field (key, member, presence rule, read rule), used by both
// toJson() and fromJson(), so a key is spelt once per struct.
//
//   static const json::Codec<Foo> codec = json::Codec<Foo>()
//       .field("id", &Foo::id)
//       .field("note", &Foo::note, json::Presence::IfSet);
//   QJsonObject Foo::toJson() const { return codec.write(*this); }
//   Foo Foo::fromJson(const QJsonObject& o) { return codec.read(o); }
//
// Values keep the wire types of the hand-written codecs they replace: numbers as
// JSON numbers, dates as wire dates ("yyyy-MM-dd"), times as wire times (ISO 8601
// UTC with milliseconds), string lists and id lists as arrays, nested shapes
// through their own toJson()/fromJson().
#pragma once

#include "JsonFields.h"
#include "Protocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <concepts>
#include <functional>
#include <iterator>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace cp::protocol::json {

/// When a field is written.
enum class Presence {
    Always,     ///< always written; an empty date or time as "", an empty optional as null
    IfSet,      ///< left out when empty: "", invalid date/time, 0, false, [], {}, nullopt, !isSet()
    IfPositive, ///< numbers only: written when > 0 (ids that are optional in a request)
    OrNull,     ///< written as JSON null when empty
};

/// How a field is read back. A missing key, or a value of the wrong JSON type,
/// reads as empty ("", 0, false, invalid, [], nullopt) unless OrDefault.
enum class Read {
    Plain,
    Trimmed,   ///< strings: surrounding whitespace removed
    OrDefault, ///< a missing or mistyped key keeps the struct's default member value
};

namespace codec {

template <class N>
concept JsonShape = requires(const N& n, const QJsonObject& o)
{
    {
        n.toJson()
        } -> std::same_as<QJsonObject>;
    N::fromJson(o);
};

// --- value on the wire ---------------------------------------------------------------

inline QJsonValue toValue(const QString& v)
{
    return v;
}
inline QJsonValue toValue(qint64 v)
{
    return v;
}
inline QJsonValue toValue(int v)
{
    return v;
}
inline QJsonValue toValue(bool v)
{
    return v;
}
inline QJsonValue toValue(double v)
{
    return v;
}
inline QJsonValue toValue(const QDate& v)
{
    return toWireDate(v);
}
inline QJsonValue toValue(const QDateTime& v)
{
    return toWireTime(v);
}
inline QJsonValue toValue(const QStringList& v)
{
    return QJsonArray::fromStringList(v);
}
inline QJsonValue toValue(const QList<qint64>& v)
{
    QJsonArray a;
    for (qint64 x : v)
        a.append(x);
    return a;
}
inline QJsonValue toValue(const QJsonObject& v)
{
    return v;
}
template <JsonShape N> QJsonValue toValue(const N& v)
{
    return v.toJson();
}
template <JsonShape N> QJsonValue toValue(const QList<N>& v)
{
    return toArray(v);
}
template <class V> QJsonValue toValue(const std::optional<V>& v)
{
    return v ? toValue(*v) : QJsonValue();
}

// --- empty (for IfSet / OrNull) ------------------------------------------------------

inline bool isEmpty(const QString& v)
{
    return v.isEmpty();
}
inline bool isEmpty(qint64 v)
{
    return v == 0;
}
inline bool isEmpty(int v)
{
    return v == 0;
}
inline bool isEmpty(bool v)
{
    return !v;
}
inline bool isEmpty(double v)
{
    return v == 0;
}
inline bool isEmpty(const QDate& v)
{
    return !v.isValid();
}
inline bool isEmpty(const QDateTime& v)
{
    return !v.isValid();
}
inline bool isEmpty(const QJsonObject& v)
{
    return v.isEmpty();
}
template <class V> bool isEmpty(const QList<V>& v)
{
    return v.isEmpty();
}
template <class V> bool isEmpty(const std::optional<V>& v)
{
    return !v.has_value();
}
/// A nested shape is empty when it says so (MediaPerson::isSet()); others need a `when` rule.
template <JsonShape N>
requires requires(const N& n)
{
    n.isSet();
}
bool isEmpty(const N& v)
{
    return !v.isSet();
}

template <class V>
concept CanBeEmpty = requires(const V& v)
{
    isEmpty(v);
};

// --- value read back: `fallback` when the key is missing or of the wrong type ---------

inline QString fromValue(const QJsonValue& v, const QString& fallback)
{
    return v.toString(fallback);
}
inline qint64 fromValue(const QJsonValue& v, qint64 fallback)
{
    return v.toInteger(fallback);
}
inline int fromValue(const QJsonValue& v, int fallback)
{
    return v.toInt(fallback);
}
inline bool fromValue(const QJsonValue& v, bool fallback)
{
    return v.toBool(fallback);
}
inline double fromValue(const QJsonValue& v, double fallback)
{
    return v.toDouble(fallback);
}
inline QDate fromValue(const QJsonValue& v, const QDate& fallback)
{
    return v.isString() ? fromWireDate(v.toString()) : fallback;
}
inline QDateTime fromValue(const QJsonValue& v, const QDateTime& fallback)
{
    return v.isString() ? fromWireTime(v.toString()) : fallback;
}
inline QStringList fromValue(const QJsonValue& v, const QStringList& fallback)
{
    if (!v.isArray())
        return fallback;
    QStringList out;
    for (const auto& x : v.toArray())
        out.append(x.toString());
    return out;
}
inline QList<qint64> fromValue(const QJsonValue& v, const QList<qint64>& fallback)
{
    if (!v.isArray())
        return fallback;
    QList<qint64> out;
    for (const auto& x : v.toArray())
        out.append(x.toInteger());
    return out;
}
inline QJsonObject fromValue(const QJsonValue& v, const QJsonObject& fallback)
{
    return v.isObject() ? v.toObject() : fallback;
}
template <JsonShape N> N fromValue(const QJsonValue& v, const N& fallback)
{
    return v.isObject() ? N::fromJson(v.toObject()) : fallback;
}
template <JsonShape N> QList<N> fromValue(const QJsonValue& v, const QList<N>& fallback)
{
    if (!v.isArray())
        return fallback;
    QList<N> out;
    for (const auto& x : v.toArray())
        out.append(N::fromJson(x.toObject()));
    return out;
}
inline std::optional<qint64> fromValue(const QJsonValue& v, const std::optional<qint64>& fallback)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : fallback;
}
template <JsonShape N> std::optional<N> fromValue(const QJsonValue& v, const std::optional<N>& fallback)
{
    return v.isObject() ? std::optional<N>(N::fromJson(v.toObject())) : fallback;
}

/// What a missing key reads as: empty, and for a nested shape what it reads from {}
/// (the hand-written codecs read `N::fromJson(o.value(key).toObject())`).
template <class V> V empty()
{
    return V{};
}
template <JsonShape N> N emptyShape()
{
    return N::fromJson(QJsonObject{});
}

template <class V> V readFallback()
{
    if constexpr (JsonShape<V>)
        return emptyShape<V>();
    else
        return empty<V>();
}

} // namespace codec

/// The field table of one wire shape T; see the top of this file.
template <class T> class Codec
{
  public:
    using When = bool (*)(const T&);

    template <class V>
    Codec& field(const char* key, V T::*member, Presence presence = Presence::Always, Read read = Read::Plain)
    {
        add(key, member, presence, nullptr, read);
        return *this;
    }
    /// Written only when `when` holds for the whole struct (a field that depends on another).
    template <class V> Codec& field(const char* key, V T::*member, When when, Read read = Read::Plain)
    {
        add(key, member, Presence::Always, when, read);
        return *this;
    }
    /// Appends a field run shared with other shapes: `run(codec)` adds its fields.
    Codec& with(void (*run)(Codec&))
    {
        run(*this);
        return *this;
    }

    QJsonObject write(const T& t) const
    {
        QJsonObject o;
        writeInto(o, t);
        return o;
    }
    void writeInto(QJsonObject& o, const T& t) const
    {
        for (const auto& f : m_fields)
            f.write(t, o);
    }
    T read(const QJsonObject& o) const
    {
        T t{};
        for (const auto& f : m_fields)
            f.read(o, t);
        return t;
    }

  private:
    template <class V> void add(const char* key, V T::*member, Presence presence, When when, Read read)
    {
        const QString k = QString::fromLatin1(key);
        if constexpr (!std::is_arithmetic_v<V>)
            Q_ASSERT(presence != Presence::IfPositive);
        if constexpr (!std::is_same_v<V, QString>)
            Q_ASSERT(read != Read::Trimmed);
        if constexpr (!codec::CanBeEmpty<V>) // a nested shape without isSet(): use a `when` rule
            Q_ASSERT(presence == Presence::Always);
        Field f;
        f.write = [k, member, presence, when](const T& t, QJsonObject& o) {
            const V& v = t.*member;
            if (when && !when(t))
                return;
            switch (presence) {
            case Presence::Always:
                o.insert(k, codec::toValue(v));
                return;
            case Presence::IfSet:
                if constexpr (codec::CanBeEmpty<V>)
                    if (!codec::isEmpty(v))
                        o.insert(k, codec::toValue(v));
                return;
            case Presence::IfPositive:
                if constexpr (std::is_arithmetic_v<V>)
                    if (v > 0)
                        o.insert(k, codec::toValue(v));
                return;
            case Presence::OrNull:
                if constexpr (codec::CanBeEmpty<V>)
                    o.insert(k, codec::isEmpty(v) ? QJsonValue() : codec::toValue(v));
                return;
            }
        };
        const V fallback = read == Read::OrDefault ? T{}.*member : codec::readFallback<V>();
        f.read = [k, member, read, fallback](const QJsonObject& o, T& t) {
            V v = codec::fromValue(o.value(k), fallback);
            if constexpr (std::is_same_v<V, QString>)
                if (read == Read::Trimmed)
                    v = v.trimmed();
            t.*member = std::move(v);
        };
        m_fields.push_back(std::move(f));
    }

    struct Field
    {
        std::function<void(const T&, QJsonObject&)> write;
        std::function<void(const QJsonObject&, T&)> read;
    };
    std::vector<Field> m_fields;
};

// --- field runs shared by several shapes -----------------------------------------------

/// A credit record as reports and dispute cases show it (ReportRecord, DisputedRecord).
template <class R> void creditRecordFields(Codec<R>& c)
{
    c.field("categoryCode", &R::categoryCode)
        .field("categoryName", &R::categoryName)
        .field("title", &R::title)
        .field("content", &R::content)
        .field("providerDepartment", &R::providerDepartment)
        .field("documentNumber", &R::documentNumber)
        .field("decisionDate", &R::decisionDate, Presence::IfSet)
        .field("validUntil", &R::validUntil, Presence::IfSet)
        .field("openClass", &R::openClass)
        .field("applicantMarkReason", &R::applicantMarkReason, Presence::IfSet)
        .field("applicantMarkUntil", &R::applicantMarkUntil, Presence::IfSet);
}

/// A stored scan as listed (MaterialInfo, ArchiveMaterial).
template <class M> void storedFileFields(Codec<M>& c)
{
    c.field("id", &M::id)
        .field("kind", &M::kind)
        .field("fileName", &M::fileName)
        .field("mimeType", &M::mimeType)
        .field("sizeBytes", &M::sizeBytes)
        .field("sha256", &M::sha256)
        .field("uploadedAt", &M::uploadedAt, Presence::IfSet);
}

// --- code tables ------------------------------------------------------------------------

/// Rows of a stable code table: `{value, code, …}` with `value` an enum and `code` its
/// wire/database string. The row of a value (every value has one).
template <class Table, class E> const auto& rowOf(const Table& table, E value)
{
    for (const auto& row : table)
        if (row.value == value)
            return row;
    Q_UNREACHABLE();
}

/// The value whose code is `code`, if any.
template <class Table>
auto valueOfCode(const Table& table, const QString& code)
    -> std::optional<std::decay_t<decltype(std::begin(table)->value)>>
{
    for (const auto& row : table)
        if (code == QLatin1String(row.code))
            return row.value;
    return std::nullopt;
}

} // namespace cp::protocol::json
