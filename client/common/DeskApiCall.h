// What the typed API classes of the work areas (ArchivesApi, MediaApi,
// DepartmentApi, …) share: the ApiClient they call through, the Done callback
// type, and the parser of a reply that lists entries under one key.
#pragma once

#include "net/ApiResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace cp::client {

class ApiClient;

class DeskApi
{
  public:
    template <class T> using Done = std::function<void(const ApiResult&, const T&)>;

    explicit DeskApi(ApiClient& api) : m_api(api) {}
    ApiClient& client() const { return m_api; }

  protected:
    ApiClient& m_api;
};

/// Parses {"<key>": [ {...}, … ]} with T::fromJson for each entry.
template <class T> std::function<QList<T>(const QJsonObject&)> deskListOf(const QString& key)
{
    return [key](const QJsonObject& body) {
        QList<T> out;
        for (const auto& v : body.value(key).toArray())
            out.append(T::fromJson(v.toObject()));
        return out;
    };
}

} // namespace cp::client
