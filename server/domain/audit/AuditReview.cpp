#include "domain/audit/AuditReview.h"

#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/Sql.h"
#include "domain/audit/AuditAnchors.h"
#include "domain/audit/AuditKey.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <openssl/crypto.h>

namespace cp::server {
namespace {

using protocol::AuditEntryView;
using protocol::AuditFilter;

const QString kKeySetting = QStringLiteral("audit_export_signing_key"); // version 1 only
const QString kColumns = QStringLiteral("seq, at, account_id, account_login, cert_serial, workstation, "
                                        "action, target, outcome, detail, prev_hash, hash");

// Every filter is always present and switched off by an empty value, so the
// statement text never depends on the input (prepared, bound, one shape).
const QString kWhere = QStringLiteral(
    " FROM audit_log WHERE (? = '' OR at >= ?) AND (? = '' OR at < ?) AND (? = '' OR account_login = ?)"
    " AND (? = '' OR action = ?) AND (? = '' OR substr(action, 1, length(?)) = ?)"
    " AND (? = '' OR outcome = ?) AND (? = 0 OR seq <= ?)"
    " AND (? = '' OR target = ? OR target = (SELECT 'subject:' || id FROM subjects WHERE id_number = ?)"
    " OR detail LIKE ?)");

QString wire(const QDateTime& t)
{
    return t.isValid() ? protocol::toWireTime(t) : QString();
}

/// The action filter: "query." or "query.*" is a prefix, anything else exact.
std::pair<QString, QString> actionExactAndPrefix(const QString& action)
{
    if (action.endsWith(QLatin1Char('*')))
        return {QString(), action.chopped(1)};
    if (action.endsWith(QLatin1Char('.')))
        return {QString(), action};
    return {action, QString()};
}

QSqlQuery runFiltered(QSqlDatabase& db, const QString& statement, const AuditFilter& f, int limit,
                      qint64 offset)
{
    const auto [exact, prefix] = actionExactAndPrefix(f.action);
    const QString from = wire(f.from);
    const QString to = wire(f.to);
    const QString subject =
        f.subject.toUpper().startsWith(QLatin1String("SUBJECT:")) ? f.subject.toLower() : f.subject.toUpper();
    const QString subjectTarget =
        subject.startsWith(QLatin1String("subject:"))
            ? subject
            : (subject.isEmpty() ? QString() : QStringLiteral("subject-number:") + subject);
    const QString detailPattern = subject.isEmpty() ? QString() : QStringLiteral("%\"%1\"%").arg(subject);
    return sql::run(db, statement, {from,          from,       to,         to,      f.account,     f.account,
                                    exact,         exact,      prefix,     prefix,  prefix,        f.outcome,
                                    f.outcome,     f.untilSeq, f.untilSeq, subject, subjectTarget, subject,
                                    detailPattern, limit,      offset});
}

AuditEntryView readEntry(const QSqlQuery& q)
{
    AuditEntryView e;
    e.seq = q.value(0).toLongLong();
    e.at = protocol::fromWireTime(q.value(1).toString());
    if (!q.value(2).isNull())
        e.accountId = q.value(2).toLongLong();
    e.login = q.value(3).toString();
    e.certSerial = q.value(4).toString();
    e.workstation = q.value(5).toString();
    e.action = q.value(6).toString();
    e.target = q.value(7).toString();
    e.outcome = q.value(8).toString();
    e.detail = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
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

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
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

QList<AuditEntryView> AuditReview::rows(const AuditFilter& f, bool newestFirst, int limit, qint64 offset)
{
    auto q = runFiltered(m_db,
                         QStringLiteral("SELECT ") + kColumns + kWhere + QStringLiteral(" ORDER BY seq ") +
                             (newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")) +
                             QStringLiteral(" LIMIT ? OFFSET ?"),
                         f, limit, offset);
    QList<AuditEntryView> out;
    while (q.next())
        out.append(readEntry(q));
    return out;
}

qint64 AuditReview::count(const AuditFilter& f)
{
    auto q = runFiltered(m_db,
                         QStringLiteral("SELECT count(*) FROM (SELECT seq") + kWhere +
                             QStringLiteral(" LIMIT ? OFFSET ?)"),
                         f, -1, 0);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 AuditReview::headSeq()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log"));
    return q.next() ? q.value(0).toLongLong() : 0;
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
    out.headSeq = f.untilSeq > 0 ? f.untilSeq : headSeq();
    f.untilSeq = out.headSeq;
    out.total = count(f);
    out.entries = rows(f, true, pageSize, qint64(page - 1) * pageSize); // 64 bits: no overflow
    return out;
}

AuditEntryCheck AuditReview::entry(qint64 seq)
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(", alg FROM audit_log WHERE seq = ?"),
        {seq});
    if (!q.next())
        throw DomainError(protocol::ErrorCode::NotFound, QStringLiteral("审计记录 %1 不存在。").arg(seq));
    AuditEntryCheck out;
    out.entry = readEntry(q);
    AuditEntry e = chainEntry(out.entry);
    e.alg = q.value(12).toString();
    out.hashOk = protocol::toWireTime(out.entry.at) == q.value(1).toString() && AuditLog::linkOf(e) == e.hash;
    QString expectedPrev = QString::fromLatin1(AuditLog::kGenesisHash);
    if (seq > 1) {
        auto prev = sql::run(m_db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq - 1});
        expectedPrev = prev.next() ? prev.value(0).toString() : QString();
    }
    out.linkOk = !expectedPrev.isEmpty() && out.entry.prevHash == expectedPrev;
    return out;
}

protocol::AuditChainResult AuditReview::verify(const AuditActor& actor)
{
    // Read outside the write transaction (WAL: a snapshot, no lock), so verifying a long
    // chain never holds up the desks; only the short append below takes the write lock.
    const AuditVerification v = AuditAnchors::verify(m_db);
    protocol::AuditChainResult r{v.ok,          v.entries,     v.firstBrokenSeq, v.reason,    v.headHash,
                                 m_clock.now(), v.status,      v.anchorProblem,  v.anchorSeq, v.checkpoints,
                                 v.backupHeads, v.exportHeads, v.legacyEntries};
    store::Transaction tx(m_db);
    AuditLog::append(m_db, r.checkedAt,
                     {actor, QStringLiteral("audit.verify"), QStringLiteral("audit_log"),
                      v.ok ? QStringLiteral("ok") : v.status,
                      json({{QStringLiteral("entries"), v.entries},
                            {QStringLiteral("firstBrokenSeq"), v.firstBrokenSeq},
                            {QStringLiteral("reason"), v.reason},
                            {QStringLiteral("headHash"), v.headHash},
                            {QStringLiteral("anchorSeq"), v.anchorSeq},
                            {QStringLiteral("anchors"), v.checkpoints + v.backupHeads + v.exportHeads}})});
    tx.commit();
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
    auto q = sql::run(m_db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), {kKeySetting});
    if (q.next())
        return QByteArray::fromHex(q.value(0).toString().toLatin1());
    return std::nullopt;
}

