// A running server with the people of the media register (two archivists, two
// approvers, an archivist who is also an approver, a clerk, an officer, a
// department user) and the moves of the register as the client makes them.
#pragma once

#include "MediaProtocol.h"
#include "WalkInFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>
#include <memory>

namespace cp::test {

inline QJsonObject errorDetails(const ProbeReply& r)
{
    return r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject();
}
inline QString reasonOf(const ProbeReply& r)
{
    return errorDetails(r).value(QStringLiteral("reason")).toString();
}
inline QString fieldOf(const ProbeReply& r)
{
    return errorDetails(r).value(QStringLiteral("field")).toString();
}

// Storage locations seeded by 0006_media.sql.
constexpr qint64 kCabinet = 1;    // ARCH-CAB: general, internal
constexpr qint64 kSafe = 2;       // ARCH-SAFE: internal, sensitive
constexpr qint64 kSecretSafe = 3; // SEC-SAFE: sensitive, classified

class MediaDesk
{
  public:
    std::unique_ptr<TestServer> server;
    std::map<QString, std::unique_ptr<HttpsProbe>> users; // by login
    std::map<QString, qint64> ids;                        // account id by login

    static QStringList logins()
    {
        return {QStringLiteral("archivist"), QStringLiteral("archivist2"), QStringLiteral("approver"),
                QStringLiteral("approver2"), QStringLiteral("both"),       QStringLiteral("clerk"),
                QStringLiteral("officer"),   QStringLiteral("department"), QStringLiteral("retired")};
    }

    bool start()
    {
        server = std::make_unique<TestServer>(logins());
        if (!server->isRunning())
            return false;
        const QHash<QString, QStringList> roles{{QStringLiteral("archivist2"), {QStringLiteral("archivist")}},
                                                {QStringLiteral("approver2"), {QStringLiteral("approver")}},
                                                {QStringLiteral("both"), {QStringLiteral("archivist")}},
                                                {QStringLiteral("retired"), {QStringLiteral("clerk")}}};
        for (const QString& login : logins()) {
            ids[login] =
                server->createAccount(staffAccount(login, roles.value(login, {login}), kPassword,
                                                   login + QStringLiteral("同志"), QStringLiteral("360200")));
            if (login == QLatin1String("both")) // no longer grantable (Roles.cpp): an account from before
                server->grantLegacyRole(ids[login], QStringLiteral("approver"));
            users[login] = deskFor(*server, login);
            if (users[login]->login(kPassword).status != 200)
                return false;
        }
        // A real account that has since been disabled (seed 000 §9): it may sign nothing.
        insert(*server, QStringLiteral("UPDATE accounts SET status = 'disabled' WHERE id = ?"),
               {ids[QStringLiteral("retired")]});
        return true;
    }
    HttpsProbe& as(const QString& login) { return *users.at(login); }
    /// Moves the server clock on by whole days; sessions are renewed.
    void advanceDays(int days)
    {
        server->advanceClock(qint64(days) * 86400);
        for (auto& [login, probe] : users)
            if (login != QLatin1String("retired") && probe->login(kPassword).status != 200)
                qFatal("login failed for %s", qPrintable(login));
    }
    qint64 id(const QString& login) const { return ids.at(login); }

