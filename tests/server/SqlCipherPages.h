// Reads an SQLCipher 3 database file and its -wal file back to plaintext pages
// with the raw key, so a test can look for bytes that must be gone (SPEC §9
// residual information) — the raw file is encrypted and would hide them anyway.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <openssl/evp.h>

namespace cp::test {

// SQLCipher 3 page layout with a raw key: every page is AES-256-CBC over
// [0 or 16 (page 1 keeps its salt) .. pageSize - reserve), the IV follows.
constexpr int kPageSize = 1024;
constexpr int kReserve = 48; // 16-byte IV + 20-byte HMAC-SHA1, rounded to the AES block

inline QByteArray decryptPage(const QByteArray& key, const QByteArray& page, bool first)
{
    const int offset = first ? 16 : 0;
    const int length = kPageSize - kReserve - offset;
    QByteArray out(length, '\0');
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int n = 0, m = 0;
    EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr,
                       reinterpret_cast<const unsigned char*>(key.constData()),
                       reinterpret_cast<const unsigned char*>(page.constData() + kPageSize - kReserve));
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &n,
                      reinterpret_cast<const unsigned char*>(page.constData() + offset), length);
    EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + n, &m);
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

/// The plaintext of every page in the database file and in its -wal file.
struct Plaintext
{
    QByteArray pages;
    bool headerValid = false; // page 1 decrypted to a SQLite header with our page size and reserve
};
inline Plaintext plaintextOf(const QString& path, const QByteArray& keyHex)
{
    const QByteArray key = QByteArray::fromHex(keyHex);
    Plaintext p;
    QFile db(path);
    if (db.open(QIODevice::ReadOnly)) {
        const QByteArray all = db.readAll();
        for (qsizetype off = 0; off + kPageSize <= all.size(); off += kPageSize) {
            const QByteArray page = decryptPage(key, all.mid(off, kPageSize), off == 0);
            if (off == 0) // header bytes 16.. : page size (big-endian), versions, reserved space
                p.headerValid =
                    quint8(page[0]) * 256 + quint8(page[1]) == kPageSize && quint8(page[4]) == kReserve;
            p.pages += page;
        }
    }
    QFile wal(path + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly)) {
        const QByteArray all = wal.readAll();
        for (qsizetype off = 32; off + 24 + kPageSize <= all.size(); off += 24 + kPageSize) {
            const quint32 pgno = (quint8(all[off]) << 24) | (quint8(all[off + 1]) << 16) |
                                 (quint8(all[off + 2]) << 8) | quint8(all[off + 3]);
            p.pages += decryptPage(key, all.mid(off + 24, kPageSize), pgno == 1);
        }
    }
    return p;
}

} // namespace cp::test
