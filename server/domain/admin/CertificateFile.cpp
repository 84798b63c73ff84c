#include "domain/admin/CertificateFile.h"

#include "domain/DomainError.h"
#include "domain/auth/AuthService.h"

#include <Poco/Crypto/X509Certificate.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace cp::server {
namespace {

[[noreturn]] void refuse(const QString& reason, const QString& message)
{
    throw DomainError(protocol::ErrorCode::ValidationFailed, message,
                      QJsonObject{{QStringLiteral("field"), QStringLiteral("certificate")},
                                  {QStringLiteral("reason"), reason}});
}

std::shared_ptr<X509> fromPem(const QByteArray& content)
{
    // Every PEM block must be a certificate, and there must be exactly one.
    int certificates = 0;
    qsizetype at = 0;
    while ((at = content.indexOf("-----BEGIN ", at)) >= 0) {
        const qsizetype end = content.indexOf("-----", at + 11);
        const QByteArray label = content.mid(at + 11, end < 0 ? -1 : end - at - 11);
        if (label != "CERTIFICATE" && label != "X509 CERTIFICATE" && label != "TRUSTED CERTIFICATE")
            refuse(QStringLiteral("NOT_A_CERTIFICATE"),
                   QStringLiteral("文件中含有证书以外的内容（%1），只能导入证书文件。")
                       .arg(QString::fromLatin1(label)));
        ++certificates;
        at = end < 0 ? content.size() : end + 5;
    }
    if (certificates > 1)
        refuse(QStringLiteral("SEVERAL_CERTIFICATES"),
               QStringLiteral("文件中含有多张证书，请一次导入一张个人证书。"));
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(content.constData(), int(content.size())),
                                                  &BIO_free);
    X509* x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    return x ? std::shared_ptr<X509>(x, &X509_free) : nullptr;
}

std::shared_ptr<X509> fromDer(const QByteArray& content)
{
    const auto* p = reinterpret_cast<const unsigned char*>(content.constData());
    X509* x = d2i_X509(nullptr, &p, long(content.size()));
    if (!x)
        return nullptr;
    std::shared_ptr<X509> owned(x, &X509_free);
    // Trailing bytes after the certificate: not a plain certificate file.
    if (p != reinterpret_cast<const unsigned char*>(content.constData()) + content.size())
        return nullptr;
    return owned;
}

} // namespace

ParsedCertificate parseCertificateFile(const QByteArray& content)
{
    if (content.isEmpty())
        refuse(QStringLiteral("NOT_A_CERTIFICATE"), QStringLiteral("请选择证书文件。"));
    if (content.size() > 64 * 1024)
        refuse(QStringLiteral("NOT_A_CERTIFICATE"), QStringLiteral("证书文件过大，不是单张证书。"));
    if (content.contains("PRIVATE KEY"))
        refuse(QStringLiteral("PRIVATE_KEY_PRESENT"),
               QStringLiteral(
                   "文件中含有私钥，拒绝导入：私钥只能由持证人保管，请只导入证书（.pem/.cer/.der）。"));
    const bool pem = content.contains("-----BEGIN ");
    std::shared_ptr<X509> x = pem ? fromPem(content) : fromDer(content);
    if (!x) {
        // A DER private key or a PKCS#12 bundle is refused as such, not as "unreadable".
        const auto* p = reinterpret_cast<const unsigned char*>(content.constData());
        if (EVP_PKEY* key = d2i_AutoPrivateKey(nullptr, &p, long(content.size()))) {
            EVP_PKEY_free(key);
            refuse(QStringLiteral("PRIVATE_KEY_PRESENT"),
                   QStringLiteral("文件是私钥，拒绝导入：只能导入证书。"));
        }
        p = reinterpret_cast<const unsigned char*>(content.constData());
        if (PKCS12* p12 = d2i_PKCS12(nullptr, &p, long(content.size()))) {
            PKCS12_free(p12);
            refuse(QStringLiteral("PRIVATE_KEY_PRESENT"),
                   QStringLiteral("文件是含私钥的 PKCS#12 证书包，拒绝导入：只能导入证书本身。"));
        }
        refuse(QStringLiteral("NOT_A_CERTIFICATE"),
               QStringLiteral("无法读取证书：文件不是 PEM 或 DER 格式的 X.509 证书。"));
    }
    X509_up_ref(x.get()); // Poco's X509Certificate takes one reference
    const Poco::Crypto::X509Certificate poco(x.get());
    return {AuthService::bindingOf(poco), x};
}

} // namespace cp::server
