// Request bodies of the dispute workflow, built like the client builds them,
// and small readers for the replies. Subjects and records come from WalkInFixture.
#pragma once

#include "DisputeProtocol.h"
#include "WalkInFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>
#include <memory>

namespace cp::test {

inline protocol::DisputeMaterialUpload upload(const QString& kind, const QByteArray& bytes = pdfBytes(),
                                              const QString& mime = QStringLiteral("application/pdf"))
{
    protocol::DisputeMaterialUpload m;
    m.kind = kind;
    m.fileName = kind + QStringLiteral(".pdf");
    m.mimeType = mime;
    m.content = bytes;
    return m;
}

/// The natural person applying for themself, with ID copy, application form and evidence.
inline protocol::DisputeAcceptInput disputeBy(const QString& idNumber, const QString& name,
                                              const QList<qint64>& records,
                                              const QString& reason = QStringLiteral("该处罚已被复议撤销"))
{
    protocol::DisputeAcceptInput in;
    in.subjectIdNumber = idNumber;
    in.recordIds = records;
    in.reason = reason;
    in.applicant.name = name;
    in.applicant.idNumber = idNumber;
    in.applicant.phone = QStringLiteral("13800000000");
    in.materials = {upload(QStringLiteral("id_copy")), upload(QStringLiteral("application_form")),
                    upload(QStringLiteral("evidence"))};
    return in;
}

/// A mark (or revocation) application by the natural person themself.
inline protocol::MarkApplicationInput markBy(const QString& idNumber, const QString& name, qint64 recordId,
                                             const QString& reason)
{
    protocol::MarkApplicationInput in;
    in.recordId = recordId;
    in.reason = reason;
    in.applicant.name = name;
    in.applicant.idNumber = idNumber;
    in.materials = {upload(QStringLiteral("id_copy")), upload(QStringLiteral("application_form"))};
    return in;
}

inline QJsonObject errorDetails(const ProbeReply& r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject();
}

inline QJsonObject caseOf(const ProbeReply& r)
{
    return r.json.value(QStringLiteral("case")).toObject();
}
inline QJsonObject documentOf(const ProbeReply& r)
{
    return r.json.value(QStringLiteral("document")).toObject();
}

/// The records of a report or view, by id.
inline QHash<qint64, QJsonObject> recordsById(const QJsonObject& o)
{
    QHash<qint64, QJsonObject> out;
    for (const auto& v : o.value(QStringLiteral("records")).toArray())
        out.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());
    return out;
}

/// A running server with one account per role and a natural-person subject,
/// and the moves of the dispute workflow as the client makes them.
class DisputeDesk
{
  public:
    std::unique_ptr<TestServer> server;
    std::map<QString, std::unique_ptr<HttpsProbe>> users; // by role code; "both" = officer + approver
    qint64 person = 0;
    const QString personName = QStringLiteral("李明");

    bool start()
    {
        server = std::make_unique<TestServer>(
            QStringList{QStringLiteral("clerk"), QStringLiteral("officer"), QStringLiteral("approver"),
                        QStringLiteral("department"), QStringLiteral("both")});
        if (!server->isRunning())
            return false;
        for (const QString& role :
             {QStringLiteral("clerk"), QStringLiteral("officer"), QStringLiteral("approver"),
              QStringLiteral("department"), QStringLiteral("both")}) {
            AccountSpec spec;
            spec.login = role;
            spec.fullName = role + QStringLiteral("用户");
            spec.roles =
                role == QLatin1String("both") ? QStringList{QStringLiteral("officer")} : QStringList{role};
            spec.password = kPassword;
            spec.regionCode = QStringLiteral("360200"); // the city: sees every county's records
            const qint64 id = server->createAccount(spec);
            if (role == QLatin1String("both")) // no longer grantable (Roles.cpp): an account from before
                server->grantLegacyRole(id, QStringLiteral("approver"));
            users[role] = deskFor(*server, role);
        }
        relogin();
        person = addSubject(*server, QStringLiteral("natural"), kPersonId, personName);
        return true;
    }
    HttpsProbe& as(const QString& role) { return *users.at(role); }
    void relogin()
    {
        for (auto& [name, probe] : users)
            if (probe->login(kPassword).status != 200)
                qFatal("login failed for %s", qPrintable(name));
    }
    /// Moves the server clock to hour:00 China time on `day` (either direction); sessions are renewed.
    void moveTo(const QDate& day, int hour = 10)
    {
        const QDateTime target(day, QTime(hour, 0), QTimeZone(8 * 3600));
        server->advanceClock(server->now().secsTo(target));
        relogin();
    }
    QDate today() const { return chinaToday(*server); }

