#include "domain/audit/AuditAnchors.h"

#include "Protocol.h"
#include "domain/Sql.h"
#include "domain/audit/AuditCheckpoints.h"
#include "domain/audit/AuditKey.h"

#include <QSqlQuery>
#include <openssl/crypto.h>

#include <algorithm>

namespace cp::server {
namespace {

struct Anchor
{
    QString source; // where the head was recorded, for the report
    qint64 seq = 0;
    QString link;
};

bool same(const QString& a, const QString& b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

/// Collects the valid anchors; the first forged one (if any) goes to *forged.
struct Collected
{
    QList<Anchor> anchors;
    QString forged;
    qint64 forgedSeq = 0;
    qint64 checkpoints = 0, backups = 0, exports = 0;
    bool checkpointFileMissing = false;
};

void fromCheckpointFile(const AuditTrust& trust, Collected& out)
{
    if (trust.checkpointFile.isEmpty() || !trust.key)
        return;
    const AuditCheckpointFile file(trust.checkpointFile);
    const auto lines = file.read(*trust.key);
    out.checkpointFileMissing = lines.isEmpty();
    for (const AuditCheckpoint& c : lines) {
        const QString source = QStringLiteral("checkpoint %1 line %2 (%3)")
                                   .arg(file.path(), QString::number(c.line),
                                        c.at.isValid() ? protocol::toWireTime(c.at) : QStringLiteral("?"));
        if (!c.signatureOk) {
            if (out.forged.isEmpty()) {
                out.forged =
                    source + QStringLiteral(": the line is damaged or its signature does not verify");
                out.forgedSeq = c.seq;
            }
            continue;
        }
        ++out.checkpoints;
        out.anchors.append({source, c.seq, c.link});
    }
}

void fromBackups(QSqlDatabase& db, const AuditKey& key, Collected& out)
{
    auto q = sql::select(
        db, QStringLiteral("SELECT id, file_name, audit_head_seq, audit_head_link, audit_head_mac "
                           "FROM backups WHERE audit_head_link <> '' ORDER BY id"));
    while (q.next()) {
        const QString fileName = q.text("file_name");
        const QString source = QStringLiteral("backup %1 (%2)").arg(q.text("id"), fileName);
        const qint64 seq = q.integer("audit_head_seq");
        const QString link = q.text("audit_head_link");
        if (!same(q.text("audit_head_mac"), AuditAnchors::backupHeadMac(key, fileName, seq, link))) {
            if (out.forged.isEmpty()) {
                out.forged = source + QStringLiteral(": the recorded head's MAC does not verify");
                out.forgedSeq = seq;
            }
            continue;
        }
        ++out.backups;
        out.anchors.append({source, seq, link});
    }
}

void fromExports(QSqlDatabase& db, const AuditKey& key, Collected& out)
{
    auto q = sql::select(
        db, QStringLiteral("SELECT number, sha256, signature, head_seq, head_link FROM audit_exports "
                           "WHERE signature_version = 2 ORDER BY id"));
    while (q.next()) {
        const QString number = q.text("number");
        const QString source = QStringLiteral("audit export %1").arg(number);
        const qint64 seq = q.integer("head_seq");
        const QString link = q.text("head_link");
        if (!same(q.text("signature"),
                  AuditAnchors::exportSignature(key, number, q.text("sha256"), seq, link))) {
            if (out.forged.isEmpty()) {
                out.forged = source + QStringLiteral(": its signature does not verify");
                out.forgedSeq = seq;
            }
            continue;
        }
        ++out.exports;
        out.anchors.append({source, seq, link});
    }
}

} // namespace

QString AuditAnchors::backupHeadMac(const AuditKey& key, const QString& fileName, qint64 seq,
                                    const QString& link)
{
    return key.labelledMac(
        "backup-head",
        (fileName + QLatin1Char('\n') + QString::number(seq) + QLatin1Char('\n') + link).toUtf8());
}

QString AuditAnchors::exportSignature(const AuditKey& key, const QString& number, const QString& sha256,
                                      qint64 headSeq, const QString& headLink)
{
    return key.labelledMac("export", (number + QLatin1Char('\n') + sha256 + QLatin1Char('\n') +
                                      QString::number(headSeq) + QLatin1Char('\n') + headLink)
                                         .toUtf8());
}

AuditVerification AuditAnchors::verify(QSqlDatabase& db)
{
    AuditVerification v = AuditLog::verify(db);
    const AuditTrust trust = auditTrust();
    Collected c;
    fromCheckpointFile(trust, c);
    if (trust.key) {
        fromBackups(db, *trust.key, c);
        fromExports(db, *trust.key, c);
    }
    v.checkpoints = c.checkpoints;
    v.backupHeads = c.backups;
    v.exportHeads = c.exports;

    // Compared with what is stored, whether or not the links verify: the earliest
    // anchor that disagrees says from where the chain is not what was recorded.
    const AuditLog::Head head = AuditLog::head(db);
    std::sort(c.anchors.begin(), c.anchors.end(),
              [](const Anchor& a, const Anchor& b) { return a.seq < b.seq; });
    qint64 disagreeing = 0;
    for (const Anchor& a : std::as_const(c.anchors)) {
        QString problem;
        if (a.seq > head.seq)
            problem =
                QStringLiteral("%1 records entry %2, but the chain ends at entry %3 (entries were removed)")
                    .arg(a.source, QString::number(a.seq), QString::number(head.seq));
        else if (a.seq > 0 && !same(AuditLog::storedLink(db, a.seq).value_or(QString()), a.link))
            problem =
                QStringLiteral("entry %1 is not the one %2 records (the chain was cut back and rewritten)")
                    .arg(QString::number(a.seq), a.source);
        if (problem.isEmpty())
            continue;
        if (disagreeing++ == 0) {
            v.anchorProblem = problem;
            v.anchorSeq = a.seq;
        }
    }
    if (disagreeing > 1)
        v.anchorProblem += QStringLiteral("; %1 more anchors disagree").arg(disagreeing - 1);

    if (v.status != QLatin1String("broken")) {
        if (!c.forged.isEmpty()) {
            v.status = QStringLiteral("anchor_invalid");
            v.anchorProblem = c.forged;
            v.anchorSeq = c.forgedSeq;
        } else if (disagreeing > 0) {
            v.status = QStringLiteral("truncated");
        } else if (c.checkpointFileMissing && head.seq > 0) {
            v.status = QStringLiteral("checkpoints_missing");
            v.anchorProblem =
                QStringLiteral("the checkpoint file %1 is missing or empty, so a cut-off end of the "
                               "chain cannot be ruled out; compare with the auditor's copy")
                    .arg(trust.checkpointFile);
        }
    }
    v.ok = v.status == QLatin1String("ok");
    if (!v.ok && v.reason.isEmpty())
        v.reason = v.anchorProblem;
    return v;
}

} // namespace cp::server
