// Reads an imported certificate file (PEM or DER) for binding to an account.
// Only a certificate is accepted: a file carrying a private key (PEM key
// blocks, PKCS#12 bundles, bare DER keys) is refused, because a private key
// must never leave its holder (SPEC §8: certificates are personal).
#pragma once

#include "domain/auth/AccountStore.h"

#include <QByteArray>
#include <memory>

using X509 = struct x509_st;

namespace cp::server {

struct ParsedCertificate
{
    CertificateBinding binding;
    std::shared_ptr<X509> x509; // for the chain check against the server's CA
};

/// Throws DomainError VALIDATION_FAILED (field "certificate", details.reason
/// PRIVATE_KEY_PRESENT | NOT_A_CERTIFICATE | SEVERAL_CERTIFICATES) with a zh_CN message.
ParsedCertificate parseCertificateFile(const QByteArray& content);

} // namespace cp::server