    qint64 newRecord(const QString& title, const QString& cls = QStringLiteral("A"))
    {
        return addRecord(*server, person, cls, QStringLiteral("admin_penalty"), title);
    }
    ProbeReply accept(const QList<qint64>& records)
    {
        return as(QStringLiteral("clerk"))
            .post(QStringLiteral("/api/v1/disputes"), disputeBy(kPersonId, personName, records).toJson());
    }
    QJsonObject get(qint64 caseId)
    {
        return as(QStringLiteral("clerk")).get(QStringLiteral("/api/v1/disputes/%1").arg(caseId)).json;
    }
    QString stateOf(qint64 caseId) { return get(caseId).value(QStringLiteral("state")).toString(); }

    /// One step with a valid body, by the given role. The first record is corrected, others upheld.
    ProbeReply step(const QString& role, const QString& action, qint64 caseId)
    {
        const QString path = QStringLiteral("/api/v1/disputes/%1/%2").arg(caseId).arg(action);
        const QJsonArray records = get(caseId).value(QStringLiteral("records")).toArray();
        QJsonObject body;
        if (action == QLatin1String("verification")) {
            body = {{QStringLiteral("department"), QStringLiteral("景德镇市市场监督管理局")},
                    {QStringLiteral("note"), QStringLiteral("经与提供部门核实，原决定已被撤销")},
                    {QStringLiteral("date"), protocol::toWireDate(today())}};
        } else if (action == QLatin1String("result")) {
            protocol::DisputeResultInput in;
            in.text = QStringLiteral("经核查，异议成立，已更正。");
            for (int i = 0; i < records.size(); ++i) {
                const auto r = records[i].toObject();
                protocol::DisputeOutcomeInput o;
                o.recordId = r.value(QStringLiteral("recordId")).toInteger();
                o.outcome = i == 0 ? QStringLiteral("corrected") : QStringLiteral("upheld");
                if (i == 0) {
                    o.newTitle = r.value(QStringLiteral("title")).toString() + QStringLiteral("（已更正）");
                    o.newContent = QStringLiteral("更正后的内容");
                }
                in.outcomes.append(o);
            }
            body = in.toJson();
        } else if (action == QLatin1String("approval")) {
            body = {{QStringLiteral("note"), QStringLiteral("同意")}};
        } else if (action == QLatin1String("return")) {
            body = {{QStringLiteral("reason"), QStringLiteral("核查不充分")}};
        } else if (action == QLatin1String("extension")) {
            body = {{QStringLiteral("workingDays"), 5},
                    {QStringLiteral("reason"), QStringLiteral("情况复杂")}};
        } else if (action == QLatin1String("delivery")) {
            body = {{QStringLiteral("receivedBy"), personName}};
        } else if (action == QLatin1String("marks")) {
            body = markBy(kPersonId, personName,
                          records[0].toObject().value(QStringLiteral("recordId")).toInteger(),
                          QStringLiteral("申请人认为处罚依据不足"))
                       .toJson();
        }
        return as(role).post(path, body);
    }

