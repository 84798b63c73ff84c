#include "net/ApiClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace cp::client {

using cp::protocol::ErrorCode;

namespace {

// Dynamic properties a reply carries from its signals to finish().
constexpr auto kSawEncrypted = "cpSawEncrypted";
constexpr auto kSslErrors = "cpSslErrors";

QString apiPath(const QString& path)
{
    if (path.startsWith(QLatin1String(cp::protocol::kApiPrefix)))
        return path;
    return QLatin1String(cp::protocol::kApiPrefix) + (path.startsWith(u'/') ? path : u'/' + path);
}

} // namespace

ApiClient::ApiClient(QObject* parent) : QObject(parent)
{
    // Never follow redirects: the server does not send any, and a redirect
    // must not carry the bearer token elsewhere.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Replies still running must not call back into a half-destroyed client.
    const auto replies = m_nam.findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

std::optional<QString> ApiClient::configure(const ConnectionSettings& settings)
{
    m_token.clear();
    m_setup.reset();
    // Keep-alive connections hold the previous identity: drop them.
    m_nam.clearConnectionCache();
    TlsSetupResult r = TlsIdentity::load(settings);
    if (!r.setup)
        return r.error;
    m_setup = std::move(r.setup);
    return std::nullopt;
}

QUrl ApiClient::baseUrl() const
{
    return m_setup ? m_setup->baseUrl : QUrl();
}

QString ApiClient::serverDisplay() const
{
    if (!m_setup)
        return {};
    const QUrl& u = m_setup->baseUrl;
    return u.port() > 0 ? QStringLiteral("%1:%2").arg(u.host()).arg(u.port()) : u.host();
}

QString ApiClient::withQuery(std::initializer_list<std::pair<QString, QString>> params)
{
    QString out;
    for (const auto& [name, value] : params) {
        out += out.isEmpty() ? u'?' : u'&';
        out += QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'=' +
               QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return out;
}

void ApiClient::request(QByteArray method, QString path, QJsonObject body, Done done)
{
    request(std::move(method), std::move(path), std::move(body), nullptr, std::move(done));
}

void ApiClient::request(QByteArray method, QString path, QJsonObject body, const QObject* context, Done done)
{
    Pending pending{m_token, QPointer<const QObject>(context), context != nullptr, std::move(done)};
    if (!m_setup) {
        const ApiResult r = ApiResult::failure(localerror::kNotConfigured,
                                               tr("The connection to the server is not set up yet."));
        // Keep the contract "done runs later, never inside request()".
        QMetaObject::invokeMethod(
            this,
            [r, pending] {
                if (pending.done && (!pending.hasContext || pending.context))
                    pending.done(r);
            },
            Qt::QueuedConnection);
        return;
    }

    QUrl url = m_setup->baseUrl;
    const qsizetype queryAt = path.indexOf(u'?');
    url.setPath(apiPath(queryAt < 0 ? path : path.left(queryAt)));
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1), QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_setup->config);
    req.setTransferTimeout(int(m_timeout.count()));
    req.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);

    QByteArray payload;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    QNetworkReply* reply = m_nam.sendCustomRequest(req, method, payload);
    connect(reply, &QNetworkReply::encrypted, this, [reply] { reply->setProperty(kSawEncrypted, true); });
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError>& errors) {
        // Never ignored: recorded only to explain the failure to the user.
        QStringList texts;
        for (const QSslError& e : errors)
            texts.append(e.errorString());
        reply->setProperty(kSslErrors, texts);
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending = std::move(pending)] { finish(reply, pending); });
}

void ApiClient::finish(QNetworkReply* reply, const Pending& pending)
{
    reply->deleteLater();
    const ApiResult r = resultFromReply(reply);
    const bool sessionCall = !pending.sentToken.isEmpty() && pending.sentToken == m_token;

    bool expired = false;
    if (sessionCall && (r.hasCode(ErrorCode::SessionExpired) || r.hasCode(ErrorCode::Unauthenticated) ||
                        r.hasCode(ErrorCode::CertificateMismatch) ||
                        r.hasCode(ErrorCode::CertificateUnknown) || r.hasCode(ErrorCode::AccountDisabled))) {
        m_token.clear();
        expired = true;
    }

    if (pending.done && (!pending.hasContext || pending.context))
        pending.done(r);

    if (expired)
        Q_EMIT sessionExpired(r.error->code, r.userMessage());
    else if (sessionCall && r.hasCode(ErrorCode::PasswordChangeRequired))
        Q_EMIT passwordChangeRequired();
    else if (sessionCall && r.ok())
        Q_EMIT sessionActivity();
}

ApiResult ApiClient::resultFromReply(QNetworkReply* reply) const
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return networkFailure(reply);

    ApiResult r;
    r.httpStatus = status.toInt();
    const QByteArray data = reply->readAll();
    bool parsed = data.trimmed().isEmpty();
    if (!parsed) {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
        if (pe.error == QJsonParseError::NoError && doc.isObject()) {
            r.body = doc.object();
            parsed = true;
        }
    }

    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (!parsed)
            return ApiResult::failure(localerror::kBadResponse,
                                      tr("The server sent an answer this client does not "
                                         "understand. Please contact the system administrator."),
                                      r.httpStatus);
        return r;
    }
    if (auto e = cp::protocol::ApiError::fromJson(r.body)) {
        r.error = std::move(*e);
        return r;
    }
    return ApiResult::failure(localerror::kBadResponse,
                              tr("The server reported an error (HTTP %1). Please try again later "
                                 "or contact the system administrator.")
                                  .arg(r.httpStatus),
                              r.httpStatus);
}

