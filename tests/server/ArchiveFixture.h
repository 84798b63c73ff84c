// A running server with the archive room's people (two archivists, an approver,
// a clerk, an officer, a department user), a natural-person subject, and the
// moves of the archive workflow as the client makes them. Items come from real
// walk-in answers and dispute acceptances (seed 003 附件1.七(二), 附件2.八(二)).
#pragma once

#include "ArchiveProtocol.h"
#include "DisputeFixture.h"

#include <QJsonArray>
#include <map>
#include <memory>

namespace cp::test {

class ArchiveDesk
{
  public:
    std::unique_ptr<TestServer> server;
    std::map<QString, std::unique_ptr<HttpsProbe>> users; // by login
    std::map<QString, qint64> ids;                        // account ids by login
    qint64 person = 0;
    const QString personName = QStringLiteral("李明");

    bool start()
    {
        const QStringList logins{QStringLiteral("archivist"), QStringLiteral("checker"),
                                 QStringLiteral("approver"),  QStringLiteral("clerk"),
                                 QStringLiteral("officer"),   QStringLiteral("department"),
                                 QStringLiteral("sysadmin")};
        server = std::make_unique<TestServer>(logins);
        if (!server->isRunning())
            return false;
        for (const QString& login : logins) {
            AccountSpec spec;
            spec.login = login;
            spec.fullName = login + QStringLiteral("用户");
            spec.roles = {login == QLatin1String("checker") ? QStringLiteral("archivist") : login};
            spec.password = kPassword;
            spec.regionCode = QStringLiteral("360200");
            ids[login] = server->createAccount(spec);
            users[login] = deskFor(*server, login);
        }
        relogin();
        person = addSubject(*server, QStringLiteral("natural"), kPersonId, personName);
        addRecord(*server, person, QStringLiteral("A"), QStringLiteral("admin_penalty"),
                  QStringLiteral("处罚"));
        return true;
    }
    HttpsProbe& as(const QString& login) { return *users.at(login); }
    /// Logs everyone in again; after a jump past the password's maximum age (five years
    /// of retention), the forced change is made with a fresh password (SPEC §8).
    void relogin()
    {
        for (auto& [name, probe] : users) {
            QString& password = passwords[name];
            if (password.isEmpty())
                password = kPassword;
            const auto r = probe->login(password);
            if (r.status != 200)
                qFatal("login failed for %s", qPrintable(name));
            if (r.json.value(QStringLiteral("mustChangePassword")).toBool()) {
                const QString next = kPassword + QString::number(++m_generation);
                if (probe
                        ->post(QStringLiteral("/api/v1/session/password"),
                               {{QStringLiteral("oldPassword"), password},
                                {QStringLiteral("newPassword"), next}})
                        .status != 200)
                    qFatal("password change failed for %s", qPrintable(name));
                password = next;
                probe->login(password);
            }
        }
    }
    std::map<QString, QString> passwords;
    void advanceDays(int days)
    {
        server->advanceClock(qint64(days) * 86400);
        relogin();
    }
    QDate today() const { return chinaToday(*server); }

    /// A walk-in self-query answered now, with an ID copy whose bytes are `scan`; its archive item id.
    qint64 walkInItem(const QByteArray& scan = pdfBytes())
    {
        auto& clerk = as(QStringLiteral("clerk"));
        const auto reg = clerk.post(QStringLiteral("/api/v1/walkin/applications"),
                                    selfQuery(kPersonId, personName).toJson());
        const qint64 app = reg.json.value(QStringLiteral("id")).toInteger();
        attach(clerk, app, QStringLiteral("id_copy"), scan);
        clerk.post(QStringLiteral("/api/v1/walkin/applications/%1/answer").arg(app), {});
        return scalar(*server,
                      QStringLiteral(
                          "SELECT id FROM archive_items WHERE source_kind = 'walkin' AND source_id = ?"),
                      {app})
            .toLongLong();
    }
    ProbeReply file(const QList<qint64>& items, const QString& volume = QStringLiteral("2026-XC-001"))
    {
        protocol::FilingInput in;
        in.itemIds = items;
        in.volumeNumber = volume;
        in.location = {QStringLiteral("一号档案室"), QStringLiteral("A-03"), QStringLiteral("第2层")};
        return as(QStringLiteral("archivist"))
            .post(QStringLiteral("/api/v1/archives/items/filing"), in.toJson());
    }
    qint64 filedItem(const QByteArray& scan = pdfBytes())
    {
        const qint64 id = walkInItem(scan);
        if (file({id}).status != 200)
            qWarning() << "filing failed";
        return id;
    }
    QJsonObject item(qint64 id)
    {
        return as(QStringLiteral("archivist")).get(QStringLiteral("/api/v1/archives/items/%1").arg(id)).json;
    }

