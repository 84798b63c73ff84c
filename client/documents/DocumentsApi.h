// Typed call of the document verification endpoint (/api/v1/reports/verify):
// every numbered document the desk issues (query reports, dispute receipts and
// results, …) is checked the same way. Asynchronous like the module APIs; done
// runs on the UI thread and is dropped when context is destroyed first.
#pragma once

#include "WalkInProtocol.h"
#include "net/ApiResult.h"

#include <QObject>
#include <functional>

namespace cp::client {

class ApiClient;

class DocumentsApi
{
  public:
    template <class T> using Done = std::function<void(const ApiResult&, const T&)>;

    explicit DocumentsApi(ApiClient& api) : m_api(api) {}
    ApiClient& client() const { return m_api; }

    void verify(const QString& number, const QString& code, const QObject* context,
                Done<cp::protocol::ReportVerification> done);

  private:
    ApiClient& m_api;
};

} // namespace cp::client
