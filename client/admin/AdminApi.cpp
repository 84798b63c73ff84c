#include "admin/AdminApi.h"

#include "net/ApiClient.h"

namespace cp::client {

using namespace cp::protocol;

namespace {

QString accountPath(qint64 id, const char* tail = "")
{
    return QStringLiteral("/admin/accounts/%1%2").arg(id).arg(QLatin1String(tail));
}

template <class T> struct Parser
{
    static T of(const QJsonObject& body) { return T::fromJson(body); }
};
template <class T> struct Parser<QList<T>>
{
    static QList<T> of(const QJsonObject& body) { return deskListOf<T>(QStringLiteral("items"))(body); }
};

} // namespace

template <class T>
void AdminApi::call(QByteArray method, const QString& path, const QJsonObject& body, const QObject* context,
                    Done<T> done)
{
    m_api.call<T>(std::move(method), path, body, context, std::move(done), &Parser<T>::of);
}

void AdminApi::accounts(const QString& status, const QString& text, const QObject* context,
                        Done<QList<Account>> done)
{
    call<QList<Account>>(
        "GET",
        QStringLiteral("/admin/accounts") +
            ApiClient::withQuery({{QStringLiteral("status"), status}, {QStringLiteral("q"), text}}),
        {}, context, std::move(done));
}

void AdminApi::createAccount(const NewAccountRequest& req, const QObject* context, Done<Grant> done)
{
    call<Grant>("POST", QStringLiteral("/admin/accounts"), req.toJson(), context, std::move(done));
}

void AdminApi::disable(qint64 id, const QString& reason, const QObject* context, Done<Account> done)
{
    call<Account>("POST", accountPath(id, "/disable"), {{QStringLiteral("reason"), reason}}, context,
                  std::move(done));
}

void AdminApi::enable(qint64 id, const QObject* context, Done<Account> done)
{
    call<Account>("POST", accountPath(id, "/enable"), QJsonObject{}, context, std::move(done));
}

void AdminApi::deregister(qint64 id, const QString& kind, const QString& note, const QObject* context,
                          Done<Account> done)
{
    call<Account>("POST", accountPath(id, "/deregister"),
                  {{QStringLiteral("kind"), kind}, {QStringLiteral("note"), note}}, context, std::move(done));
}

void AdminApi::resetPassword(qint64 id, const QObject* context, Done<Outcome> done)
{
    call<Outcome>("POST", accountPath(id, "/password-reset"), QJsonObject{}, context, std::move(done));
}

void AdminApi::unlock(qint64 id, const QObject* context, Done<Account> done)
{
    call<Account>("POST", accountPath(id, "/unlock"), QJsonObject{}, context, std::move(done));
}

void AdminApi::reportCompromise(qint64 id, const QString& kind, const QString& note, const QObject* context,
                                Done<Account> done)
{
    call<Account>("POST", accountPath(id, "/compromise"),
                  {{QStringLiteral("kind"), kind}, {QStringLiteral("note"), note}}, context, std::move(done));
}

void AdminApi::bindCertificate(qint64 id, const QByteArray& file, const QObject* context, Done<Outcome> done)
{
    call<Outcome>("POST", accountPath(id, "/certificates"),
                  {{QStringLiteral("certificate"), QString::fromLatin1(file.toBase64())}}, context,
                  std::move(done));
}

void AdminApi::certificates(int expiringWithinDays, const QObject* context, Done<QList<Certificate>> done)
{
    const QString path = expiringWithinDays > 0
                             ? QStringLiteral("/admin/certificates") +
                                   ApiClient::withQuery({{QStringLiteral("expiringWithinDays"),
                                                          QString::number(expiringWithinDays)}})
                             : QStringLiteral("/admin/certificates");
    call<QList<Certificate>>("GET", path, {}, context, std::move(done));
}

void AdminApi::revokeCertificate(qint64 certificateId, const QString& reason, const QObject* context,
                                 Done<Account> done)
{
    call<Account>("POST", QStringLiteral("/admin/certificates/%1/revoke").arg(certificateId),
                  {{QStringLiteral("reason"), reason}}, context, std::move(done));
}

void AdminApi::assignRoles(qint64 id, const RoleAssignment& a, const QObject* context, Done<Account> done)
{
    call<Account>("PUT", accountPath(id, "/roles"), a.toJson(), context, std::move(done));
}

void AdminApi::policy(const QObject* context, Done<cp::PasswordPolicy> done)
{
    call<cp::PasswordPolicy>("GET", QStringLiteral("/admin/policy"), {}, context, std::move(done));
}

void AdminApi::setPolicy(const cp::PasswordPolicy& p, const QObject* context, Done<cp::PasswordPolicy> done)
{
    call<cp::PasswordPolicy>("PUT", QStringLiteral("/admin/policy"), p.toJson(), context, std::move(done));
}

void AdminApi::staleAccounts(int days, const QObject* context, Done<QList<StaleAccount>> done)
{
    call<QList<StaleAccount>>("GET",
                              QStringLiteral("/admin/stale-accounts") +
                                  ApiClient::withQuery({{QStringLiteral("days"), QString::number(days)}}),
                              {}, context, std::move(done));
}

void AdminApi::regions(const QObject* context, Done<QList<RegionView>> done)
{
    call<QList<RegionView>>("GET", QStringLiteral("/admin/regions"), {}, context, std::move(done));
}

void AdminApi::requests(const QString& status, const QObject* context, Done<QList<Request>> done)
{
    call<QList<Request>>(
        "GET", QStringLiteral("/admin/requests") + ApiClient::withQuery({{QStringLiteral("status"), status}}),
        {}, context, std::move(done));
}

void AdminApi::confirmRequest(qint64 id, const QObject* context, Done<Request> done)
{
    call<Request>("POST", QStringLiteral("/admin/requests/%1/confirm").arg(id), QJsonObject{}, context,
                  std::move(done));
}

void AdminApi::rejectRequest(qint64 id, const QString& reason, const QObject* context, Done<Request> done)
{
    call<Request>("POST", QStringLiteral("/admin/requests/%1/reject").arg(id),
                  {{QStringLiteral("reason"), reason}}, context, std::move(done));
}

} // namespace cp::client
