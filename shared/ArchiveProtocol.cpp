#include "ArchiveProtocol.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace cp::protocol {
using namespace json;

namespace {

QJsonArray ids(const QList<qint64>& list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}
QList<qint64> idsAt(const QJsonObject& o, const char* key)
{
    QList<qint64> out;
    for (const auto& v : o.value(QLatin1String(key)).toArray())
        out.append(v.toInteger());
    return out;
}
std::optional<Report> documentAt(const QJsonObject& o)
{
    const auto doc = o.value(QStringLiteral("document"));
    if (doc.isObject())
        return Report::fromJson(doc.toObject());
    return std::nullopt;
}

} // namespace

QJsonObject ArchiveLocation::toJson() const
{
    return {{QStringLiteral("room"), room},
            {QStringLiteral("cabinet"), cabinet},
            {QStringLiteral("shelf"), shelf}};
}
ArchiveLocation ArchiveLocation::fromJson(const QJsonObject& o)
{
    return {str(o, "room"), str(o, "cabinet"), str(o, "shelf")};
}

QJsonObject ArchiveMaterial::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("fileName"), fileName},
                  {QStringLiteral("mimeType"), mimeType},
                  {QStringLiteral("sizeBytes"), sizeBytes},
                  {QStringLiteral("sha256"), sha256}};
    insertIfSet(o, "uploadedAt", uploadedAt);
    insertIfSet(o, "erasedAt", erasedAt);
    return o;
}
ArchiveMaterial ArchiveMaterial::fromJson(const QJsonObject& o)
{
    ArchiveMaterial m;
    m.id = integer(o, "id");
    m.kind = str(o, "kind");
    m.fileName = str(o, "fileName");
    m.mimeType = str(o, "mimeType");
    m.sizeBytes = integer(o, "sizeBytes");
    m.sha256 = str(o, "sha256");
    m.uploadedAt = time(o, "uploadedAt");
    m.erasedAt = time(o, "erasedAt");
    return m;
}

QJsonObject ArchiveEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("action"), action}, {QStringLiteral("actorName"), actorName}};
    insertIfSet(o, "at", at);
    insertIfSet(o, "personName", personName);
    if (itemId)
        o.insert(QStringLiteral("itemId"), itemId);
    insertIfSet(o, "itemTitle", itemTitle);
    insertIfSet(o, "loanNumber", loanNumber);
    insertIfSet(o, "destructionNumber", destructionNumber);
    insertIfSet(o, "detail", detail);
    return o;
}
ArchiveEvent ArchiveEvent::fromJson(const QJsonObject& o)
{
    ArchiveEvent e;
    e.at = time(o, "at");
    e.action = str(o, "action");
    e.actorName = str(o, "actorName");
    e.personName = str(o, "personName");
    e.itemId = integer(o, "itemId");
    e.itemTitle = str(o, "itemTitle");
    e.loanNumber = str(o, "loanNumber");
    e.destructionNumber = str(o, "destructionNumber");
    e.detail = str(o, "detail");
    return e;
}