    /// A fresh case on `records` (new ones if empty) driven through the real endpoints to `state`.
    qint64 caseIn(const QString& state, QList<qint64> records = {})
    {
        if (records.isEmpty())
            records = {newRecord(QStringLiteral("处罚-%1").arg(++m_serial))};
        const qint64 id = caseOf(accept(records)).value(QStringLiteral("id")).toInteger();
        const QList<std::pair<QString, QString>> path{
            {QStringLiteral("verified"), QStringLiteral("officer|verification")},
            {QStringLiteral("result_submitted"), QStringLiteral("officer|result")},
            {QStringLiteral("approved"), QStringLiteral("approver|approval")},
            {QStringLiteral("delivered"), QStringLiteral("clerk|delivery")}};
        for (const auto& [reached, move] : path) {
            if (stateOf(id) == state)
                break;
            const auto r = step(move.section(QLatin1Char('|'), 0, 0), move.section(QLatin1Char('|'), 1), id);
            if (r.status != 200)
                qWarning() << "could not reach" << reached << r.json;
        }
        return id;
    }

    /// The subject's walk-in self-query report (records by id), answered now.
    QHash<qint64, QJsonObject> walkInReport()
    {
        auto& clerk = as(QStringLiteral("clerk"));
        const auto reg = clerk.post(QStringLiteral("/api/v1/walkin/applications"),
                                    selfQuery(kPersonId, personName).toJson());
        const qint64 app = reg.json.value(QStringLiteral("id")).toInteger();
        attach(clerk, app, QStringLiteral("id_copy"));
        return recordsById(
            clerk.post(QStringLiteral("/api/v1/walkin/applications/%1/answer").arg(app), {}).json);
    }
    QHash<qint64, QJsonObject> departmentView()
    {
        return recordsById(
            as(QStringLiteral("department"))
                .get(QStringLiteral("/api/v1/department/subjects/%1/records?purpose=supervision").arg(person))
                .json);
    }

    ProbeReply applyMark(qint64 caseId, qint64 recordId)
    {
        return as(QStringLiteral("clerk"))
            .post(QStringLiteral("/api/v1/disputes/%1/marks").arg(caseId),
                  markBy(kPersonId, personName, recordId, QStringLiteral("申请人认为处罚依据不足")).toJson());
    }
    ProbeReply markStep(const QString& role, const QString& action, qint64 caseId, qint64 markId)
    {
        const QJsonObject body =
            action == QLatin1String("revocation-application")
                ? markBy(kPersonId, personName, 0, QStringLiteral("已与提供部门达成一致")).toJson()
                : QJsonObject();
        return as(role).post(
            QStringLiteral("/api/v1/disputes/%1/marks/%2/%3").arg(caseId).arg(markId).arg(action), body);
    }
    QJsonObject markOf(qint64 caseId)
    {
        return get(caseId).value(QStringLiteral("marks")).toArray().first().toObject();
    }
    QJsonObject queued(const QString& path, const QString& key, qint64 id)
    {
        for (const auto& v : as(QStringLiteral("officer")).get(path).json.value(key).toArray())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                return v.toObject();
        return {};
    }
    QString verify(const QJsonObject& document)
    {
        return as(QStringLiteral("clerk"))
            .post(QStringLiteral("/api/v1/reports/verify"),
                  {{QStringLiteral("number"), document.value(QStringLiteral("number"))},
                   {QStringLiteral("code"), document.value(QStringLiteral("verificationCode"))}})
            .json.value(QStringLiteral("result"))
            .toString();
    }
    QString reportKind(const QJsonObject& document)
    {
        return scalar(*server, QStringLiteral("SELECT kind FROM reports WHERE number = ?"),
                      {document.value(QStringLiteral("number")).toString()})
            .toString();
    }

    QList<QJsonObject> auditEntries(const QString& action) { return cp::test::auditEntries(*server, action); }

  private:
    int m_serial = 0;
};

} // namespace cp::test
