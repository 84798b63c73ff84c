// Password hashing with scrypt from OpenSSL 3 (memory-hard, per-user salt).
// Stored form: "scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>", so the cost can
// be raised later without invalidating existing hashes.
#pragma once

#include <QString>

namespace cp::server {

struct ScryptCost
{
    int log2N = 16; // N = 65536, r = 8: 64 MiB per hash (OWASP minimum is 2^17/r8/p1 or 2^16/r8/p2)
    int r = 8;
    int p = 2;
};

class PasswordHasher
{
  public:
    static QString hash(const QString& password, const ScryptCost& cost = {});
    /// Constant-time comparison; false for a malformed stored hash.
    static bool verify(const QString& password, const QString& stored);
    /// Random password that satisfies the default policy (for one-time initial passwords).
    static QString generateInitialPassword();
};

} // namespace cp::server
