#include "domain/audit/AuditReview.h"

#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/UnitOfWork.h"
#include "domain/audit/AuditAnchors.h"
#include "domain/audit/AuditKey.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <openssl/crypto.h>

namespace cp::server {
namespace {

using protocol::AuditEntryView;
using protocol::AuditFilter;

const QString kKeySetting = QStringLiteral("audit_export_signing_key"); // version 1 only
QString wire(const QDateTime& t)
{
    return t.isValid() ? protocol::toWireTime(t) : QString();
}

AuditEntry chainEntry(const AuditEntryView& v)
{
    AuditEntry e;
    e.seq = v.seq;
    e.at = v.at;
    e.event.actor = AuditActor{v.accountId, v.login, v.certSerial, v.workstation};
    e.event.action = v.action;
    e.event.target = v.target;
    e.event.outcome = v.outcome;
    e.event.detail = v.detail;
    e.prevHash = v.prevHash;
    e.hash = v.hash;
    return e;
}

QByteArray csvField(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + v.toUtf8() + '"';
}

bool sameText(const QString& a, const QString& b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

} // namespace

void AuditReview::validate(const AuditFilter& f)
{
    if (f.from.isValid() && f.to.isValid() && f.from >= f.to)
        throw DomainError::invalid(QStringLiteral("to"), QStringLiteral("结束时间应晚于开始时间。"));
    if (f.account.size() > 64)
        throw DomainError::invalid(QStringLiteral("account"), QStringLiteral("账号不能超过 64 个字符。"));
    static const QRegularExpression action(QStringLiteral("^[a-z0-9_.]{0,63}\\*?$"));
    if (!action.match(f.action).hasMatch())
        throw DomainError::invalid(
            QStringLiteral("action"),
            QStringLiteral("操作类型只能包含小写字母、数字、点和下划线，可以“*”结尾。"));
    static const QRegularExpression subject(
        QStringLiteral("^([0-9A-Za-z]{1,18}|[Ss][Uu][Bb][Jj][Ee][Cc][Tt]:[0-9]{1,18})$"));
    if (!f.subject.isEmpty() && !subject.match(f.subject).hasMatch())
        throw DomainError::invalid(
            QStringLiteral("subject"),
            QStringLiteral("查询对象应为证件号码、统一社会信用代码或“subject:编号”。"));
    static const QRegularExpression outcome(QStringLiteral("^[a-z_]{0,32}$"));
    if (!outcome.match(f.outcome).hasMatch())
        throw DomainError::invalid(QStringLiteral("outcome"),
                                   QStringLiteral("结果只能包含小写字母和下划线。"));
    if (f.untilSeq < 0)
        throw DomainError::invalid(QStringLiteral("untilSeq"), QStringLiteral("序号无效。"));
}

protocol::AuditPage AuditReview::search(const AuditFilter& filter, int page, int pageSize)
{
    validate(filter);
    if (page < 1)
        throw DomainError::invalid(QStringLiteral("page"), QStringLiteral("页码应从 1 开始。"));
    if (pageSize < 1 || pageSize > kMaxPageSize)
        throw DomainError::invalid(QStringLiteral("pageSize"),
                                   QStringLiteral("每页条数应在 1 到 %1 之间。").arg(kMaxPageSize));
    // The chain only grows: fixing the last seq makes the count and every page agree.
    protocol::AuditPage out;
    out.page = page;
    out.pageSize = pageSize;
    AuditFilter f = filter;
    out.headSeq = f.untilSeq > 0 ? f.untilSeq : m_store.headSeq();
    f.untilSeq = out.headSeq;
    out.total = m_store.count(f);
    out.entries = m_store.entries(f, true, pageSize, qint64(page - 1) * pageSize); // 64 bits: no overflow
    return out;
}

AuditEntryCheck AuditReview::entry(qint64 seq)
{
    const auto stored = m_store.entry(seq);
    if (!stored)
        throw DomainError(protocol::ErrorCode::NotFound, QStringLiteral("审计记录 %1 不存在。").arg(seq));
    AuditEntryCheck out;
    out.entry = stored->view;
    AuditEntry e = chainEntry(out.entry);
    e.alg = stored->alg;
    out.hashOk = protocol::toWireTime(out.entry.at) == stored->atText && AuditLog::linkOf(e) == e.hash;
    const QString expectedPrev =
        seq > 1 ? m_store.hashOf(seq - 1) : QString::fromLatin1(AuditLog::kGenesisHash);
    out.linkOk = !expectedPrev.isEmpty() && out.entry.prevHash == expectedPrev;
    return out;
}

protocol::AuditChainResult AuditReview::verify(const AuditActor& actor)
{
    // Read outside the write transaction (WAL: a snapshot, no lock), so verifying a long
    // chain never holds up the desks; only the short append below takes the write lock.
    const AuditVerification v = AuditAnchors::verify(m_db);
    UnitOfWork work(m_db, m_clock, actor);
    protocol::AuditChainResult r{v.ok,          v.entries,     v.firstBrokenSeq, v.reason,    v.headHash,
                                 work.now(),    v.status,      v.anchorProblem,  v.anchorSeq, v.checkpoints,
                                 v.backupHeads, v.exportHeads, v.legacyEntries};
    work.audit(QStringLiteral("audit.verify"), QStringLiteral("audit_log"),
               v.ok ? QStringLiteral("ok") : v.status,
               QJsonObject{{QStringLiteral("entries"), v.entries},
                           {QStringLiteral("firstBrokenSeq"), v.firstBrokenSeq},
                           {QStringLiteral("reason"), v.reason},
                           {QStringLiteral("headHash"), v.headHash},
                           {QStringLiteral("anchorSeq"), v.anchorSeq},
                           {QStringLiteral("anchors"), v.checkpoints + v.backupHeads + v.exportHeads}});
    work.commit();
    return r;
}

QByteArray AuditReview::csvOf(const QList<AuditEntryView>& entries)
{
    // No byte-order mark: the signed bytes must survive a round trip through JSON text unchanged.
    QByteArray out;
    const QStringList columns = protocol::auditCsvColumns();
    out += columns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const auto& e : entries) {
        const QStringList fields{QString::number(e.seq),
                                 wire(e.at),
                                 e.accountId ? QString::number(*e.accountId) : QString(),
                                 e.login,
                                 e.certSerial,
                                 e.workstation,
                                 e.action,
                                 e.target,
                                 e.outcome,
                                 e.detail,
                                 e.prevHash,
                                 e.hash};
        QByteArray line;
        for (const QString& f : fields) {
            if (!line.isEmpty())
                line += ',';
            line += csvField(f);
        }
        out += line + "\r\n";
    }
    return out;
}

QString AuditReview::signatureOf(const QByteArray& key, const QString& number, const QString& sha256)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash((number + QLatin1Char('\n') + sha256).toUtf8(), key,
                                         QCryptographicHash::Sha256)
            .toHex());
}