    ProbeReply requestLoan(const QList<qint64>& items, const QString& borrower, const QString& mode,
                           const QDate& due)
    {
        protocol::LoanRequestInput in;
        in.itemIds = items;
        in.borrowerId = ids.at(borrower);
        in.purpose = QStringLiteral("核对异议材料");
        in.mode = mode;
        in.requestedReturn = due;
        return as(QStringLiteral("archivist")).post(QStringLiteral("/api/v1/archives/loans"), in.toJson());
    }
    static QJsonObject loanOf(const ProbeReply& r) { return r.json.value(QStringLiteral("loan")).toObject(); }
    QJsonObject loan(qint64 id)
    {
        return as(QStringLiteral("archivist")).get(QStringLiteral("/api/v1/archives/loans/%1").arg(id)).json;
    }
    QString loanState(qint64 id) { return loan(id).value(QStringLiteral("state")).toString(); }

    /// One loan step with a valid body by `login`.
    ProbeReply loanStep(const QString& login, const QString& action, qint64 loanId)
    {
        QJsonObject body;
        if (action == QLatin1String("approval"))
            body = {{QStringLiteral("note"), QStringLiteral("同意")}};
        else if (action == QLatin1String("rejection") || action == QLatin1String("cancellation"))
            body = {{QStringLiteral("reason"), QStringLiteral("不符合借阅范围")}};
        else if (action == QLatin1String("renewal")) {
            const QDate due =
                protocol::fromWireDate(loan(loanId).value(QStringLiteral("dueDate")).toString());
            body = {
                {QStringLiteral("dueDate"), protocol::toWireDate(due.isValid() ? due.addDays(3) : today())},
                {QStringLiteral("reason"), QStringLiteral("核对未完成")}};
        } else if (action == QLatin1String("return")) {
            QJsonArray items;
            for (const auto& v : loan(loanId).value(QStringLiteral("items")).toArray())
                items.append(
                    QJsonObject{{QStringLiteral("itemId"), v.toObject().value(QStringLiteral("itemId"))},
                                {QStringLiteral("condition"), QStringLiteral("intact")}});
            body = {{QStringLiteral("items"), items}};
        }
        return as(login).post(QStringLiteral("/api/v1/archives/loans/%1/%2").arg(loanId).arg(action), body);
    }

    /// A take-out loan of a fresh filed item to the clerk, driven to `state`.
    qint64 loanIn(const QString& state)
    {
        const qint64 item = filedItem();
        const qint64 id = loanOf(requestLoan({item}, QStringLiteral("clerk"), QStringLiteral("take_out"),
                                             today().addDays(7)))
                              .value(QStringLiteral("id"))
                              .toInteger();
        const QString archivist = QStringLiteral("archivist"), approver = QStringLiteral("approver");
        if (state == QLatin1String("rejected"))
            loanStep(approver, QStringLiteral("rejection"), id);
        else if (state == QLatin1String("cancelled"))
            loanStep(archivist, QStringLiteral("cancellation"), id);
        else if (state != QLatin1String("requested")) {
            loanStep(approver, QStringLiteral("approval"), id);
            if (state != QLatin1String("approved")) {
                loanStep(archivist, QStringLiteral("checkout"), id);
                if (state == QLatin1String("returned"))
                    loanStep(archivist, QStringLiteral("return"), id);
            }
        }
        return id;
    }

    QList<QJsonObject> auditEntries(const QString& action) { return cp::test::auditEntries(*server, action); }

  private:
    int m_generation = 0;
};

} // namespace cp::test