QJsonObject ArchiveItem::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("sourceKind"), sourceKind},
                  {QStringLiteral("sourceNumber"), sourceNumber},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("permanent"), permanent},
                  {QStringLiteral("retentionExpired"), retentionExpired},
                  {QStringLiteral("materialCount"), materialCount}};
    insertIfSet(o, "createdAt", createdAt);
    insertIfSet(o, "volumeNumber", volumeNumber);
    if (!volumeNumber.isEmpty())
        o.insert(QStringLiteral("location"), location.toJson());
    insertIfSet(o, "filedAt", filedAt);
    insertIfSet(o, "filedByName", filedByName);
    insertIfSet(o, "retentionUntil", retentionUntil);
    insertIfSet(o, "loanNumber", loanNumber);
    insertIfSet(o, "destructionNumber", destructionNumber);
    insertIfSet(o, "destroyedAt", destroyedAt);
    if (!materials.isEmpty())
        o.insert(QStringLiteral("materials"), toArray(materials));
    if (!history.isEmpty())
        o.insert(QStringLiteral("history"), toArray(history));
    return o;
}
ArchiveItem ArchiveItem::fromJson(const QJsonObject& o)
{
    ArchiveItem i;
    i.id = integer(o, "id");
    i.sourceKind = str(o, "sourceKind");
    i.sourceNumber = str(o, "sourceNumber");
    i.title = str(o, "title");
    i.createdAt = time(o, "createdAt");
    i.status = str(o, "status");
    i.volumeNumber = str(o, "volumeNumber");
    i.location = ArchiveLocation::fromJson(o.value(QStringLiteral("location")).toObject());
    i.filedAt = time(o, "filedAt");
    i.filedByName = str(o, "filedByName");
    i.retentionUntil = date(o, "retentionUntil");
    i.permanent = o.value(QStringLiteral("permanent")).toBool();
    i.retentionExpired = o.value(QStringLiteral("retentionExpired")).toBool();
    i.loanNumber = str(o, "loanNumber");
    i.destructionNumber = str(o, "destructionNumber");
    i.destroyedAt = time(o, "destroyedAt");
    i.materialCount = o.value(QStringLiteral("materialCount")).toInt();
    i.materials = listAt<ArchiveMaterial>(o, "materials");
    i.history = listAt<ArchiveEvent>(o, "history");
    return i;
}

QJsonObject FilingInput::toJson() const
{
    return {{QStringLiteral("itemIds"), ids(itemIds)},
            {QStringLiteral("volumeNumber"), volumeNumber},
            {QStringLiteral("location"), location.toJson()}};
}
FilingInput FilingInput::fromJson(const QJsonObject& o)
{
    return {idsAt(o, "itemIds"), str(o, "volumeNumber").trimmed(),
            ArchiveLocation::fromJson(o.value(QStringLiteral("location")).toObject())};
}

QJsonObject LoanItem::toJson() const
{
    QJsonObject o{{QStringLiteral("itemId"), itemId}};
    insertIfSet(o, "title", title);
    insertIfSet(o, "volumeNumber", volumeNumber);
    insertIfSet(o, "condition", condition);
    insertIfSet(o, "conditionNote", conditionNote);
    return o;
}
LoanItem LoanItem::fromJson(const QJsonObject& o)
{
    return {integer(o, "itemId"), str(o, "title"), str(o, "volumeNumber"), str(o, "condition"),
            str(o, "conditionNote")};
}

QJsonObject ArchiveLoan::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("borrowerId"), borrowerId},
                  {QStringLiteral("borrowerName"), borrowerName},
                  {QStringLiteral("mode"), mode},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("renewals"), renewals},
                  {QStringLiteral("overdueDays"), overdueDays},
                  {QStringLiteral("items"), toArray(items)}};
    insertIfSet(o, "requestedReturn", requestedReturn);
    insertIfSet(o, "requestedByName", requestedByName);
    insertIfSet(o, "requestedAt", requestedAt);
    if (approverId)
        o.insert(QStringLiteral("approverId"), approverId);
    insertIfSet(o, "approverName", approverName);
    insertIfSet(o, "decidedAt", decidedAt);
    insertIfSet(o, "decisionNote", decisionNote);
    insertIfSet(o, "checkedOutByName", checkedOutByName);
    insertIfSet(o, "checkedOutAt", checkedOutAt);
    insertIfSet(o, "dueDate", dueDate);
    insertIfSet(o, "returnedByName", returnedByName);
    insertIfSet(o, "returnedAt", returnedAt);
    insertIfSet(o, "returnNote", returnNote);
    insertIfSet(o, "slipNumber", slipNumber);
    return o;
}
ArchiveLoan ArchiveLoan::fromJson(const QJsonObject& o)
{
    ArchiveLoan l;
    l.id = integer(o, "id");
    l.number = str(o, "number");
    l.borrowerId = integer(o, "borrowerId");
    l.borrowerName = str(o, "borrowerName");
    l.mode = str(o, "mode");
    l.purpose = str(o, "purpose");
    l.requestedReturn = date(o, "requestedReturn");
    l.state = str(o, "state");
    l.requestedByName = str(o, "requestedByName");
    l.requestedAt = time(o, "requestedAt");
    l.approverId = integer(o, "approverId");
    l.approverName = str(o, "approverName");
    l.decidedAt = time(o, "decidedAt");
    l.decisionNote = str(o, "decisionNote");
    l.checkedOutByName = str(o, "checkedOutByName");
    l.checkedOutAt = time(o, "checkedOutAt");
    l.dueDate = date(o, "dueDate");
    l.renewals = o.value(QStringLiteral("renewals")).toInt();
    l.returnedByName = str(o, "returnedByName");
    l.returnedAt = time(o, "returnedAt");
    l.returnNote = str(o, "returnNote");
    l.slipNumber = str(o, "slipNumber");
    l.overdueDays = o.value(QStringLiteral("overdueDays")).toInt();
    l.items = listAt<LoanItem>(o, "items");
    return l;
}

