#include "app/CertificateGuard.h"

#include "domain/UnitOfWork.h"

#include "app/TlsContext.h"
#include "domain/Clock.h"
#include "domain/audit/AuditLog.h"
#include "domain/auth/AccountStore.h"
#include "store/Database.h"

#include <Poco/Crypto/X509Certificate.h>
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
    std::set<std::pair<std::string, std::string>> entries; // (issuer, serial) as Poco spells them
    std::string number;                                    // highest CRL number, decimal; "" = none
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

using BigNum = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

BigNum decimal(const std::string& text)
{
    BIGNUM* bn = nullptr;
    if (text.empty() || BN_dec2bn(&bn, text.c_str()) == 0)
        return {nullptr, &BN_free};
    return {bn, &BN_free};
}

std::string toDecimal(const BIGNUM* bn)
{
    std::string out;
    if (char* dec = BN_bn2dec(bn)) {
        out = dec;
        OPENSSL_free(dec);
    }
    return out;
}

std::string toHex(const ASN1_INTEGER* serial)
{
    std::string out;
    BigNum bn(ASN1_INTEGER_to_BN(serial, nullptr), &BN_free);
    if (!bn)
        return out;
    if (char* hex = BN_bn2hex(bn.get())) { // uppercase, as Poco's X509Certificate::serialNumber()
        out = hex;
        OPENSSL_free(hex);
    }
    return out;
}

/// The CRL's issuer spelt as Poco's X509Certificate::issuerName() spells a certificate's
/// (the form bound certificates and peers are recorded in), whatever formatting this Poco
/// uses: a blank certificate with that issuer, read by Poco.
std::string issuerAsPoco(const X509_NAME* name)
{
    X509* blank = X509_new();
    if (!blank || X509_set_issuer_name(blank, name) != 1) {
        X509_free(blank);
        return {};
    }
    const Poco::Crypto::X509Certificate poco(blank); // takes ownership
    return poco.issuerName();
}

/// The higher of the set's number so far and this CRL's (RFC 5280 §5.2.3 CRL number).
void takeNumber(CertificateGuard::CrlSet& set, X509_CRL* crl)
{
    std::unique_ptr<ASN1_INTEGER, decltype(&ASN1_INTEGER_free)> number(
        static_cast<ASN1_INTEGER*>(X509_CRL_get_ext_d2i(crl, NID_crl_number, nullptr, nullptr)),
        &ASN1_INTEGER_free);
    if (!number)
        return;
    BigNum bn(ASN1_INTEGER_to_BN(number.get(), nullptr), &BN_free);
    if (!bn)
        return;
    const BigNum current = decimal(set.number);
    if (!current || BN_cmp(bn.get(), current.get()) > 0)
        set.number = toDecimal(bn.get());
}

std::shared_ptr<CertificateGuard::CrlSet> readCrls(const std::string& path)
{
    std::unique_ptr<FILE, decltype(&std::fclose)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f)
        return nullptr;
    auto set = std::make_shared<CertificateGuard::CrlSet>();
    while (X509_CRL* crl = PEM_read_X509_CRL(f.get(), nullptr, nullptr, nullptr)) {
        sk_X509_CRL_push(set->crls, crl);
        takeNumber(*set, crl);
        const std::string issuer = issuerAsPoco(X509_CRL_get_issuer(crl));
        STACK_OF(X509_REVOKED)* revoked = X509_CRL_get_REVOKED(crl);
        for (int j = 0; j < sk_X509_REVOKED_num(revoked); ++j)
            set->entries.emplace(issuer,
                                 toHex(X509_REVOKED_get0_serialNumber(sk_X509_REVOKED_value(revoked, j))));
    }
    ERR_clear_error(); // the loop ends on "no start line"
    if (sk_X509_CRL_num(set->crls) == 0)
        return nullptr; // half-written or not a CRL: keep what we have
    return set;
}

/// Server-side events of the CRL file in the audit chain.
AuditActor crlActor()
{
    return AuditActor{std::nullopt, QStringLiteral("server"), QString(), QStringLiteral("CRL file")};
}

} // namespace

CertificateGuard::CertificateGuard(Poco::Net::Context& context, store::Database& db, const Clock& clock,
                                   std::string crlFile)
    : m_context(context), m_db(db), m_clock(clock), m_crlFile(std::move(crlFile))
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

