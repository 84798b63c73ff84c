#include "app/CertificateGuard.h"

#include "app/TlsContext.h"
#include "domain/auth/AccountStore.h"
#include "store/Database.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <QString>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <climits>
#include <cstdio>
#include <stdexcept>

namespace cp::server {

struct CertificateGuard::CrlSet
{
    STACK_OF(X509_CRL) * crls = sk_X509_CRL_new_null();
    ~CrlSet() { sk_X509_CRL_pop_free(crls, X509_CRL_free); }
};

namespace {

Poco::Logger& logger()
{
    return Poco::Logger::get("credit.tls");
}

int guardIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

QString fingerprintOf(X509* x)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(x, EVP_sha256(), md, &len) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(len)).toHex());
}

std::shared_ptr<CertificateGuard::CrlSet> readCrls(const std::string& path)
{
    std::unique_ptr<FILE, decltype(&std::fclose)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f)
        return nullptr;
    auto set = std::make_shared<CertificateGuard::CrlSet>();
    while (X509_CRL* crl = PEM_read_X509_CRL(f.get(), nullptr, nullptr, nullptr))
        sk_X509_CRL_push(set->crls, crl);
    ERR_clear_error(); // the loop ends on "no start line"
    if (sk_X509_CRL_num(set->crls) == 0)
        return nullptr; // half-written or not a CRL: keep what we have
    return set;
}

} // namespace

CertificateGuard::CertificateGuard(Poco::Net::Context& context, store::Database& db, std::string crlFile)
    : m_context(context), m_db(db), m_crlFile(std::move(crlFile))
{
    reloadCrl();
    SSL_CTX* ctx = m_context.sslContext();
    SSL_CTX_set_ex_data(ctx, guardIndex(), this);
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_cert_verify_callback(ctx, &CertificateGuard::verifyCallback, this);
    SSL_CTX_set_client_hello_cb(ctx, &CertificateGuard::clientHelloCallback, this);
}

CertificateGuard::~CertificateGuard()
{
    SSL_CTX* ctx = m_context.sslContext();
    SSL_CTX_set_client_hello_cb(ctx, nullptr, nullptr);
    SSL_CTX_set_cert_verify_callback(ctx, nullptr, nullptr);
    SSL_CTX_set_ex_data(ctx, guardIndex(), nullptr);
}

CertificateGuard* CertificateGuard::ofRequest(Poco::Net::HTTPServerRequest& request)
{
    auto& impl = static_cast<Poco::Net::HTTPServerRequestImpl&>(request);
    Poco::Net::SecureStreamSocket socket(impl.socket());
    const auto context = socket.context();
    if (!context)
        return nullptr;
    return static_cast<CertificateGuard*>(SSL_CTX_get_ex_data(context->sslContext(), guardIndex()));
}

std::optional<CertificateGuard::FileStamp> CertificateGuard::stamp() const
{
    struct stat st
    {
    };
    if (::stat(m_crlFile.c_str(), &st) != 0)
        return std::nullopt;
    return FileStamp{st.st_mtim.tv_sec, st.st_mtim.tv_nsec, st.st_size, st.st_ino};
}

void CertificateGuard::reloadCrl()
{
    const auto before = stamp();
    auto set = readCrls(m_crlFile);
    if (!set || !before)
        throw std::runtime_error("TLS configuration: cannot load CRL " + m_crlFile);
    {
        std::lock_guard lock(m_mutex);
        m_crls = std::move(set);
        m_stamp = *before;
        ++m_reloads;
    }
    flushSessions();
}

bool CertificateGuard::reloadCrlIfChanged()
{
    const auto now = stamp();
    {
        std::lock_guard lock(m_mutex);
        if (!now || *now == m_stamp)
            return false;
    }
    auto set = readCrls(m_crlFile);
    if (!set) {
        logger().warning("CRL %s changed but cannot be read; keeping the previous one", m_crlFile);
        return false;
    }
    {
        std::lock_guard lock(m_mutex);
        m_crls = std::move(set);
        m_stamp = *now;
        ++m_reloads;
    }
    flushSessions();
    logger().information("CRL %s reloaded", m_crlFile);
    return true;
}

void CertificateGuard::flushSessions()
{
    // Sessions expire long before this time: everything cached goes.
    SSL_CTX_flush_sessions(m_context.sslContext(), LONG_MAX);
}

long CertificateGuard::crlReloads() const
{
    std::lock_guard lock(m_mutex);
    return m_reloads;
}

std::set<std::string> CertificateGuard::crlSerials() const
{
    std::set<std::string> out;
    const auto crls = currentCrls();
    if (!crls)
        return out;
    for (int i = 0; i < sk_X509_CRL_num(crls->crls); ++i) {
        STACK_OF(X509_REVOKED)* revoked = X509_CRL_get_REVOKED(sk_X509_CRL_value(crls->crls, i));
        for (int j = 0; j < sk_X509_REVOKED_num(revoked); ++j) {
            BIGNUM* bn = ASN1_INTEGER_to_BN(X509_REVOKED_get0_serialNumber(sk_X509_REVOKED_value(revoked, j)),
                                            nullptr);
            if (!bn)
                continue;
            if (char* hex = BN_bn2hex(bn)) {
                out.insert(hex);
                OPENSSL_free(hex);
            }
            BN_free(bn);
        }
    }
    return out;
}

std::shared_ptr<const CertificateGuard::CrlSet> CertificateGuard::currentCrls() const
{
    std::lock_guard lock(m_mutex);
    return m_crls;
}

int CertificateGuard::clientHelloCallback(SSL*, int*, void* arg)
{
    static_cast<CertificateGuard*>(arg)->reloadCrlIfChanged();
    return SSL_CLIENT_HELLO_SUCCESS;
}

int CertificateGuard::verifyCallback(X509_STORE_CTX* ctx, void* arg)
{
    auto* guard = static_cast<CertificateGuard*>(arg);
    // The CRLs given to the verification context are consulted before the
    // store's own (loaded at start-up), so the current file decides.
    const auto crls = guard->currentCrls();
    if (crls)
        X509_STORE_CTX_set0_crls(ctx, crls->crls);
    const int ok = X509_verify_cert(ctx);
    X509_STORE_CTX_set0_crls(ctx, nullptr);
    if (ok != 1)
        return ok;
    X509* leaf = X509_STORE_CTX_get0_cert(ctx);
    try {
        QSqlDatabase db = guard->m_db.connection();
        if (AccountStore(db).certificateRevoked(fingerprintOf(leaf))) {
            X509_STORE_CTX_set_error(ctx, X509_V_ERR_CERT_REVOKED);
            return 0;
        }
    } catch (const std::exception& e) {
        // Fail closed: a certificate whose state cannot be read is not admitted.
        logger().error("revocation check failed: %s", std::string(e.what()));
        X509_STORE_CTX_set_error(ctx, X509_V_ERR_UNSPECIFIED);
        return 0;
    }
    return 1;
}

std::optional<std::string> CertificateGuard::verifyImported(X509* certificate)
{
    X509_STORE* store = SSL_CTX_get_cert_store(m_context.sslContext());
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                        &X509_STORE_CTX_free);
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store, certificate, nullptr) != 1)
        return std::string("cannot set up verification");
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
    const auto crls = currentCrls();
    if (crls)
        X509_STORE_CTX_set0_crls(ctx.get(), crls->crls);
    const int ok = X509_verify_cert(ctx.get());
    if (ok == 1)
        return std::nullopt;
    return std::string(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
}

} // namespace cp::server
