// The audit chain's secret (attack review, issue 11, finding 4). Each entry's link
// is an HMAC over the previous link and the entry, keyed with a key that lives in
// its own file (audit.keyFile: mode 0400/0600, owned by the service user), never in
// the database: whoever holds only the database key can read the chain but can no
// longer re-link it after an edit. HMAC-SHA256 or HMAC-SM3 (GB/T 32905), both
// through OpenSSL 3's EVP_MAC; the algorithm is recorded per entry.
//
// Derived from the same key, each under its own label: the Ed25519 key that signs
// checkpoints of the chain head written outside the database (AuditCheckpoints;
// its public half goes to the auditor), and the MAC keys of backup-head records
// and of audit-export signatures.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

namespace cp::server {

/// The hash under the chain's HMAC, chosen by audit.hash.
enum class AuditHash { Sha256, Sm3 };

QString toCode(AuditHash hash);                                  // "sha256" | "sm3"
std::optional<AuditHash> auditHashFromCode(const QString& code); // nullopt if unknown

class AuditKey
{
  public:
    /// keyHex: 64 hex characters (the format of every key file). Throws std::runtime_error
    /// on a malformed key or when OpenSSL lacks the algorithm.
    AuditKey(QByteArray keyHex, AuditHash hashForNewEntries);
    ~AuditKey();
    AuditKey(const AuditKey&) = delete;
    AuditKey& operator=(const AuditKey&) = delete;

    /// Reads the key file (store::loadKeyFile: regular file, 0600/0400, owned by us).
    static std::shared_ptr<const AuditKey> load(const QString& keyFile, AuditHash hashForNewEntries);

    AuditHash hashForNewEntries() const { return m_hash; }
    /// HMAC-<hash>(chain key, data) in lowercase hex (64 characters for both hashes).
    QString chainMac(AuditHash hash, QByteArrayView data) const;
    /// HMAC-SHA256 with the key derived for `label` (e.g. "backup-head", "export"), hex.
    QString labelledMac(QByteArrayView label, QByteArrayView data) const;

    /// Ed25519 signature (hex) of a checkpoint line, and its check with the public half.
    QString signCheckpoint(QByteArrayView message) const;
    bool verifyCheckpoint(QByteArrayView message, const QString& signatureHex) const;
    /// The public half as PEM (SubjectPublicKeyInfo) for the auditor, and its SHA-256 in hex.
    QByteArray checkpointPublicKeyPem() const;
    QString checkpointPublicKeyFingerprint() const;

    /// True if otherKeyHex is this key (the audit key must differ from every other key).
    bool sameAs(const QByteArray& otherKeyHex) const;

    /// Plain digests and HMACs through EVP (exposed for tests: GB/T 32905 vectors).
    static QByteArray digest(AuditHash hash, QByteArrayView data);
    static QByteArray hmac(AuditHash hash, QByteArrayView key, QByteArrayView data);

  private:
    struct SigningKey;
    QByteArray m_key; // 32 raw bytes
    AuditHash m_hash;
    std::unique_ptr<SigningKey> m_signing;
};

/// What every audit append and check in this process uses. Set at start-up by the
/// server and by each CLI command, before worker threads run; tests set their own.
struct AuditTrust
{
    std::shared_ptr<const AuditKey> key; // null: appends are refused
    QString checkpointFile;              // empty: no checkpoints written or compared
};
void installAuditTrust(AuditTrust trust);
AuditTrust auditTrust();

} // namespace cp::server
