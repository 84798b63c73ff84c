#include "HttpsProbe.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCipher>
#include <QSslKey>
#include <QTimer>

namespace cp::test {

QString ProbeReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}
QString ProbeReply::errorMessage() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

HttpsProbe::HttpsProbe(QString baseUrl, const QString& caFile, const QString& p12, const QString& p12Password)
    : m_baseUrl(std::move(baseUrl)), m_config(QSslConfiguration::defaultConfiguration())
{
    m_config.setCaCertificates(QSslCertificate::fromPath(caFile));
    m_config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_config.setProtocol(QSsl::TlsV1_2OrLater);
    if (!p12.isEmpty()) {
        QFile f(p12);
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> chain;
        if (f.open(QIODevice::ReadOnly) &&
            QSslCertificate::importPkcs12(&f, &key, &cert, &chain, p12Password.toUtf8())) {
            m_config.setLocalCertificate(cert);
            m_config.setPrivateKey(key);
            m_identityLoaded = true;
        }
    }
}

ProbeReply HttpsProbe::get(const QString& path)
{
    return send("GET", path, {});
}
ProbeReply HttpsProbe::del(const QString& path)
{
    return send("DELETE", path, {});
}
ProbeReply HttpsProbe::post(const QString& path, const QJsonObject& body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ProbeReply HttpsProbe::send(const QByteArray& method, const QString& path, const QByteArray& body,
                            const QByteArray& contentType)
{
    // A fresh manager per call: no connection or TLS-session reuse between probes,
    // so every call is a new handshake that the server must verify.
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(m_baseUrl + path));
    req.setSslConfiguration(m_config);
    req.setTransferTimeout(20'000);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    ProbeReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.networkError = reply->error();
    out.errorText = reply->errorString();
    out.json = QJsonDocument::fromJson(reply->readAll()).object();
    const QSslConfiguration used = reply->sslConfiguration();
    out.cipher = used.sessionCipher().name();
    out.protocol = used.sessionProtocol();
    reply->deleteLater();
    return out;
}

ProbeReply HttpsProbe::login(const QString& password)
{
    ProbeReply r =
        post(QStringLiteral("/api/v1/session"), QJsonObject{{QStringLiteral("password"), password}});
    if (r.status == 200)
        m_token = r.json.value(QStringLiteral("token")).toString();
    return r;
}

} // namespace cp::test
