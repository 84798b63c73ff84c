// Signed checkpoints of the audit chain head, written OUTSIDE the database
// (attack review, issue 11, finding 4). Whoever holds the database key can cut
// entries off the end of the chain and leave a chain that verifies; a line here
// says "entry <seq> had link <link> at <time>", signed with the Ed25519 key
// derived from the audit key, so the cut shows when the chain is compared with
// the file (AuditAnchors). The file only grows (O_APPEND, one line per write);
// the security auditor collects it, with audit-checkpoint-public.pem, and can
// check every line offline:
//   line="$(grep ' seq=123 ' audit-checkpoints.log)"
//   printf '%s' "${line% sig=*}" > msg; printf '%s' "${line##* sig=}" | xxd -r -p > sig
//   openssl pkeyutl -verify -pubin -inkey audit-checkpoint-public.pem -rawin -in msg -sigfile sig
//
// AuditCheckpointer decides when: every N entries or every M minutes on the
// injected clock (when the head moved), at start-up and at clean shutdown.
#pragma once

#include "domain/Clock.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <mutex>
#include <optional>

namespace cp::store {
class Database;
}

namespace cp::server {

class AuditKey;

struct AuditCheckpoint
{
    int line = 0; // 1-based line of the file
    qint64 seq = 0;
    QString link;
    QString alg; // of the head entry; "genesis" for an empty chain
    QDateTime at;
    bool signatureOk = false;
};

class AuditCheckpointFile
{
  public:
    static constexpr auto kFileName = "audit-checkpoints.log";
    static constexpr auto kPublicKeyName = "audit-checkpoint-public.pem";

    explicit AuditCheckpointFile(QString path) : m_path(std::move(path)) {}

    /// Appends one signed line (one write with O_APPEND, then fsync). Creates the
    /// directory (0750) and the file (0640) if missing. Throws std::runtime_error.
    AuditCheckpoint append(const AuditKey& key, qint64 seq, const QString& link, const QString& alg,
                           const QDateTime& at);
    /// Every line, each with its signature checked. A missing file is an empty list.
    QList<AuditCheckpoint> read(const AuditKey& key) const;
    bool exists() const;
    /// Writes the public key (PEM) next to the file if it is not there yet; returns its path.
    QString publishPublicKey(const AuditKey& key) const;
    const QString& path() const { return m_path; }

  private:
    QString m_path;
};

struct CheckpointPolicy
{
    int everyEntries = 500;
    int everyMinutes = 60;
};

class AuditCheckpointer
{
  public:
    /// Uses the installed AuditTrust (key and file); does nothing when no file is configured.
    AuditCheckpointer(store::Database& db, const Clock& clock, CheckpointPolicy policy);

    /// A checkpoint if everyEntries new entries, or everyMinutes with at least one, since the last.
    std::optional<AuditCheckpoint> tick();
    /// A checkpoint if the head is not the last one written (start-up, shutdown, CLI commands).
    std::optional<AuditCheckpoint> flush();

  private:
    std::optional<AuditCheckpoint> write(bool onlyWhenDue);

    store::Database& m_db;
    const Clock& m_clock;
    CheckpointPolicy m_policy;
    std::mutex m_mutex;
    std::optional<AuditCheckpoint> m_last; // the file's last valid line, then ours
    bool m_lastRead = false;
};

} // namespace cp::server
