// Test data for walk-in tests: subjects and records written through the domain
// store into the test server's encrypted database, and request bodies built like
// the client's.
#pragma once

#include "AuditProbe.h"
#include "Desks.h"
#include "HttpsProbe.h"
#include "TestDb.h"
#include "TestServer.h"
#include "WalkInProtocol.h"
#include "app/CreditServer.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

namespace cp::test {

inline const QString kPassword = QStringLiteral("Desk#2026secure");
// Valid check digits (GB 11643 / GB 32100).
inline const QString kPersonId = QStringLiteral("11010519491231002X");
inline const QString kAgentId = QStringLiteral("360202198805060011");
inline const QString kCompanyCode = QStringLiteral("91350100M000100Y43");

/// The date in China (UTC+8) at the server's clock.
QDate chinaToday(const TestServer& s);

/// A subject in region 360202 (a legal person's representative is 张三).
qint64 addSubject(TestServer& s, const QString& kind, const QString& idNumber, const QString& name);

/// A record of subjectId, decided 2025-03-01 by 景德镇市市场监督管理局 (景市监〔2025〕1号),
/// content "<title>（内容）", region 360202, no end of validity.
qint64 addRecord(TestServer& s, qint64 subjectId, const QString& openClass, const QString& category,
                 const QString& title, const QString& status = QStringLiteral("active"),
                 const QString& dispute = QStringLiteral("none"), const QString& markReason = {},
                 const QDate& markUntil = {});

protocol::WalkInApplicationInput selfQuery(const QString& idNumber, const QString& name);

protocol::AuthorizationLetterInput letterFor(const QString& agentName, const QString& agentId,
                                             const QDate& from, const QDate& until);

QByteArray pdfBytes();

ProbeReply attach(HttpsProbe& p, qint64 appId, const QString& kind, const QByteArray& bytes = pdfBytes(),
                  const QString& mime = QStringLiteral("application/pdf"));

} // namespace cp::test
