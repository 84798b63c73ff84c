#include "AuditProtocol.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace cp::protocol {
using namespace json;

namespace {

QString wire(const QDateTime& t)
{
    return t.isValid() ? toWireTime(t) : QString();
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
    e.seq = integer(o, "seq");
    e.at = time(o, "at");
    if (o.value(QStringLiteral("accountId")).isDouble())
        e.accountId = integer(o, "accountId");
    e.login = str(o, "login");
    e.certSerial = str(o, "certSerial");
    e.workstation = str(o, "workstation");
    e.action = str(o, "action");
    e.target = str(o, "target");
    e.outcome = str(o, "outcome");
    e.detail = str(o, "detail");
    e.prevHash = str(o, "prevHash");
    e.hash = str(o, "hash");
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
    f.account = str(o, "account");
    f.action = str(o, "action");
    f.subject = str(o, "subject");
    f.outcome = str(o, "outcome");
    f.untilSeq = str(o, "untilSeq").toLongLong();
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
    p.total = integer(o, "total");
    p.page = int(integer(o, "page"));
    p.pageSize = int(integer(o, "pageSize"));
    p.headSeq = integer(o, "headSeq");
    return p;
}

QJsonObject AuditChainResult::toJson() const
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("firstBrokenSeq"), firstBrokenSeq},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("headHash"), headHash},
            {QStringLiteral("checkedAt"), wire(checkedAt)},
            {QStringLiteral("status"), status},
            {QStringLiteral("anchorProblem"), anchorProblem},
            {QStringLiteral("anchorSeq"), anchorSeq},
            {QStringLiteral("checkpoints"), checkpoints},
            {QStringLiteral("backupHeads"), backupHeads},
            {QStringLiteral("exportHeads"), exportHeads},
            {QStringLiteral("legacyEntries"), legacyEntries}};
}

AuditChainResult AuditChainResult::fromJson(const QJsonObject& o)
{
    AuditChainResult r;
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.entries = integer(o, "entries");
    r.firstBrokenSeq = integer(o, "firstBrokenSeq");
    r.reason = str(o, "reason");
    r.headHash = str(o, "headHash");
    r.checkedAt = time(o, "checkedAt");
    r.status = str(o, "status");
    r.anchorProblem = str(o, "anchorProblem");
    r.anchorSeq = integer(o, "anchorSeq");
    r.checkpoints = integer(o, "checkpoints");
    r.backupHeads = integer(o, "backupHeads");
    r.exportHeads = integer(o, "exportHeads");
    r.legacyEntries = integer(o, "legacyEntries");
    return r;
}

QString AuditExport::signatureFile() const
{
    QStringList lines{
        QStringLiteral("credit-platform audit export signature v2"),
        QStringLiteral("number: %1").arg(number),
        QStringLiteral("exported-at: %1").arg(wire(exportedAt)),
        QStringLiteral("exported-by: %1").arg(exportedBy),
        QStringLiteral("period-from: %1").arg(wire(filter.from)),
        QStringLiteral("period-to: %1").arg(wire(filter.to)),
        QStringLiteral("entries: %1").arg(entries),
        QStringLiteral("seq-range: %1-%2").arg(firstSeq).arg(lastSeq),
        QStringLiteral("chain-verified: %1").arg(chainOk ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("chain-head: %1 %2").arg(QString::number(headSeq), headLink),
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
            {QStringLiteral("headSeq"), headSeq},
            {QStringLiteral("headLink"), headLink},
            {QStringLiteral("csv"), csv},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("signature"), signature}};
}

AuditExport AuditExport::fromJson(const QJsonObject& o)
{
    AuditExport e;
    e.number = str(o, "number");
    e.exportedAt = time(o, "exportedAt");
    e.exportedBy = str(o, "exportedBy");
    e.filter = AuditFilter::fromJson(o.value(QStringLiteral("filter")).toObject());
    e.entries = integer(o, "entries");
    e.firstSeq = integer(o, "firstSeq");
    e.lastSeq = integer(o, "lastSeq");
    e.chainOk = o.value(QStringLiteral("chainOk")).toBool();
    e.headSeq = integer(o, "headSeq");
    e.headLink = str(o, "headLink");
    e.csv = str(o, "csv");
    e.sha256 = str(o, "sha256");
    e.signature = str(o, "signature");
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