std::optional<QByteArray> AuditReview::legacySigningKey()
{
    if (const auto hex = m_store.setting(kKeySetting))
        return QByteArray::fromHex(hex->toLatin1());
    return std::nullopt;
}

protocol::AuditExport AuditReview::exportPeriod(const AuditFilter& filter, qint64 accountId,
                                                const QString& login, const AuditActor& actor)
{
    if (!filter.from.isValid())
        throw DomainError::invalid(QStringLiteral("from"), QStringLiteral("请填写导出时段的开始时间。"));
    if (!filter.to.isValid())
        throw DomainError::invalid(QStringLiteral("to"), QStringLiteral("请填写导出时段的结束时间。"));
    validate(filter);
    protocol::AuditExport out;
    out.filter = filter;
    const auto key = auditTrust().key;
    if (!key)
        throw DomainError(protocol::ErrorCode::Internal,
                          QStringLiteral("服务器未配置审计密钥，不能签发审计报告。"));
    // The export is a fixed snapshot; its own entry comes after. Its head is an anchor.
    const AuditLog::Head head = AuditLog::head(m_db);
    out.filter.untilSeq = head.seq;
    out.headSeq = head.seq;
    out.headLink = head.link;
    // Reading and verifying need no lock (see verify()); only numbering and recording do.
    const bool chainOk = AuditAnchors::verify(m_db).ok;
    const auto entries = m_store.entries(out.filter, false, kMaxExportEntries + 1, 0);
    if (entries.size() > kMaxExportEntries)
        throw DomainError::invalid(
            QStringLiteral("to"),
            QStringLiteral("该时段的审计记录超过 %1 条，请缩短导出时段。").arg(kMaxExportEntries));
    UnitOfWork work(m_db, m_clock, actor);
    out.chainOk = chainOk;
    out.exportedAt = protocol::fromWireTime(protocol::toWireTime(work.now()));
    out.exportedBy = login;
    out.entries = entries.size();
    out.firstSeq = entries.isEmpty() ? 0 : entries.constFirst().seq;
    out.lastSeq = entries.isEmpty() ? 0 : entries.constLast().seq;
    const QByteArray csv = csvOf(entries);
    out.csv = QString::fromUtf8(csv);
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    out.number = m_store.nextExportNumber(QStringLiteral("AE") +
                                          chinaDate(work.now()).toString(QStringLiteral("yyyyMMdd")));
    out.signature = AuditAnchors::exportSignature(*key, out.number, out.sha256, out.headSeq, out.headLink);
    m_store.insertExport(out, accountId, auditDetail(out.filter.toJson()));
    work.audit(QStringLiteral("audit.export"), QStringLiteral("audit-export:") + out.number,
               QStringLiteral("ok"),
               QJsonObject{{QStringLiteral("filter"), out.filter.toJson()},
                           {QStringLiteral("entries"), out.entries},
                           {QStringLiteral("chainOk"), out.chainOk},
                           {QStringLiteral("headSeq"), out.headSeq},
                           {QStringLiteral("sha256"), out.sha256}});
    work.commit();
    return out;
}

QString AuditReview::verifyExport(const QString& number, const QString& sha256, const QString& signature,
                                  const AuditActor& actor)
{
    UnitOfWork work(m_db, m_clock, actor);
    const QString canonicalNumber = number.trimmed().toUpper();
    QString result = QStringLiteral("unknown");
    if (const auto seal = m_store.exportSeal(canonicalNumber)) {
        const auto key = auditTrust().key;
        const auto legacyKey = seal->signatureVersion == 1 ? legacySigningKey() : std::nullopt;
        std::optional<QString> expected;
        if (seal->signatureVersion == 2 && key)
            expected = AuditAnchors::exportSignature(*key, canonicalNumber, seal->sha256, seal->headSeq,
                                                     seal->headLink);
        else if (legacyKey)
            expected = signatureOf(*legacyKey, canonicalNumber, seal->sha256);
        const bool ok = expected && sameText(sha256.trimmed().toLower(), seal->sha256) &&
                        sameText(signature.trimmed().toLower(), *expected) &&
                        sameText(seal->signature, *expected);
        result = ok ? QStringLiteral("genuine") : QStringLiteral("mismatch");
    }
    work.audit(QStringLiteral("audit.export_verify"), QStringLiteral("audit-export:") + number.left(32),
               result, QJsonObject{{QStringLiteral("sha256"), sha256.left(64)}});
    work.commit();
    return result;
}

} // namespace cp::server
