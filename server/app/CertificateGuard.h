// Certificate revocation that takes effect at once, without a restart
// (SPEC §8: lost or lent certificates are revoked; seed 004 附件3).
//
// Installed on the server's SSL_CTX, it wraps X509_verify_cert
// (SSL_CTX_set_cert_verify_callback): every full handshake is verified against
// the CRL file as it is *now* and then refused if the database marks the
// client certificate revoked (the admin console's revocation). A client-hello
// callback notices a replaced CRL file (mtime, size, inode) before session
// resumption is decided, reloads it and flushes the session cache, so a
// cached session cannot skip the new check. Session tickets are off: every
// resumable session lives in the server's cache, which a revocation flushes.
//
// Attack review (issue 11) finding 7: a CRL-listed certificate kept working on a
// connection opened before the CRL changed. Now the router asks the guard on every
// request (refuseIfRevoked: the file is re-read if it changed, then the CRL in force
// and the database decide); a (re)loaded CRL marks the listed certificates revoked
// in the database (sessions ended, audited), so the revocation outlives the file; and
// a CRL whose CRL number is lower than the highest seen (kept in the database) is
// refused — at start-up the server does not start — so rolling the file back cannot
// un-revoke anyone.
#pragma once

#include <Poco/Net/Context.h>

#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <sys/types.h>

using X509 = struct x509_st;

namespace Poco::Net {
class HTTPServerRequest;
}

namespace cp::store {
class Database;
}

namespace cp::server {

class Clock;

class CertificateGuard
{
  public:
    /// Throws std::runtime_error if the CRL file cannot be read or is older than one seen before.
    CertificateGuard(Poco::Net::Context& context, store::Database& db, const Clock& clock,
                     std::string crlFile);
    ~CertificateGuard(); // detaches from the context
    CertificateGuard(const CertificateGuard&) = delete;
    CertificateGuard& operator=(const CertificateGuard&) = delete;

    /// The guard of the context that served this request (nullptr if none).
    static CertificateGuard* ofRequest(Poco::Net::HTTPServerRequest& request);

    /// Re-reads the CRL file if it changed since the last read; true if it was reloaded.
    /// An unreadable file or one with a lower CRL number is refused: the previous CRL stays.
    bool reloadCrlIfChanged();
    /// Re-reads the CRL file now. Throws std::runtime_error if it is unreadable or rolled back.
    void reloadCrl();

    /// Why this peer certificate may not be used now ("CRL" or "console"), if so: the CRL
    /// file as it is now (re-read if it changed) and the revocations in the database.
    std::optional<std::string> revocationOf(const std::string& issuer, const std::string& serial,
                                            const std::string& fingerprint);
    /// Forgets every cached TLS session: the next connection of each client is a full handshake.
    void flushSessions();

    /// Checks a certificate being imported against the CA and the current CRL;
    /// the OpenSSL reason when it does not verify.
    std::optional<std::string> verifyImported(X509* certificate);

    long crlReloads() const;
    /// Serial numbers (uppercase hex, as bound certificates record them) listed in the current CRL.
    std::set<std::string> crlSerials() const;
    /// CRL number of the file in force (decimal; empty if it has none).
    std::string crlNumber() const;

    struct CrlSet; // the CRLs of the file as last read

  private:
    struct FileStamp
    {
        time_t mtimeSec = 0;
        long mtimeNsec = 0;
        off_t size = -1;
        ino_t inode = 0;
        bool operator==(const FileStamp&) const = default;
    };
    static int verifyCallback(struct x509_store_ctx_st* ctx, void* arg);
    static int clientHelloCallback(struct ssl_st* ssl, int* alert, void* arg);
    std::shared_ptr<const CrlSet> currentCrls() const;
    std::optional<FileStamp> stamp() const;
    /// Refuses a CRL numbered below the highest seen; records its number; marks its entries
    /// revoked in the database. Empty = accepted, else why not. Call with m_reloadMutex held.
    std::optional<std::string> admit(const CrlSet& set);
    void install(std::shared_ptr<const CrlSet> set, const FileStamp& stamp);

    Poco::Net::Context& m_context;
    store::Database& m_db;
    const Clock& m_clock;
    std::string m_crlFile;
    std::mutex m_reloadMutex; // one reload (file + database) at a time
    mutable std::mutex m_mutex;
    std::shared_ptr<const CrlSet> m_crls;
    FileStamp m_stamp;
    std::optional<FileStamp> m_refusedStamp; // a file refused as is: not re-read until it changes
    long m_reloads = 0;
};

} // namespace cp::server
