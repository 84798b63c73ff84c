// The client's half of mutual TLS: the user's PKCS#12 identity and the pinned
// private CA. Builds the QSslConfiguration every request uses.
#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <optional>

namespace cp::client {

/// Where and as whom the client connects. Never persisted as a whole: the
/// certificate password only lives as long as the login attempt.
struct ConnectionSettings
{
    QString server;       // "127.0.0.1:8443" or "https://host:port"
    QString certPath;     // PKCS#12 (.p12 / .pfx)
    QString certPassword; // the PKCS#12 password
    QString caPath;       // PEM file with the platform's private CA
};

struct TlsSetup
{
    QSslConfiguration config;
    QUrl baseUrl;
    QString subjectName; // common name of the user's certificate
};

/// Either a setup or a message for the user (never both).
struct TlsSetupResult
{
    std::optional<TlsSetup> setup;
    QString error;
};

class TlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(TlsIdentity)
  public:
    /// nullopt when a TLS backend is loaded; otherwise what to tell the user.
    static std::optional<QString> tlsUnavailableReason();
    /// "127.0.0.1:8443" → https://127.0.0.1:8443; nullopt for anything else than https.
    static std::optional<QUrl> serverUrl(const QString& text);
    /// Imports the identity and the CA; the password buffer is wiped afterwards.
    static TlsSetupResult load(const ConnectionSettings& settings);
};

} // namespace cp::client
