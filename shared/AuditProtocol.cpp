#include "AuditProtocol.h"

#include "JsonCodec.h"

namespace cp::protocol {
using json::Codec;

namespace {

// The account of an entry is null when none acted (system, unknown certificate).
const Codec<AuditEntryView>& entryCodec()
{
    using S = AuditEntryView;
    static const auto c = Codec<S>()
                              .field("seq", &S::seq)
                              .field("at", &S::at)
                              .field("accountId", &S::accountId)
                              .field("login", &S::login)
                              .field("certSerial", &S::certSerial)
                              .field("workstation", &S::workstation)
                              .field("action", &S::action)
                              .field("target", &S::target)
                              .field("outcome", &S::outcome)
                              .field("detail", &S::detail)
                              .field("prevHash", &S::prevHash)
                              .field("hash", &S::hash);
    return c;
}

const Codec<AuditPage>& pageCodec()
{
    using S = AuditPage;
    static const auto c = Codec<S>()
                              .field("entries", &S::entries)
                              .field("total", &S::total)
                              .field("page", &S::page)
                              .field("pageSize", &S::pageSize)
                              .field("headSeq", &S::headSeq);
    return c;
}

const Codec<AuditChainResult>& chainCodec()
{
    using S = AuditChainResult;
    static const auto c = Codec<S>()
                              .field("ok", &S::ok)
                              .field("entries", &S::entries)
                              .field("firstBrokenSeq", &S::firstBrokenSeq)
                              .field("reason", &S::reason)
                              .field("headHash", &S::headHash)
                              .field("checkedAt", &S::checkedAt)
                              .field("status", &S::status)
                              .field("anchorProblem", &S::anchorProblem)
                              .field("anchorSeq", &S::anchorSeq)
                              .field("checkpoints", &S::checkpoints)
                              .field("backupHeads", &S::backupHeads)
                              .field("exportHeads", &S::exportHeads)
                              .field("legacyEntries", &S::legacyEntries);
    return c;
}

const Codec<AuditExport>& exportCodec()
{
    using S = AuditExport;
    static const auto c = Codec<S>()
                              .field("number", &S::number)
                              .field("exportedAt", &S::exportedAt)
                              .field("exportedBy", &S::exportedBy)
                              .field("filter", &S::filter)
                              .field("entries", &S::entries)
                              .field("firstSeq", &S::firstSeq)
                              .field("lastSeq", &S::lastSeq)
                              .field("chainOk", &S::chainOk)
                              .field("headSeq", &S::headSeq)
                              .field("headLink", &S::headLink)
                              .field("csv", &S::csv)
                              .field("sha256", &S::sha256)
                              .field("signature", &S::signature);
    return c;
}

} // namespace

QJsonObject AuditEntryView::toJson() const
{
    return entryCodec().write(*this);
}
AuditEntryView AuditEntryView::fromJson(const QJsonObject& o)
{
    return entryCodec().read(o);
}

QJsonObject AuditPage::toJson() const
{
    return pageCodec().write(*this);
}
AuditPage AuditPage::fromJson(const QJsonObject& o)
{
    return pageCodec().read(o);
}

QJsonObject AuditChainResult::toJson() const
{
    return chainCodec().write(*this);
}
AuditChainResult AuditChainResult::fromJson(const QJsonObject& o)
{
    return chainCodec().read(o);
}

QJsonObject AuditExport::toJson() const
{
    return exportCodec().write(*this);
}
AuditExport AuditExport::fromJson(const QJsonObject& o)
{
    return exportCodec().read(o);
}

// The filter travels as query parameters, so its JSON form is the same string pairs.
QList<std::pair<QString, QString>> AuditFilter::toQuery() const
{
    QList<std::pair<QString, QString>> out;
    auto add = [&out](const char* name, const QString& value) {
        if (!value.isEmpty())
            out.append({QLatin1String(name), value});
    };
    add("from", toWireTime(from));
    add("to", toWireTime(to));
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
    f.from = json::time(o, QStringLiteral("from"));
    f.to = json::time(o, QStringLiteral("to"));
    f.account = json::str(o, QStringLiteral("account"));
    f.action = json::str(o, QStringLiteral("action"));
    f.subject = json::str(o, QStringLiteral("subject"));
    f.outcome = json::str(o, QStringLiteral("outcome"));
    f.untilSeq = json::str(o, QStringLiteral("untilSeq")).toLongLong();
    return f;
}

QString AuditExport::signatureFile() const
{
    QStringList lines{
        QStringLiteral("credit-platform audit export signature v2"),
        QStringLiteral("number: %1").arg(number),
        QStringLiteral("exported-at: %1").arg(toWireTime(exportedAt)),
        QStringLiteral("exported-by: %1").arg(exportedBy),
        QStringLiteral("period-from: %1").arg(toWireTime(filter.from)),
        QStringLiteral("period-to: %1").arg(toWireTime(filter.to)),
        QStringLiteral("entries: %1").arg(entries),
        QStringLiteral("seq-range: %1-%2").arg(firstSeq).arg(lastSeq),
        QStringLiteral("chain-verified: %1").arg(chainOk ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("chain-head: %1 %2").arg(QString::number(headSeq), headLink),
        QStringLiteral("sha256: %1").arg(sha256),
        QStringLiteral("hmac-sha256: %1").arg(signature),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList auditCsvColumns()
{
    return {QStringLiteral("seq"),    QStringLiteral("at"),          QStringLiteral("account_id"),
            QStringLiteral("login"),  QStringLiteral("cert_serial"), QStringLiteral("workstation"),
            QStringLiteral("action"), QStringLiteral("target"),      QStringLiteral("outcome"),
            QStringLiteral("detail"), QStringLiteral("prev_hash"),   QStringLiteral("hash")};
}

} // namespace cp::protocol
