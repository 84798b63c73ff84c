#include "net/TlsIdentity.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace cp::client {
namespace {

void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

std::optional<QString> TlsIdentity::tlsUnavailableReason()
{
    if (QSslSocket::supportsSsl() && !QSslSocket::activeBackend().isEmpty())
        return std::nullopt;
    // Qt 6 loads TLS as a plugin (libqopensslbackend.so) that needs OpenSSL 3.
    const QString backends = QSslSocket::availableBackends().join(QStringLiteral(", "));
    return tr("Secure connections (TLS) are not available on this computer: the TLS plugin "
              "or the OpenSSL library is missing (available backends: %1). Please reinstall "
              "the client or contact the system administrator.")
        .arg(backends.isEmpty() ? tr("none") : backends);
}

std::optional<QUrl> TlsIdentity::serverUrl(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!t.contains(QStringLiteral("://")))
        t.prepend(QStringLiteral("https://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return std::nullopt;
    url.setPath(QString());
    return url;
}

TlsSetupResult TlsIdentity::load(const ConnectionSettings& s)
{
    if (auto reason = tlsUnavailableReason())
        return {std::nullopt, *reason};

    const auto url = serverUrl(s.server);
    if (!url)
        return {std::nullopt, tr("The server address \"%1\" is not valid. Enter it as host:port, "
                                 "for example 127.0.0.1:8443.")
                                  .arg(s.server)};

    QFile p12(s.certPath);
    if (!p12.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("Cannot open the certificate file %1. Check that the file "
                                 "exists and that you may read it.")
                                  .arg(QFileInfo(s.certPath).fileName())};

    QSslKey key;
    QSslCertificate cert;
    QList<QSslCertificate> chain;
    QByteArray pass = s.certPassword.toUtf8();
    const bool imported = QSslCertificate::importPkcs12(&p12, &key, &cert, &chain, pass);
    wipe(pass);
    if (!imported || cert.isNull() || key.isNull()) {
        // Qt 6.4 does not load OpenSSL 3's legacy provider, so RC2-40 files fail
        // exactly like a wrong password does; say both.
        return {std::nullopt,
                tr("The certificate could not be opened. Check the certificate password. "
                   "Certificate files exported with the old RC2-40 encryption are not "
                   "supported; in that case ask the administrator for a new certificate file.")};
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cert.expiryDate() < now)
        return {std::nullopt,
                tr("Your certificate expired on %1. Please ask the system "
                   "administrator for a new certificate.")
                    .arg(QLocale().toString(cert.expiryDate().toLocalTime(), QLocale::ShortFormat))};
    if (cert.effectiveDate() > now)
        return {std::nullopt,
                tr("Your certificate is not valid before %1. Check the computer's "
                   "date and time.")
                    .arg(QLocale().toString(cert.effectiveDate().toLocalTime(), QLocale::ShortFormat))};

    const QList<QSslCertificate> cas = QSslCertificate::fromPath(s.caPath, QSsl::Pem);
    if (cas.isEmpty())
        return {std::nullopt, tr("The CA file %1 could not be read or holds no certificate. "
                                 "It is the platform's CA certificate (ca.pem) given to you "
                                 "with your certificate.")
                                  .arg(QFileInfo(s.caPath).fileName())};

    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setLocalCertificate(cert);
    conf.setPrivateKey(key);
    // Only the platform's private CA is trusted; system roots are not used.
    conf.setCaCertificates(cas);

    const QStringList cn = cert.subjectInfo(QSslCertificate::CommonName);
    return {TlsSetup{conf, *url, cn.isEmpty() ? QString() : cn.first()}, {}};
}

} // namespace cp::client
