// Helpers of the admin-console tests: the three separated administrators,
// valid citizen IDs, certificate files as the console uploads them, and
// direct reads of the test server's database.
#pragma once

#include "AuditProbe.h"
#include "Desks.h"
#include "HttpsProbe.h"
#include "TestDb.h"
#include "TestServer.h"
#include "Validators.h"
#include "app/CreditServer.h"
#include "domain/audit/AuditLog.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

namespace cp::test {

inline const QString kAdminPassword = QStringLiteral("Desk#2026secure");

/// A valid 18-digit citizen ID (GB 11643 check digit), distinct for each n < 1000.
inline QString citizenId(int n)
{
    const QString first17 = QStringLiteral("36020219850101%1").arg(n, 3, 10, QLatin1Char('0'));
    return first17 + *cp::citizenIdCheckDigit(first17);
}

inline QString fileBase64(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromLatin1(f.readAll().toBase64());
}

/// Logged in as certName (bound to an account with kAdminPassword).
inline HttpsProbe loggedIn(const TestServer& s, const QString& certName)
{
    HttpsProbe p = probeFor(s, certName);
    const auto r = p.login(kAdminPassword);
    if (r.status != 200)
        qWarning("login of %s failed: %d %s", qPrintable(certName), r.status, qPrintable(r.errorMessage()));
    return p;
}

inline qint64 accountId(TestServer& s, const QString& login)
{
    return scalar(s, QStringLiteral("SELECT id FROM accounts WHERE login = ?"), {login}).toLongLong();
}

inline qint64 certificateIdOf(TestServer& s, const QString& login)
{
    return scalar(s,
                  QStringLiteral("SELECT c.id FROM certificates c JOIN accounts a ON a.id = c.account_id "
                                 "WHERE a.login = ? ORDER BY c.id"),
                  {login})
        .toLongLong();
}

/// Body of POST /api/v1/admin/accounts for users/<certName>.pem.
inline QJsonObject newAccountBody(const TestServer& s, const QString& login, int idSeq,
                                  const QString& certName)
{
    return {{"login", login},
            {"fullName", QStringLiteral("测试%1").arg(idSeq)},
            {"idNumber", citizenId(idSeq)},
            {"unit", QStringLiteral("景德镇市信用中心")},
            {"position", QStringLiteral("科员")},
            {"phone", QStringLiteral("13912345678")},
            {"regionCode", QStringLiteral("360200")},
            {"certificate", fileBase64(s.pki().userCert(certName))}};
}

/// Runs a command (openssl, make-pki); "" on success, else its output.
inline QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll());
    return {};
}

} // namespace cp::test
