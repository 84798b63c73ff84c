// The files of an audit export 审计报告 (seed 004 附件3): the CSV exactly as the
// server signed it, its detached signature file, and a printable PDF with the
// same number, period, hash and signature. A later check re-hashes the CSV and
// asks the server whether number, hash and signature belong together.
#pragma once

#include "AuditProtocol.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace cp::client {

struct AuditExportPaths
{
    QString csv; // <dir>/<number>.csv
    QString sig; // <dir>/<number>.csv.sig
    QString pdf; // <dir>/<number>.pdf
};

/// What a signature file says about its CSV.
struct AuditSignatureFile
{
    QString number;
    QString sha256;
    QString signature;
};

class AuditExportFiles
{
    Q_DECLARE_TR_FUNCTIONS(AuditExportFiles)
  public:
    /// Writes the three files into dir; nullopt with *error set if one cannot be written.
    static std::optional<AuditExportPaths> write(const cp::protocol::AuditExport& e, const QString& dir,
                                                 QString* error);
    /// Reads a signature file; nullopt if it is not one.
    static std::optional<AuditSignatureFile> readSignature(const QString& sigPath);
    /// SHA-256 of a file's bytes, lowercase hex ("" if unreadable).
    static QString sha256Of(const QString& path);
    /// The PDF rows at most (the CSV always holds every entry).
    static constexpr int kPdfRowLimit = 2000;

  private:
    static bool writePdf(const cp::protocol::AuditExport& e, const QString& path);
};

} // namespace cp::client
