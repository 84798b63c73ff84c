// The server's TLS context: TLS 1.2+, a client certificate is required and
// verified against the private CA and its CRL before any handler runs.
#pragma once

#include "app/ServerConfig.h"

#include <Poco/Net/Context.h>

namespace cp::server {

/// Builds the mutual-TLS server context. Throws std::runtime_error with a
/// readable reason (missing file, bad key, unreadable CRL).
Poco::Net::Context::Ptr makeServerContext(const TlsConfig& tls);

/// Loads (or re-loads) the CRL into the context's certificate store and turns
/// on CRL checking for the whole chain. Later handshakes use it.
void loadCrl(Poco::Net::Context& ctx, const std::string& crlFile);

/// SHA-256 over the DER encoding, lowercase hex: how certificates are bound to accounts.
std::string certificateFingerprint(const Poco::Crypto::X509Certificate& cert);

} // namespace cp::server
