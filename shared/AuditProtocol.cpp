#include "AuditProtocol.h"

#include "Protocol.h"

#include <QJsonArray>

namespace cp::protocol {
namespace {

QString s(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
qint64 n(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
QString wire(const QDateTime& t)
{
    return t.isValid() ? toWireTime(t) : QString();
}
QDateTime time(const QJsonObject& o, const char* key)
{
    const QString v = s(o, key);
    return v.isEmpty() ? QDateTime() : fromWireTime(v);
}

} // namespace

QJsonObject AuditEntryView::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("at"), wire(at)},
            {QStringLiteral("accountId"), accountId ? QJsonValue(*accountId) : QJsonValue()},
            {QStringLiteral("login"), login},
            {QStringLiteral("certSerial"), certSerial},
            {QStringLiteral("workstation"), workstation},
            {QStringLiteral("action"), action},
            {QStringLiteral("target"), target},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("prevHash"), prevHash},
            {QStringLiteral("hash"), hash}};
}

AuditEntryView AuditEntryView::fromJson(const QJsonObject& o)
{
    AuditEntryView e;
    e.seq = n(o, "seq");
    e.at = time(o, "at");
    if (o.value(QStringLiteral("accountId")).isDouble())
        e.accountId = n(o, "accountId");
    e.login = s(o, "login");
    e.certSerial = s(o, "certSerial");
    e.workstation = s(o, "workstation");
    e.action = s(o, "action");
    e.target = s(o, "target");
    e.outcome = s(o, "outcome");
    e.detail = s(o, "detail");
    e.prevHash = s(o, "prevHash");
    e.hash = s(o, "hash");
    return e;
}

QList<std::pair<QString, QString>> AuditFilter::toQuery() const
{
    QList<std::pair<QString, QString>> out;
    auto add = [&out](const char* name, const QString& value) {
        if (!value.isEmpty())
            out.append({QLatin1String(name), value});
    };
    add("from", wire(from));
    add("to", wire(to));
    add("account", account);
    add("action", action);
    add("subject", subject);
    add("outcome", outcome);
    if (untilSeq > 0)
        add("untilSeq", QString::number(untilSeq));
    return out;
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    for (const auto& [name, value] : toQuery())
        o.insert(name, value);
    return o;
}

AuditFilter AuditFilter::fromJson(const QJsonObject& o)
{
    AuditFilter f;
    f.from = time(o, "from");
    f.to = time(o, "to");
    f.account = s(o, "account");
    f.action = s(o, "action");
    f.subject = s(o, "subject");
    f.outcome = s(o, "outcome");
    f.untilSeq = s(o, "untilSeq").toLongLong();
    return f;
}

QJsonObject AuditPage::toJson() const
{
    QJsonArray list;
    for (const auto& e : entries)
        list.append(e.toJson());
    return {{QStringLiteral("entries"), list},
            {QStringLiteral("total"), total},
            {QStringLiteral("page"), page},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("headSeq"), headSeq}};
}

AuditPage AuditPage::fromJson(const QJsonObject& o)
{
    AuditPage p;
    for (const auto& v : o.value(QStringLiteral("entries")).toArray())
        p.entries.append(AuditEntryView::fromJson(v.toObject()));
    p.total = n(o, "total");
    p.page = int(n(o, "page"));
    p.pageSize = int(n(o, "pageSize"));
    p.headSeq = n(o, "headSeq");
    return p;
}

QJsonObject AuditChainResult::toJson() const
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("firstBrokenSeq"), firstBrokenSeq},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("headHash"), headHash},
            {QStringLiteral("checkedAt"), wire(checkedAt)}};
}

AuditChainResult AuditChainResult::fromJson(const QJsonObject& o)
{
    AuditChainResult r;
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.entries = n(o, "entries");
    r.firstBrokenSeq = n(o, "firstBrokenSeq");
    r.reason = s(o, "reason");
    r.headHash = s(o, "headHash");
    r.checkedAt = time(o, "checkedAt");
    return r;
}

QString AuditExport::signatureFile() const
{
    QStringList lines{
        QStringLiteral("credit-platform audit export signature v1"),
        QStringLiteral("number: %1").arg(number),
        QStringLiteral("exported-at: %1").arg(wire(exportedAt)),
        QStringLiteral("exported-by: %1").arg(exportedBy),
        QStringLiteral("period-from: %1").arg(wire(filter.from)),
        QStringLiteral("period-to: %1").arg(wire(filter.to)),
        QStringLiteral("entries: %1").arg(entries),
        QStringLiteral("seq-range: %1-%2").arg(firstSeq).arg(lastSeq),
        QStringLiteral("chain-verified: %1").arg(chainOk ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("sha256: %1").arg(sha256),
        QStringLiteral("hmac-sha256: %1").arg(signature),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject AuditExport::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("exportedAt"), wire(exportedAt)},
            {QStringLiteral("exportedBy"), exportedBy},
            {QStringLiteral("filter"), filter.toJson()},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("firstSeq"), firstSeq},
            {QStringLiteral("lastSeq"), lastSeq},
            {QStringLiteral("chainOk"), chainOk},
            {QStringLiteral("csv"), csv},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("signature"), signature}};
}

AuditExport AuditExport::fromJson(const QJsonObject& o)
{
    AuditExport e;
    e.number = s(o, "number");
    e.exportedAt = time(o, "exportedAt");
    e.exportedBy = s(o, "exportedBy");
    e.filter = AuditFilter::fromJson(o.value(QStringLiteral("filter")).toObject());
    e.entries = n(o, "entries");
    e.firstSeq = n(o, "firstSeq");
    e.lastSeq = n(o, "lastSeq");
    e.chainOk = o.value(QStringLiteral("chainOk")).toBool();
    e.csv = s(o, "csv");
    e.sha256 = s(o, "sha256");
    e.signature = s(o, "signature");
    return e;
}

QStringList auditCsvColumns()
{
    return {QStringLiteral("seq"),    QStringLiteral("at"),          QStringLiteral("account_id"),
            QStringLiteral("login"),  QStringLiteral("cert_serial"), QStringLiteral("workstation"),
            QStringLiteral("action"), QStringLiteral("target"),      QStringLiteral("outcome"),
            QStringLiteral("detail"), QStringLiteral("prev_hash"),   QStringLiteral("hash")};
}

} // namespace cp::protocol