QJsonObject LoanRequestInput::toJson() const
{
    QJsonObject o{{QStringLiteral("itemIds"), ids(itemIds)},
                  {QStringLiteral("borrowerId"), borrowerId},
                  {QStringLiteral("purpose"), purpose},
                  {QStringLiteral("mode"), mode}};
    insertIfSet(o, "requestedReturn", requestedReturn);
    return o;
}
LoanRequestInput LoanRequestInput::fromJson(const QJsonObject& o)
{
    return {idsAt(o, "itemIds"), integer(o, "borrowerId"), str(o, "purpose").trimmed(), str(o, "mode"),
            date(o, "requestedReturn")};
}

QJsonObject LoanReturnInput::toJson() const
{
    QJsonObject o{{QStringLiteral("items"), toArray(items)}};
    insertIfSet(o, "note", note);
    return o;
}
LoanReturnInput LoanReturnInput::fromJson(const QJsonObject& o)
{
    return {listAt<LoanItem>(o, "items"), str(o, "note").trimmed()};
}

QJsonObject LoanStep::toJson() const
{
    QJsonObject o{{QStringLiteral("loan"), loan.toJson()}};
    if (document)
        o.insert(QStringLiteral("document"), document->toJson());
    return o;
}
LoanStep LoanStep::fromJson(const QJsonObject& o)
{
    return {ArchiveLoan::fromJson(o.value(QStringLiteral("loan")).toObject()), documentAt(o)};
}

QJsonObject Destruction::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("checkerId"), checkerId},
                  {QStringLiteral("checkerName"), checkerName},
                  {QStringLiteral("counted"), counted},
                  {QStringLiteral("items"), toArray(items)}};
    insertIfSet(o, "proposedByName", proposedByName);
    insertIfSet(o, "proposedAt", proposedAt);
    insertIfSet(o, "checkedAt", checkedAt);
    insertIfSet(o, "checkNote", checkNote);
    insertIfSet(o, "approverName", approverName);
    insertIfSet(o, "decidedAt", decidedAt);
    insertIfSet(o, "decisionNote", decisionNote);
    insertIfSet(o, "executedByName", executedByName);
    insertIfSet(o, "executedAt", executedAt);
    insertIfSet(o, "place", place);
    insertIfSet(o, "method", method);
    insertIfSet(o, "performers", performers);
    insertIfSet(o, "problems", problems);
    insertIfSet(o, "listNumber", listNumber);
    return o;
}
Destruction Destruction::fromJson(const QJsonObject& o)
{
    Destruction d;
    d.id = integer(o, "id");
    d.number = str(o, "number");
    d.state = str(o, "state");
    d.reason = str(o, "reason");
    d.proposedByName = str(o, "proposedByName");
    d.proposedAt = time(o, "proposedAt");
    d.checkerId = integer(o, "checkerId");
    d.checkerName = str(o, "checkerName");
    d.checkedAt = time(o, "checkedAt");
    d.counted = o.value(QStringLiteral("counted")).toInt();
    d.checkNote = str(o, "checkNote");
    d.approverName = str(o, "approverName");
    d.decidedAt = time(o, "decidedAt");
    d.decisionNote = str(o, "decisionNote");
    d.executedByName = str(o, "executedByName");
    d.executedAt = time(o, "executedAt");
    d.place = str(o, "place");
    d.method = str(o, "method");
    d.performers = str(o, "performers");
    d.problems = str(o, "problems");
    d.listNumber = str(o, "listNumber");
    d.items = listAt<ArchiveItem>(o, "items");
    return d;
}