std::optional<std::string> CertificateGuard::admit(const CrlSet& set)
{
    QSqlDatabase db = m_db.connection();
    AccountStore store(db);
    UnitOfWork work(db, m_clock, crlActor());
    const QDateTime now = work.now();
    const std::string highest = store.highestCrlNumber().toStdString();
    const BigNum seen = decimal(highest);
    const BigNum mine = decimal(set.number);
    if (seen && (!mine || BN_cmp(mine.get(), seen.get()) < 0)) {
        const std::string why = "CRL number " + (set.number.empty() ? std::string("(none)") : set.number) +
                                " is lower than " + highest +
                                ", the highest seen: a rolled-back CRL is refused";
        work.audit(QStringLiteral("certificate.crl_refused"),
                   QStringLiteral("crl:") + QString::fromStdString(set.number), QStringLiteral("denied"),
                   QString::fromStdString(why));
        work.commit();
        return why;
    }
    if (mine && (!seen || BN_cmp(mine.get(), seen.get()) > 0))
        store.setHighestCrlNumber(QString::fromStdString(set.number), now);
    // The CA's revocation becomes the database's too: it stays if the file is ever lost.
    for (const auto& c : store.allCertificates()) {
        if (c.status != QLatin1String("active") ||
            !set.entries.count(
                {c.certificate.issuer.toStdString(), c.certificate.serial.toUpper().toStdString()}))
            continue;
        const QString reason =
            QStringLiteral("CA 吊销（CRL 第 %1 号）").arg(QString::fromStdString(set.number));
        store.revokeCertificate(c.id, reason, now);
        const int ended = store.endSessionsOfCertificate(c.certificate.fingerprint,
                                                         QStringLiteral("certificate revoked"), now);
        work.audit(QStringLiteral("certificate.revoke"), QStringLiteral("certificate:%1").arg(c.id),
                   QStringLiteral("ok"),
                   QStringLiteral("serial=%1 listed in the CA's CRL number %2; sessions_ended=%3")
                       .arg(c.certificate.serial, QString::fromStdString(set.number))
                       .arg(ended));
    }
    work.commit();
    return std::nullopt;
}

void CertificateGuard::install(std::shared_ptr<const CrlSet> set, const FileStamp& stamp)
{
    {
        std::lock_guard lock(m_mutex);
        m_crls = std::move(set);
        m_stamp = stamp;
        m_refusedStamp.reset();
        ++m_reloads;
    }
    flushSessions();
}

void CertificateGuard::reloadCrl()
{
    std::lock_guard reload(m_reloadMutex);
    const auto before = stamp();
    auto set = readCrls(m_crlFile);
    if (!set || !before)
        throw std::runtime_error("TLS configuration: cannot load CRL " + m_crlFile);
    if (const auto why = admit(*set))
        throw std::runtime_error("TLS configuration: CRL " + m_crlFile + ": " + *why);
    install(std::move(set), *before);
}

bool CertificateGuard::reloadCrlIfChanged()
{
    const auto now = stamp();
    auto unchanged = [&] {
        std::lock_guard lock(m_mutex);
        return !now || *now == m_stamp || (m_refusedStamp && *now == *m_refusedStamp);
    };
    if (unchanged())
        return false;
    std::lock_guard reload(m_reloadMutex);
    if (unchanged()) // another thread did it meanwhile
        return false;
    auto set = readCrls(m_crlFile);
    if (!set) {
        logger().warning("CRL %s changed but cannot be read; keeping the previous one", m_crlFile);
        return false;
    }
    try {
        if (const auto why = admit(*set)) {
            logger().error("CRL %s refused, keeping the previous one: %s", m_crlFile, *why);
            std::lock_guard lock(m_mutex);
            m_refusedStamp = *now;
            return false;
        }
    } catch (const std::exception& e) {
        // Cannot tell whether it is a rollback: keep the previous CRL and try again next time.
        logger().error("CRL %s not reloaded: %s", m_crlFile, std::string(e.what()));
        return false;
    }
    install(std::move(set), *now);
    logger().information("CRL %s reloaded", m_crlFile);
    return true;
}

std::optional<std::string> CertificateGuard::revocationOf(const std::string& issuer,
                                                          const std::string& serial,
                                                          const std::string& fingerprint)
{
    reloadCrlIfChanged();
    if (const auto crls = currentCrls(); crls && crls->entries.count({issuer, serial}))
        return std::string("CRL");
    QSqlDatabase db = m_db.connection();
    if (AccountStore(db).certificateRevoked(QString::fromStdString(fingerprint)))
        return std::string("console");
    return std::nullopt;
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
    if (const auto crls = currentCrls())
        for (const auto& [issuer, serial] : crls->entries)
            out.insert(serial);
    return out;
}

std::string CertificateGuard::crlNumber() const
{
    const auto crls = currentCrls();
    return crls ? crls->number : std::string();
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
