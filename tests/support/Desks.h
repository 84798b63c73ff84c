// Staff desks of the server tests: accounts bound to users/<login>.p12 and
// HTTPS probes holding those certificates.
#pragma once

#include "HttpsProbe.h"
#include "TestServer.h"

#include <map>
#include <memory>

namespace cp::test {

using Desks = std::map<QString, std::unique_ptr<HttpsProbe>>;

/// A probe with users/<certName>.p12, not logged in.
HttpsProbe probeFor(const TestServer& s, const QString& certName);
std::unique_ptr<HttpsProbe> deskFor(const TestServer& s, const QString& certName);

/// An account with login, roles and password; fullName and regionCode when given
/// (else AccountSpec's defaults).
AccountSpec staffAccount(const QString& login, const QStringList& roles, const QString& password,
                         const QString& fullName = {}, const QString& regionCode = {});

/// One account per role (login = role code, roles = {role}; full name
/// "<role>用户" when named) and its desk, not logged in: callers check the logins.
void addRoleDesks(TestServer& s, const QStringList& roles, const QString& password, Desks& desks,
                  bool named = true);

/// Rows (role, method, path) of a refusal test's _data function: every route
/// for every role but the one allowed.
void addRefusalRows(const QStringList& roles, const QString& allowedRole,
                    const QList<std::pair<QString, QString>>& routes);

} // namespace cp::test
