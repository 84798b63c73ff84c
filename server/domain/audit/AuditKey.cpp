#include "domain/audit/AuditKey.h"

#include "store/Database.h"

#include <QCryptographicHash>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <mutex>
#include <stdexcept>

namespace cp::server {
namespace {

const char* digestName(AuditHash hash)
{
    return hash == AuditHash::Sm3 ? "SM3" : "SHA256";
}

[[noreturn]] void opensslFailed(const char* what)
{
    throw std::runtime_error(std::string("OpenSSL: ") + what);
}

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

QString hex(const QByteArray& raw)
{
    return QString::fromLatin1(raw.toHex());
}

// EVP_MAC "HMAC" fetched once; a fetched algorithm may be shared between threads.
EVP_MAC* hmacAlgorithm()
{
    static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        opensslFailed("HMAC is not available");
    return mac;
}

std::mutex trustMutex;
AuditTrust installed; // guarded by trustMutex

} // namespace

QString toCode(AuditHash hash)
{
    return hash == AuditHash::Sm3 ? QStringLiteral("sm3") : QStringLiteral("sha256");
}

std::optional<AuditHash> auditHashFromCode(const QString& code)
{
    if (code == QLatin1String("sha256"))
        return AuditHash::Sha256;
    if (code == QLatin1String("sm3"))
        return AuditHash::Sm3;
    return std::nullopt;
}

QByteArray AuditKey::digest(AuditHash hash, QByteArrayView data)
{
    EVP_MD* md = EVP_MD_fetch(nullptr, digestName(hash), nullptr);
    if (!md)
        opensslFailed("digest not available");
    QByteArray out(EVP_MD_get_size(md), Qt::Uninitialized);
    unsigned int size = 0;
    const int ok = EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()),
                              &size, md, nullptr);
    EVP_MD_free(md);
    if (ok != 1)
        opensslFailed("digest failed");
    out.resize(qsizetype(size));
    return out;
}

QByteArray AuditKey::hmac(AuditHash hash, QByteArrayView key, QByteArrayView data)
{
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(hmacAlgorithm());
    if (!ctx)
        opensslFailed("cannot create an HMAC context");
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName(hash)), 0),
        OSSL_PARAM_construct_end()};
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t size = 0;
    const bool ok =
        EVP_MAC_init(ctx, bytes(key), size_t(key.size()), params) == 1 &&
        EVP_MAC_update(ctx, bytes(data), size_t(data.size())) == 1 &&
        EVP_MAC_final(ctx, reinterpret_cast<unsigned char*>(out.data()), &size, size_t(out.size())) == 1;
    EVP_MAC_CTX_free(ctx);
    if (!ok)
        opensslFailed("HMAC failed");
    out.resize(qsizetype(size));
    return out;
}

struct AuditKey::SigningKey
{
    EVP_PKEY* key = nullptr;
    ~SigningKey() { EVP_PKEY_free(key); }
};

AuditKey::AuditKey(QByteArray keyHex, AuditHash hashForNewEntries)
    : m_hash(hashForNewEntries), m_signing(std::make_unique<SigningKey>())
{
    if (!store::isValidKeyHex(keyHex)) {
        store::wipe(keyHex);
        throw std::runtime_error("the audit key must be 64 hexadecimal characters");
    }
    m_key = QByteArray::fromHex(keyHex);
    store::wipe(keyHex);
    digest(m_hash, "check"); // fails here, at start-up, if OpenSSL lacks SM3
    // The checkpoint key: an Ed25519 private key is any 32 bytes, so derive it.
    QByteArray seed = hmac(AuditHash::Sha256, m_key, "cp-audit-checkpoint-ed25519-v1");
    m_signing->key =
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size()));
    store::wipe(seed);
    if (!m_signing->key)
        opensslFailed("cannot make the Ed25519 checkpoint key");
}

AuditKey::~AuditKey()
{
    store::wipe(m_key);
}

std::shared_ptr<const AuditKey> AuditKey::load(const QString& keyFile, AuditHash hashForNewEntries)
{
    return std::make_shared<const AuditKey>(store::loadKeyFile(keyFile), hashForNewEntries);
}

QString AuditKey::chainMac(AuditHash hash, QByteArrayView data) const
{
    return hex(hmac(hash, m_key, data));
}

QString AuditKey::labelledMac(QByteArrayView label, QByteArrayView data) const
{
    QByteArray derived =
        hmac(AuditHash::Sha256, m_key, QByteArray("cp-audit-label-v1:") + label.toByteArray());
    const QString mac = hex(hmac(AuditHash::Sha256, derived, data));
    store::wipe(derived);
    return mac;
}

QString AuditKey::signCheckpoint(QByteArrayView message) const
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    QByteArray sig(64, Qt::Uninitialized);
    size_t size = size_t(sig.size());
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_signing->key) == 1 &&
                    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &size, bytes(message),
                                   size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        opensslFailed("cannot sign the checkpoint");
    sig.resize(qsizetype(size));
    return hex(sig);
}

bool AuditKey::verifyCheckpoint(QByteArrayView message, const QString& signatureHex) const
{
    const QByteArray sig = QByteArray::fromHex(signatureHex.toLatin1());
    if (sig.size() != 64 || hex(sig) != signatureHex)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    // Verified with the public half only, exactly as the auditor does offline.
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, m_signing->key) == 1 &&
        EVP_DigestVerify(ctx, bytes(sig), size_t(sig.size()), bytes(message), size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QByteArray AuditKey::checkpointPublicKeyPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    if (!bio || PEM_write_bio_PUBKEY(bio, m_signing->key) != 1) {
        BIO_free(bio);
        opensslFailed("cannot write the checkpoint public key");
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(size));
    BIO_free(bio);
    return pem;
}

QString AuditKey::checkpointPublicKeyFingerprint() const
{
    unsigned char raw[32];
    size_t size = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(m_signing->key, raw, &size) != 1)
        opensslFailed("cannot read the checkpoint public key");
    return hex(QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(raw), qsizetype(size)),
                                        QCryptographicHash::Sha256));
}

bool AuditKey::sameAs(const QByteArray& otherKeyHex) const
{
    if (!store::isValidKeyHex(otherKeyHex))
        return false;
    QByteArray other = QByteArray::fromHex(otherKeyHex);
    const bool same = other.size() == m_key.size() &&
                      CRYPTO_memcmp(other.constData(), m_key.constData(), size_t(m_key.size())) == 0;
    store::wipe(other);
    return same;
}

void installAuditTrust(AuditTrust trust)
{
    const std::lock_guard lock(trustMutex);
    installed = std::move(trust);
}

AuditTrust auditTrust()
{
    const std::lock_guard lock(trustMutex);
    return installed;
}

} // namespace cp::server