ApiResult ApiClient::networkFailure(QNetworkReply* reply) const
{
    const QString server = serverDisplay();
    const QString detail = reply->errorString();
    const QStringList sslErrors = reply->property(kSslErrors).toStringList();
    const bool sawEncrypted = reply->property(kSawEncrypted).toBool();

    auto withDetail = [&detail](const QString& text) {
        return detail.isEmpty() ? text : text + u'\n' + tr("(Technical details: %1)").arg(detail);
    };

    if (!sslErrors.isEmpty()) {
        return ApiResult::failure(
            localerror::kTlsFailed,
            tr("The server's certificate was not accepted (%1). You may be connected to the "
               "wrong server, or the CA file does not belong to this system. Please contact the "
               "system administrator.")
                .arg(sslErrors.join(QStringLiteral("; "))));
    }

    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout aborts the reply
        return ApiResult::failure(
            localerror::kTimeout,
            tr("The server at %1 did not answer within %2 seconds. Please try again; if this "
               "keeps happening, check the network or contact the system administrator.")
                .arg(server)
                .arg(m_timeout.count() / 1000));
    case QNetworkReply::SslHandshakeFailedError:
        return ApiResult::failure(localerror::kTlsFailed, withDetail(tlsRejectedMessage(detail)));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        // Under TLS 1.3 the server checks our certificate after the client
        // already considers the handshake done, and answers by closing.
        if (sawEncrypted)
            return ApiResult::failure(localerror::kTlsFailed, withDetail(tlsRejectedMessage(detail)));
        break;
    default:
        break;
    }
    return ApiResult::failure(
        localerror::kUnreachable,
        withDetail(tr("Cannot reach the server at %1. Please check the network connection and "
                      "the server address; if the problem persists, contact the system "
                      "administrator.")
                       .arg(server)));
}

QString ApiClient::tlsRejectedMessage(const QString& detail)
{
    // The server's TLS alert, as OpenSSL names it, tells why it refused us.
    if (detail.contains(QLatin1String("certificate revoked"), Qt::CaseInsensitive))
        return tr("The secure connection to the server failed: your certificate has been "
                  "revoked. Please contact the system administrator for a new certificate.");
    if (detail.contains(QLatin1String("unknown ca"), Qt::CaseInsensitive))
        return tr("The secure connection to the server failed: your certificate was not issued "
                  "by this system's certification authority. Check that you chose the right "
                  "certificate file, or contact the system administrator.");
    if (detail.contains(QLatin1String("certificate expired"), Qt::CaseInsensitive))
        return tr("The secure connection to the server failed: the server considers your "
                  "certificate expired. Please contact the system administrator for a new "
                  "certificate.");
    return tr("The secure connection to the server failed: the server did not accept your "
              "certificate. It may have been revoked, may have expired, or may come from another "
              "certification authority. Please contact the system administrator.");
}

template <class T>
void ApiClient::typed(QByteArray method, QString path, QJsonObject body, const QObject* context,
                      TypedDone<T> done)
{
    request(std::move(method), std::move(path), std::move(body), context,
            [done = std::move(done)](const ApiResult& r) {
                if (done)
                    done(r, r.ok() ? T::fromJson(r.body) : T{});
            });
}

void ApiClient::health(const QObject* context, TypedDone<cp::protocol::HealthInfo> done)
{
    typed<cp::protocol::HealthInfo>("GET", QStringLiteral("/health"), {}, context, std::move(done));
}

void ApiClient::login(const QString& password, const QString& workstation, const QObject* context,
                      TypedDone<cp::protocol::SessionInfo> done)
{
    m_token.clear();
    const cp::protocol::LoginRequest body{password, workstation.trimmed()};
    // No context on the request itself: the token must be kept even if the
    // dialog that asked has gone, so that logout can end the session.
    request("POST", QStringLiteral("/session"), body.toJson(), nullptr,
            [this, ctx = QPointer<const QObject>(context), hasContext = context != nullptr,
             done = std::move(done)](const ApiResult& r) {
                const auto session =
                    r.ok() ? cp::protocol::SessionInfo::fromJson(r.body) : cp::protocol::SessionInfo{};
                if (r.ok())
                    m_token = session.token.toUtf8();
                if (done && (!hasContext || ctx))
                    done(r, session);
            });
}

void ApiClient::changePassword(const QString& oldPassword, const QString& newPassword, const QObject* context,
                               TypedDone<cp::protocol::SessionInfo> done)
{
    const cp::protocol::PasswordChangeRequest body{oldPassword, newPassword};
    typed<cp::protocol::SessionInfo>("POST", QStringLiteral("/session/password"), body.toJson(), context,
                                     std::move(done));
}

void ApiClient::choosePasswordAfterReset(const QString& newPassword, const QObject* context, Done done)
{
    const cp::protocol::PasswordChangeRequest body{QString(), newPassword};
    request("POST", QStringLiteral("/session/password-reset"), body.toJson(), context, std::move(done));
}

void ApiClient::sessionInfo(const QObject* context, TypedDone<cp::protocol::SessionInfo> done)
{
    typed<cp::protocol::SessionInfo>("GET", QStringLiteral("/session"), {}, context, std::move(done));
}

void ApiClient::logout(const QObject* context, Done done)
{
    request("DELETE", QStringLiteral("/session"), {}, context, std::move(done));
    // The header is already on the request; nothing else may use the token.
    m_token.clear();
}

} // namespace cp::client
