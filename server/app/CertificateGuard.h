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

class CertificateGuard
{
  public:
    /// Throws std::runtime_error if the CRL file cannot be read.
    CertificateGuard(Poco::Net::Context& context, store::Database& db, std::string crlFile);
    ~CertificateGuard(); // detaches from the context
    CertificateGuard(const CertificateGuard&) = delete;
    CertificateGuard& operator=(const CertificateGuard&) = delete;

    /// The guard of the context that served this request (nullptr if none).
    static CertificateGuard* ofRequest(Poco::Net::HTTPServerRequest& request);

    /// Re-reads the CRL file if it changed since the last read; true if it was reloaded.
    bool reloadCrlIfChanged();
    /// Re-reads the CRL file now. Throws std::runtime_error if it is unreadable.
    void reloadCrl();
    /// Forgets every cached TLS session: the next connection of each client is a full handshake.
    void flushSessions();

    /// Checks a certificate being imported against the CA and the current CRL;
    /// the OpenSSL reason when it does not verify.
    std::optional<std::string> verifyImported(X509* certificate);

    long crlReloads() const;
    /// Serial numbers (uppercase hex, as bound certificates record them) listed in the current CRL.
    std::set<std::string> crlSerials() const;

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

    Poco::Net::Context& m_context;
    store::Database& m_db;
    std::string m_crlFile;
    mutable std::mutex m_mutex;
    std::shared_ptr<const CrlSet> m_crls;
    FileStamp m_stamp;
    long m_reloads = 0;
};

} // namespace cp::server
