#include "domain/auth/PasswordHasher.h"

#include <QByteArray>
#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace cp::server {
namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(b.data()), n) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return b;
}

QByteArray derive(const QString& password, const QByteArray& salt, const ScryptCost& c)
{
    QByteArray pw = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << c.log2N;
    // maxmem must cover 128 * N * r * p bytes plus slack, or OpenSSL refuses.
    const uint64_t maxmem = 128ull * n * uint64_t(c.r) * uint64_t(c.p) + (64ull << 20);
    const int rc = EVP_PBE_scrypt(pw.constData(), size_t(pw.size()),
                                  reinterpret_cast<const unsigned char*>(salt.constData()),
                                  size_t(salt.size()), n, uint64_t(c.r), uint64_t(c.p), maxmem,
                                  reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()));
    OPENSSL_cleanse(pw.data(), size_t(pw.size()));
    if (rc != 1)
        throw std::runtime_error("scrypt failed");
    return out;
}

} // namespace

QString PasswordHasher::hash(const QString& password, const ScryptCost& cost)
{
    const QByteArray salt = randomBytes(kSaltBytes);
    const QByteArray h = derive(password, salt, cost);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(cost.log2N)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(h.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt"))
        return false;
    bool ok1 = false, ok2 = false, ok3 = false;
    ScryptCost c{parts[1].toInt(&ok1), parts[2].toInt(&ok2), parts[3].toInt(&ok3)};
    if (!ok1 || !ok2 || !ok3 || c.log2N < 10 || c.log2N > 22 || c.r < 1 || c.r > 32 || c.p < 1 || c.p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    if (salt.size() < 8 || expected.size() != kHashBytes)
        return false;
    const QByteArray actual = derive(password, salt, c);
    return CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(kHashBytes)) == 0;
}

QString PasswordHasher::generateInitialPassword()
{
    // No look-alike characters (0/O, 1/l/I): it is read off paper.
    static const QString letters = QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    static const QString special = QStringLiteral("#%+=@!?");
    const QString all = letters + digits + special;
    const QByteArray r = randomBytes(16);
    QString pw;
    for (int i = 0; i < 13; ++i)
        pw += all.at(uchar(r[i]) % all.size());
    // Guarantee each class, at positions chosen by the random bytes too.
    pw += letters.at(uchar(r[13]) % letters.size());
    pw += digits.at(uchar(r[14]) % digits.size());
    pw += special.at(uchar(r[15]) % special.size());
    return pw;
}

} // namespace cp::server