QJsonObject DestructionProposalInput::toJson() const
{
    return {{QStringLiteral("itemIds"), ids(itemIds)},
            {QStringLiteral("checkerId"), checkerId},
            {QStringLiteral("reason"), reason}};
}
DestructionProposalInput DestructionProposalInput::fromJson(const QJsonObject& o)
{
    return {idsAt(o, "itemIds"), integer(o, "checkerId"), str(o, "reason").trimmed()};
}

QJsonObject DestructionExecutionInput::toJson() const
{
    return {{QStringLiteral("place"), place},
            {QStringLiteral("method"), method},
            {QStringLiteral("performers"), performers},
            {QStringLiteral("problems"), problems}};
}
DestructionExecutionInput DestructionExecutionInput::fromJson(const QJsonObject& o)
{
    return {str(o, "place").trimmed(), str(o, "method").trimmed(), str(o, "performers").trimmed(),
            str(o, "problems").trimmed()};
}

QJsonObject DestructionStep::toJson() const
{
    QJsonObject o{{QStringLiteral("destruction"), destruction.toJson()}};
    if (document)
        o.insert(QStringLiteral("document"), document->toJson());
    return o;
}
DestructionStep DestructionStep::fromJson(const QJsonObject& o)
{
    return {Destruction::fromJson(o.value(QStringLiteral("destruction")).toObject()), documentAt(o)};
}

QJsonObject StaffMember::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("login"), login},
            {QStringLiteral("fullName"), fullName},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
}
StaffMember StaffMember::fromJson(const QJsonObject& o)
{
    QStringList roles;
    for (const auto& v : o.value(QStringLiteral("roles")).toArray())
        roles << v.toString();
    return {integer(o, "id"), str(o, "login"), str(o, "fullName"), str(o, "unit"), roles};
}

QJsonObject PersonHistory::toJson() const
{
    return {{QStringLiteral("person"), person.toJson()},
            {QStringLiteral("loans"), toArray(loans)},
            {QStringLiteral("events"), toArray(events)}};
}
PersonHistory PersonHistory::fromJson(const QJsonObject& o)
{
    return {StaffMember::fromJson(o.value(QStringLiteral("person")).toObject()),
            listAt<ArchiveLoan>(o, "loans"), listAt<ArchiveEvent>(o, "events")};
}

QJsonObject ArchiveReminders::toJson() const
{
    return {{QStringLiteral("overdue"), toArray(overdue)},
            {QStringLiteral("pendingLoanApprovals"), pendingLoanApprovals},
            {QStringLiteral("pendingDestructionApprovals"), pendingDestructionApprovals}};
}
ArchiveReminders ArchiveReminders::fromJson(const QJsonObject& o)
{
    return {listAt<ArchiveLoan>(o, "overdue"), o.value(QStringLiteral("pendingLoanApprovals")).toInt(),
            o.value(QStringLiteral("pendingDestructionApprovals")).toInt()};
}

QJsonObject RetentionRule::toJson() const
{
    return {{QStringLiteral("sourceKind"), sourceKind},
            {QStringLiteral("years"), years},
            {QStringLiteral("note"), note}};
}
RetentionRule RetentionRule::fromJson(const QJsonObject& o)
{
    return {str(o, "sourceKind"), o.value(QStringLiteral("years")).toInt(), str(o, "note")};
}

} // namespace cp::protocol