    ProbeReply put(const QString& login, const QString& path, const QJsonObject& body)
    {
        return as(login).send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    protocol::MediumInput input(const QString& level = QStringLiteral("internal"), qint64 location = kCabinet)
    {
        protocol::MediumInput in;
        in.serial = QStringLiteral("JZ-%1").arg(++m_serial, 4, 10, QLatin1Char('0'));
        in.type = QStringLiteral("usb_drive");
        in.model = QStringLiteral("Kingston DT 64G");
        in.capacity = QStringLiteral("64 GB");
        in.level = level;
        in.custodianId = id(QStringLiteral("archivist"));
        in.locationId = location;
        return in;
    }
    ProbeReply registerMedium(const protocol::MediumInput& in)
    {
        return as(QStringLiteral("archivist")).post(QStringLiteral("/api/v1/media"), in.toJson());
    }
    qint64 newMedium(const QString& level = QStringLiteral("internal"), qint64 location = kCabinet)
    {
        const auto r = registerMedium(input(level, location));
        if (r.status != 201)
            qWarning() << "register failed" << r.json;
        return r.json.value(QStringLiteral("id")).toInteger();
    }
    QJsonObject detail(qint64 medium)
    {
        return as(QStringLiteral("archivist")).get(QStringLiteral("/api/v1/media/%1").arg(medium)).json;
    }
    QJsonObject medium(qint64 medium) { return detail(medium).value(QStringLiteral("medium")).toObject(); }
    QString stateOf(qint64 m) { return medium(m).value(QStringLiteral("state")).toString(); }

    /// A valid body for the event kind, signed by archivist2.
    QJsonObject body(const QString& kind, qint64 medium)
    {
        protocol::MediumEventInput in;
        in.kind = kind;
        in.counterSignerId = id(QStringLiteral("archivist2"));
        if (kind == QLatin1String("issue")) {
            in.holderId = id(QStringLiteral("clerk"));
        } else if (kind == QLatin1String("replace")) {
            in.replacementId =
                newMedium(this->medium(medium).value(QStringLiteral("level")).toString(),
                          this->medium(medium).value(QStringLiteral("locationId")).toInteger());
        } else if (kind == QLatin1String("wipe")) {
            in.method = QStringLiteral("overwrite");
            in.tool = QStringLiteral("DBAN 2.3.0（三次覆写）");
            in.verifierId = id(QStringLiteral("archivist2"));
        } else if (kind == QLatin1String("repair")) {
            in.place = QStringLiteral("景德镇市信达电脑维修中心");
        } else if (kind == QLatin1String("destroy")) {
            in.method = QStringLiteral("shred");
            in.place = QStringLiteral("市信用中心档案室");
            in.witness1Id = id(QStringLiteral("officer"));
            in.witness2Id = id(QStringLiteral("clerk"));
        }
        return in.toJson();
    }
    ProbeReply event(const QString& kind, qint64 medium, const QString& login = QStringLiteral("archivist"))
    {
        return eventWith(medium, body(kind, medium), login);
    }
    ProbeReply eventWith(qint64 medium, const QJsonObject& body,
                         const QString& login = QStringLiteral("archivist"))
    {
        return as(login).post(QStringLiteral("/api/v1/media/%1/events").arg(medium), body);
    }

    protocol::CarryRequestInput carry(qint64 secondPerson = 0)
    {
        protocol::CarryRequestInput in;
        in.purpose = QStringLiteral("向市数据中心报送备份数据");
        in.destination = QStringLiteral("市大数据中心");
        in.carrierId = id(QStringLiteral("archivist"));
        in.secondPersonId = secondPerson;
        in.expectedReturn = chinaToday(*server).addDays(1);
        return in;
    }
    ProbeReply requestCarry(qint64 medium, const protocol::CarryRequestInput& in,
                            const QString& login = QStringLiteral("archivist"))
    {
        return as(login).post(QStringLiteral("/api/v1/media/%1/carry-out-requests").arg(medium), in.toJson());
    }
    ProbeReply decide(qint64 request, bool approve, const QString& login = QStringLiteral("approver"))
    {
        return approve ? as(login).post(
                             QStringLiteral("/api/v1/media/carry-out-requests/%1/approval").arg(request),
                             {{QStringLiteral("note"), QStringLiteral("同意，按时返还")}})
                       : as(login).post(
                             QStringLiteral("/api/v1/media/carry-out-requests/%1/rejection").arg(request),
                             {{QStringLiteral("reason"), QStringLiteral("无必要外出")}});
    }
    /// An approved carry-out application of the medium (a second person for every level).
    qint64 approvedCarry(qint64 medium)
    {
        const auto r = requestCarry(medium, carry(id(QStringLiteral("archivist2"))));
        const qint64 request = r.json.value(QStringLiteral("id")).toInteger();
        if (decide(request, true).status != 200)
            qWarning() << "approval failed" << r.json;
        return request;
    }

    /// A fresh medium driven through the real endpoints to `state`.
    qint64 mediumIn(const QString& state, const QString& level = QStringLiteral("internal"))
    {
        const qint64 m = newMedium(level, level == QLatin1String("classified") ? kSecretSafe : kSafe);
        QStringList moves;
        if (state == QLatin1String("issued"))
            moves = {QStringLiteral("issue")};
        else if (state == QLatin1String("in_repair"))
            moves = {QStringLiteral("wipe"), QStringLiteral("repair")};
        else if (state == QLatin1String("retired"))
            moves = {QStringLiteral("replace")};
        else if (state == QLatin1String("destroyed"))
            moves = {QStringLiteral("wipe"), QStringLiteral("destroy")};
        else if (state == QLatin1String("carried_out")) {
            approvedCarry(m);
            moves = {QStringLiteral("carry_out")};
        }
        for (const QString& kind : moves) {
            const auto r = event(kind, m);
            if (r.status != 200)
                qWarning() << "could not" << kind << r.json;
        }
        return m;
    }

    QList<QJsonObject> audit(const QString& action, const QString& target = {})
    {
        QSqlDatabase db = server->server().database().connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT seq, outcome, detail, target, account_login FROM audit_log WHERE action = ? "
            "AND (? = '' OR target = ?) ORDER BY seq"));
        q.addBindValue(action);
        q.addBindValue(target);
        q.addBindValue(target);
        q.exec();
        QList<QJsonObject> out;
        while (q.next()) {
            QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            o.insert(QStringLiteral("_seq"), q.value(0).toLongLong());
            o.insert(QStringLiteral("_outcome"), q.value(1).toString());
            o.insert(QStringLiteral("_target"), q.value(3).toString());
            o.insert(QStringLiteral("_who"), q.value(4).toString());
            out << o;
        }
        return out;
    }

  private:
    int m_serial = 0;
};

} // namespace cp::test
