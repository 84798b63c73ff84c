// A blocking HTTPS client for server tests, built on the same Qt TLS stack as
// the desktop client (QNetworkAccessManager + PKCS#12 identity + pinned CA).
#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>

namespace cp::test {

struct ProbeReply
{
    int status = 0; // 0 = no HTTP response at all
    QJsonObject json;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorText;
    QString cipher; // negotiated cipher name, if a session was made
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;

    QString errorCode() const;    // json.error.code
    QString errorMessage() const; // json.error.message
};

class HttpsProbe
{
  public:
    /// p12 empty = no client certificate.
    HttpsProbe(QString baseUrl, const QString& caFile, const QString& p12 = {},
               const QString& p12Password = {});
    bool identityLoaded() const { return m_identityLoaded; }
    void setToken(const QString& token) { m_token = token; }
    void setProtocol(QSsl::SslProtocol p) { m_config.setProtocol(p); }

    ProbeReply get(const QString& path);
    ProbeReply del(const QString& path);
    ProbeReply post(const QString& path, const QJsonObject& body);
    ProbeReply send(const QByteArray& method, const QString& path, const QByteArray& body,
                    const QByteArray& contentType = "application/json");

    /// Logs in with the password; keeps the token. Returns the reply.
    ProbeReply login(const QString& password);

  private:
    QString m_baseUrl;
    QSslConfiguration m_config;
    QString m_token;
    bool m_identityLoaded = false;
};

} // namespace cp::test
