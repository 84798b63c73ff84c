#include "Desks.h"

#include <QtTest>

namespace cp::test {

HttpsProbe probeFor(const TestServer& s, const QString& certName)
{
    return HttpsProbe(s.baseUrl(), s.pki().caCert(), s.pki().userP12(certName), s.pki().p12Password);
}

std::unique_ptr<HttpsProbe> deskFor(const TestServer& s, const QString& certName)
{
    return std::make_unique<HttpsProbe>(s.baseUrl(), s.pki().caCert(), s.pki().userP12(certName),
                                        s.pki().p12Password);
}

AccountSpec staffAccount(const QString& login, const QStringList& roles, const QString& password,
                         const QString& fullName, const QString& regionCode)
{
    AccountSpec spec;
    spec.login = login;
    spec.fullName = fullName;
    spec.roles = roles;
    spec.password = password;
    if (!regionCode.isEmpty())
        spec.regionCode = regionCode;
    return spec;
}

void addRoleDesks(TestServer& s, const QStringList& roles, const QString& password, Desks& desks, bool named)
{
    for (const QString& role : roles) {
        s.createAccount(
            staffAccount(role, {role}, password, named ? role + QStringLiteral("用户") : QString()));
        desks[role] = deskFor(s, role);
    }
}

void addRefusalRows(const QStringList& roles, const QString& allowedRole,
                    const QList<std::pair<QString, QString>>& routes)
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    for (const QString& role : roles) {
        if (role == allowedRole)
            continue;
        for (const auto& [method, path] : routes)
            QTest::newRow(qPrintable(role + QLatin1Char(' ') + method + QLatin1Char(' ') + path))
                << role << method << path;
    }
}

} // namespace cp::test
