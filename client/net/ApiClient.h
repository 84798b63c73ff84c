// The one door to the credit server: JSON over HTTPS with mutual TLS, always
// asynchronous. Widgets call the typed helpers; later modules use request().
#pragma once

#include "Protocol.h"
#include "net/ApiResult.h"
#include "net/TlsIdentity.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <chrono>
#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

class QNetworkReply;

namespace cp::client {

class ApiClient : public QObject
{
    Q_OBJECT
  public:
    using Done = std::function<void(const ApiResult&)>;
    template <class T> using TypedDone = std::function<void(const ApiResult&, const T&)>;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    /// Loads the identity and CA, forgets any session. Returns the error to show, if any.
    std::optional<QString> configure(const ConnectionSettings& settings);
    bool isConfigured() const { return m_setup.has_value(); }
    QUrl baseUrl() const;
    /// "127.0.0.1:8443", for the status bar.
    QString serverDisplay() const;

    bool isLoggedIn() const { return !m_token.isEmpty(); }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// "?name=value&…" with every name and value percent-encoded (also '+', '&', '='),
    /// for request paths: request("GET", "/department/subjects" + withQuery({{"q", text}}), …).
    static QString withQuery(std::initializer_list<std::pair<QString, QString>> params);

    /// path is relative to the API prefix ("/session") or absolute ("/api/v1/…"),
    /// optionally followed by an encoded query (see withQuery()).
    /// A null body sends no body. done runs on the UI thread when the reply ends.
    void request(QByteArray method, QString path, QJsonObject body, Done done);
    /// As above; done is dropped if context is destroyed first.
    void request(QByteArray method, QString path, QJsonObject body, const QObject* context, Done done);

    /// request() with the reply body parsed by parse on success (T{} on failure): what the
    /// typed API classes of the modules (WalkInApi, DisputesApi, …) are made of.
    template <class T>
    void call(QByteArray method, QString path, QJsonObject body, const QObject* context, TypedDone<T> done,
              std::function<T(const QJsonObject&)> parse)
    {
        request(std::move(method), std::move(path), std::move(body), context,
                [done = std::move(done), parse = std::move(parse)](const ApiResult& r) {
                    if (done)
                        done(r, r.ok() ? parse(r.body) : T{});
                });
    }

    void health(const QObject* context, TypedDone<cp::protocol::HealthInfo> done);
    void login(const QString& password, const QString& workstation, const QObject* context,
               TypedDone<cp::protocol::SessionInfo> done);
    void changePassword(const QString& oldPassword, const QString& newPassword, const QObject* context,
                        TypedDone<cp::protocol::SessionInfo> done);
    /// After an administrator reset the password (PASSWORD_RESET_PENDING at login): the
    /// holder's new password, proven by the certificate alone; a normal login follows.
    void choosePasswordAfterReset(const QString& newPassword, const QObject* context, Done done);
    void sessionInfo(const QObject* context, TypedDone<cp::protocol::SessionInfo> done);
    /// Ends the session on the server; the token is forgotten at once either way.
    void logout(const QObject* context, Done done);

  Q_SIGNALS:
    /// A logged-in request was refused because the session has ended: idle
    /// timeout (SESSION_EXPIRED), unknown token, another certificate, or the
    /// account/certificate was disabled meanwhile. code is the wire code,
    /// message the server's text. The token is already forgotten.
    void sessionExpired(const QString& code, const QString& message);
    /// The server wants a new password before anything else.
    void passwordChangeRequired();
    /// An authenticated request succeeded, so the server restarted its idle timer.
    void sessionActivity();

  private:
    struct Pending
    {
        QByteArray sentToken;
        QPointer<const QObject> context;
        bool hasContext = false;
        Done done;
    };
    void finish(QNetworkReply* reply, const Pending& pending);
    ApiResult resultFromReply(QNetworkReply* reply) const;
    ApiResult networkFailure(QNetworkReply* reply) const;
    static QString tlsRejectedMessage(const QString& detail);
    template <class T>
    void typed(QByteArray method, QString path, QJsonObject body, const QObject* context, TypedDone<T> done);

    QNetworkAccessManager m_nam;
    std::optional<TlsSetup> m_setup;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace cp::client
