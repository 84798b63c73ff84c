#include "app/TlsContext.h"

#include <Poco/Crypto/X509Certificate.h>
#include <Poco/DigestEngine.h>
#include <Poco/File.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <ctime>
#include <mutex>
#include <stdexcept>

namespace cp::server {
namespace {

void requireReadable(const std::string& path, const char* what)
{
    if (path.empty())
        throw std::runtime_error(std::string("TLS configuration: ") + what + " is not set");
    if (!Poco::File(path).exists())
        throw std::runtime_error(std::string("TLS configuration: ") + what + " not found: " + path);
}

void installRejectingHandler()
{
    // Without an explicit handler Poco falls back to the configured default,
    // ConsoleCertificateHandler, which waits on stdin (STACK-NOTES).
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Net::SSLManager::InvalidCertificateHandlerPtr reject(
            new Poco::Net::RejectCertificateHandler(true));
        Poco::Net::SSLManager::instance().initializeServer(nullptr, reject, nullptr);
    });
}

} // namespace

Poco::Net::Context::Ptr makeServerContext(const TlsConfig& tls)
{
    requireReadable(tls.certificateFile, "tls.certificate");
    requireReadable(tls.privateKeyFile, "tls.privateKey");
    requireReadable(tls.caFile, "tls.caBundle");
    requireReadable(tls.crlFile, "tls.crl");
    installRejectingHandler();

    Poco::Net::Context::Params params;
    params.certificateFile = tls.certificateFile;
    params.privateKeyFile = tls.privateKeyFile;
    params.caLocation = tls.caFile;
    params.verificationMode =
        Poco::Net::Context::VERIFY_STRICT; // VERIFY_ONCE admits clients without a certificate
    params.verificationDepth = 3;
    params.loadDefaultCAs = false;
    params.cipherList = tls.cipherList;
    Poco::Net::Context::Ptr ctx(new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params));
    ctx->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    // Extended verification would compare the *client* certificate with the peer IP.
    ctx->enableExtendedCertificateVerification(false);
    ctx->enableSessionCache(true, "credit-server");
    loadCrl(*ctx, tls.crlFile);
    return ctx;
}

void loadCrl(Poco::Net::Context& ctx, const std::string& crlFile)
{
    X509_STORE* store = SSL_CTX_get_cert_store(ctx.sslContext());
    X509_LOOKUP* lookup = X509_STORE_add_lookup(store, X509_LOOKUP_file());
    if (!lookup || X509_load_crl_file(lookup, crlFile.c_str(), X509_FILETYPE_PEM) <= 0)
        throw std::runtime_error("TLS configuration: cannot load CRL " + crlFile);
    X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    // A resumed session skips certificate verification: drop cached sessions so
    // a newly revoked certificate is refused at its next handshake.
    SSL_CTX_flush_sessions(ctx.sslContext(), static_cast<long>(std::time(nullptr)) + 10L * 365 * 24 * 3600);
}

std::string certificateFingerprint(const Poco::Crypto::X509Certificate& cert)
{
    return Poco::DigestEngine::digestToHex(cert.fingerprint("SHA256"));
}

} // namespace cp::server
