// Test data for walk-in tests: subjects and records written straight into the
// test server's encrypted database, and request bodies built like the client's.
#pragma once

#include "HttpsProbe.h"
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

inline QDate chinaToday(const TestServer& s)
{
    return s.now().toTimeZone(QTimeZone(8 * 3600)).date();
}

inline qint64 insert(TestServer& s, const QString& sql, const QVariantList& values)
{
    QSqlDatabase db = s.server().database().connection();
    QSqlQuery q(db);
    q.prepare(sql);
    for (const auto& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture insert failed: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

inline qint64 addSubject(TestServer& s, const QString& kind, const QString& idNumber, const QString& name)
{
    return insert(
        s,
        QStringLiteral(
            "INSERT INTO subjects (kind, id_number, name, legal_representative, region_code, created_at) "
            "VALUES (?, ?, ?, ?, '360202', '2026-01-01T00:00:00.000Z')"),
        {kind, idNumber, name, kind == QLatin1String("legal") ? QStringLiteral("张三") : QStringLiteral("")});
}

inline qint64 addRecord(TestServer& s, qint64 subjectId, const QString& openClass, const QString& category,
                        const QString& title, const QString& status = QStringLiteral("active"),
                        const QString& dispute = QStringLiteral("none"), const QString& markReason = {},
                        const QDate& markUntil = {})
{
    return insert(
        s,
        QStringLiteral(
            "INSERT INTO credit_records (subject_id, category_code, title, content, provider_department, "
            "document_number, decision_date, valid_until, open_class, region_code, status, dispute_state, "
            "applicant_mark_reason, applicant_mark_until, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, '景德镇市市场监督管理局', '景市监〔2025〕1号', '2025-03-01', NULL, ?, "
            "'360202', "
            "?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
        {subjectId, category, title, title + QStringLiteral("（内容）"), openClass, status, dispute,
         markReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(markReason),
         markUntil.isValid() ? QVariant(markUntil.toString(Qt::ISODate))
                             : QVariant(QMetaType(QMetaType::QString))});
}

inline protocol::WalkInApplicationInput selfQuery(const QString& idNumber, const QString& name)
{
    protocol::WalkInApplicationInput in;
    in.kind = QStringLiteral("self");
    in.subjectKind = QStringLiteral("natural");
    in.subjectIdNumber = idNumber;
    in.applicantName = name;
    in.applicantIdNumber = idNumber;
    in.purpose = QStringLiteral("办理贷款");
    in.requestedClasses = {QStringLiteral("A"), QStringLiteral("B")};
    return in;
}

inline protocol::AuthorizationLetterInput letterFor(const QString& agentName, const QString& agentId,
                                                    const QDate& from, const QDate& until)
{
    protocol::AuthorizationLetterInput l;
    l.authorizedName = agentName;
    l.authorizedIdType = QStringLiteral("citizen_id");
    l.authorizedIdNumber = agentId;
    l.matters = QStringLiteral("代为查询本人公共信用信息");
    l.validFrom = from;
    l.validUntil = until;
    l.classes = {QStringLiteral("A"), QStringLiteral("B")};
    l.purpose = QStringLiteral("办理贷款");
    l.certification = QStringLiteral("notarized");
    l.certificationDetail = QStringLiteral("景德镇市公证处（2026）景证字第 100 号");
    return l;
}

inline QByteArray pdfBytes()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
}

inline ProbeReply attach(HttpsProbe& p, qint64 appId, const QString& kind,
                         const QByteArray& bytes = pdfBytes(),
                         const QString& mime = QStringLiteral("application/pdf"))
{
    return p.post(QStringLiteral("/api/v1/walkin/applications/%1/materials").arg(appId),
                  {{QStringLiteral("kind"), kind},
                   {QStringLiteral("fileName"), kind + QStringLiteral(".pdf")},
                   {QStringLiteral("mimeType"), mime},
                   {QStringLiteral("contentBase64"), QString::fromLatin1(bytes.toBase64())}});
}

} // namespace cp::test