QString AuditReview::nextNumber()
{
    const QString prefix =
        QStringLiteral("AE") + chinaDate(m_clock.now()).toString(QStringLiteral("yyyyMMdd"));
    return sql::nextDailyNumber(m_db, QStringLiteral("audit_exports"), prefix, 5);
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
    const auto entries = rows(out.filter, false, kMaxExportEntries + 1, 0);
    if (entries.size() > kMaxExportEntries)
        throw DomainError::invalid(
            QStringLiteral("to"),
            QStringLiteral("该时段的审计记录超过 %1 条，请缩短导出时段。").arg(kMaxExportEntries));
    store::Transaction tx(m_db);
    out.chainOk = chainOk;
    out.exportedAt = protocol::fromWireTime(protocol::toWireTime(m_clock.now()));
    out.exportedBy = login;
    out.entries = entries.size();
    out.firstSeq = entries.isEmpty() ? 0 : entries.constFirst().seq;
    out.lastSeq = entries.isEmpty() ? 0 : entries.constLast().seq;
    const QByteArray csv = csvOf(entries);
    out.csv = QString::fromUtf8(csv);
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    out.number = nextNumber();
    out.signature = AuditAnchors::exportSignature(*key, out.number, out.sha256, out.headSeq, out.headLink);
    sql::run(
        m_db,
        QStringLiteral("INSERT INTO audit_exports (number, exported_at, exported_by, filter_json, entries, "
                       "first_seq, last_seq, chain_ok, sha256, signature, head_seq, head_link, "
                       "signature_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)"),
        {out.number, sql::time(out.exportedAt), accountId, json(out.filter.toJson()), out.entries,
         out.firstSeq, out.lastSeq, out.chainOk ? 1 : 0, out.sha256, out.signature, out.headSeq,
         out.headLink});
    AuditLog::append(m_db, out.exportedAt,
                     {actor, QStringLiteral("audit.export"), QStringLiteral("audit-export:") + out.number,
                      QStringLiteral("ok"),
                      json({{QStringLiteral("filter"), out.filter.toJson()},
                            {QStringLiteral("entries"), out.entries},
                            {QStringLiteral("chainOk"), out.chainOk},
                            {QStringLiteral("headSeq"), out.headSeq},
                            {QStringLiteral("sha256"), out.sha256}})});
    tx.commit();
    return out;
}

QString AuditReview::verifyExport(const QString& number, const QString& sha256, const QString& signature,
                                  const AuditActor& actor)
{
    store::Transaction tx(m_db);
    const QString canonicalNumber = number.trimmed().toUpper();
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT sha256, signature, signature_version, head_seq, head_link "
                                     "FROM audit_exports WHERE number = ?"),
                      {canonicalNumber});
    QString result = QStringLiteral("unknown");
    if (q.next()) {
        const QString storedHash = q.value(0).toString();
        const auto key = auditTrust().key;
        const auto legacyKey = q.value(2).toInt() == 1 ? legacySigningKey() : std::nullopt;
        std::optional<QString> expected;
        if (q.value(2).toInt() == 2 && key)
            expected = AuditAnchors::exportSignature(*key, canonicalNumber, storedHash,
                                                     q.value(3).toLongLong(), q.value(4).toString());
        else if (legacyKey)
            expected = signatureOf(*legacyKey, canonicalNumber, storedHash);
        const bool ok = expected && sameText(sha256.trimmed().toLower(), storedHash) &&
                        sameText(signature.trimmed().toLower(), *expected) &&
                        sameText(q.value(1).toString(), *expected);
        result = ok ? QStringLiteral("genuine") : QStringLiteral("mismatch");
    }
    q.finish();
    AuditLog::append(m_db, m_clock.now(),
                     {actor, QStringLiteral("audit.export_verify"),
                      QStringLiteral("audit-export:") + number.left(32), result,
                      json({{QStringLiteral("sha256"), sha256.left(64)}})});
    tx.commit();
    return result;
}

} // namespace cp::server
