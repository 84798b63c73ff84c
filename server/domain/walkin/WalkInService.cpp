#include "domain/walkin/WalkInService.h"

#include "FileNames.h"
#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/SeparationOfDuties.h"
#include "domain/Sql.h"
#include "domain/archives/ArchiveStore.h"
#include "domain/calendar/CalendarStore.h"
#include "domain/documents/ReportService.h"
#include "domain/subjects/SubjectStore.h"
#include "domain/walkin/WalkInInput.h"
#include "domain/walkin/WalkInRules.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cp::server {

using protocol::ErrorCode;

struct WalkInService::Row
{
    protocol::WalkInApplication app;
    std::optional<qint64> subjectId;
    std::optional<qint64> letterId;
    QString applicantIdType;
    QString workstation;
    qint64 clerkId = 0;    // who registered it
    qint64 deferredBy = 0; // who deferred it (0: not deferred)
};

namespace {

QStringList sorted(const QSet<QString>& s)
{
    QStringList l(s.cbegin(), s.cend());
    l.sort();
    return l;
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

walkin::ApplicationFacts facts(const protocol::WalkInApplication& a, const QString& applicantIdType)
{
    return {a.kind,
            a.subjectKind,
            a.applicantName,
            applicantIdType,
            a.applicantIdNumber,
            QSet<QString>(a.requestedClasses.cbegin(), a.requestedClasses.cend())};
}

} // namespace

QDate WalkInService::today() const
{
    return chinaDate(m_clock.now());
}

protocol::WalkInApplication WalkInService::registerApplication(const protocol::WalkInApplicationInput& raw)
{
    const protocol::WalkInApplicationInput in = walkin::validated(raw, m_db);
    const auto subject = SubjectStore(m_db).findId(in.subjectIdNumber);
    const QDateTime now = m_clock.now();
    const QString prefix =
        QStringLiteral("WQ") + chinaDate(now).toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');

    store::Transaction tx(m_db);
    const QString number = sql::nextDailyNumber(m_db, QStringLiteral("walkin_applications"), prefix, 4);

    QVariant letterId(QMetaType(QMetaType::LongLong));
    if (in.letter) {
        const auto& l = *in.letter;
        auto q = sql::run(
            m_db,
            QStringLiteral(
                "INSERT INTO authorization_letters (subject_kind, subject_id_number, subject_id, "
                "authorized_name, "
                "authorized_id_type, authorized_id_number, matters, valid_from, valid_until, classes, "
                "categories, purpose, certification, certification_detail, recorded_by, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {in.subjectKind, in.subjectIdNumber,
             subject ? QVariant(*subject) : QVariant(QMetaType(QMetaType::LongLong)), l.authorizedName,
             l.authorizedIdType, l.authorizedIdNumber, l.matters, dateText(l.validFrom),
             dateText(l.validUntil), l.classes.join(QLatin1Char(',')), l.categories.join(QLatin1Char(',')),
             l.purpose, l.certification, l.certificationDetail, m_op.accountId, sql::time(now)});
        letterId = q.lastInsertId();
    }
    auto ins = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO walkin_applications (number, kind, subject_kind, subject_id_number, subject_id, "
            "applicant_name, applicant_id_type, applicant_id_number, applicant_phone, letter_id, purpose, "
            "requested_classes, oral, workstation, clerk_id, status, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered', ?)"),
        {number, in.kind, in.subjectKind, in.subjectIdNumber,
         subject ? QVariant(*subject) : QVariant(QMetaType(QMetaType::LongLong)), in.applicantName,
         in.applicantIdType, in.applicantIdNumber, in.applicantPhone, letterId, in.purpose,
         in.requestedClasses.join(QLatin1Char(',')), in.oral ? 1 : 0, m_op.workstation, m_op.accountId,
         sql::time(now)});
    const qint64 id = ins.lastInsertId().toLongLong();
    AuditLog::append(m_db, now,
                     {m_op.actor, QStringLiteral("walkin.register"), QStringLiteral("application:%1").arg(id),
                      QStringLiteral("ok"),
                      QStringLiteral("%1 kind=%2 oral=%3")
                          .arg(number, in.kind, in.oral ? QStringLiteral("yes") : QStringLiteral("no"))});
    tx.commit();
    return get(id);
}

WalkInService::Row WalkInService::load(qint64 id)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT a.id, a.number, a.kind, a.status, a.subject_kind, a.subject_id_number, "
                       "a.subject_id, a.applicant_name, a.applicant_id_type, a.applicant_id_number, "
                       "a.purpose, a.requested_classes, a.oral, a.refusal_code, a.refusal_note, a.due_date, "
                       "a.extended_due_date, a.letter_id, a.workstation, a.created_at, "
                       "(SELECT r.number FROM reports r WHERE r.application_id = a.id), "
                       "a.clerk_id, a.deferred_by "
                       "FROM walkin_applications a WHERE a.id = ?"),
        {id});
    if (!q.next())
        throw DomainError(ErrorCode::NotFound, QStringLiteral("申请 %1 不存在。").arg(id));
    Row r;
    auto& a = r.app;
    a.id = q.value(0).toLongLong();
    a.number = q.value(1).toString();
    a.kind = q.value(2).toString();
    a.status = q.value(3).toString();
    a.subjectKind = q.value(4).toString();
    a.subjectIdNumber = q.value(5).toString();
    if (!q.value(6).isNull())
        r.subjectId = q.value(6).toLongLong();
    a.applicantName = q.value(7).toString();
    r.applicantIdType = q.value(8).toString();
    a.applicantIdNumber = q.value(9).toString();
    a.purpose = q.value(10).toString();
    a.requestedClasses = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.oral = q.value(12).toInt() != 0;
    a.refusalCode = q.value(13).toString();
    a.refusalNote = q.value(14).toString();
    a.dueDate = sql::date(q.value(15));
    a.extendedDueDate = sql::date(q.value(16));
    if (!q.value(17).isNull())
        r.letterId = q.value(17).toLongLong();
    r.workstation = q.value(18).toString();
    a.createdAt = sql::time(q.value(19));
    a.reportNumber = q.value(20).toString();
    r.clerkId = q.value(21).toLongLong();
    r.deferredBy = q.value(22).toLongLong();
    const QDate due = a.extendedDueDate.isValid() ? a.extendedDueDate : a.dueDate;
    a.overdue = a.status == QLatin1String("pending") && due.isValid() && due < today();
    return r;
}

protocol::WalkInApplication WalkInService::toProtocol(const Row& r)
{
    protocol::WalkInApplication a = r.app;
    if (r.subjectId)
        a.subject = SubjectStore(m_db).summary(*r.subjectId);
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at "
                                     "FROM application_materials WHERE application_id = ? ORDER BY id"),
                      {a.id});
    while (q.next())
        a.materials.append({q.value(0).toLongLong(), q.value(1).toString(),
                            safeFileName(q.value(2).toString(), q.value(3).toString()), q.value(3).toString(),
                            q.value(4).toLongLong(), q.value(5).toString(), sql::time(q.value(6))});
    return a;
}

protocol::WalkInApplication WalkInService::get(qint64 id)
{
    return toProtocol(load(id));
}

protocol::MaterialInfo WalkInService::addMaterial(qint64 applicationId, const QString& kind,
                                                  const QString& rawFileName, const QString& mimeType,
                                                  const QByteArray& content)
{
    const Row r = load(applicationId);
    if (r.app.status != QLatin1String("registered") && r.app.status != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("申请已办结，不能再添加材料。"));
    walkin::checkMaterial(kind, rawFileName, mimeType, content, kMaxMaterialBytes);
    // Issue 11 finding 14: stored with the extension of the checked content type.
    const QString fileName = safeFileName(rawFileName, mimeType);
    const QDateTime now = m_clock.now();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    store::Transaction tx(m_db);
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO application_materials (application_id, kind, file_name, mime_type, "
            "size_bytes, sha256, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {applicationId, kind, fileName, mimeType, qint64(content.size()), sha, content, m_op.accountId,
         sql::time(now)});
    const qint64 id = q.lastInsertId().toLongLong();
    AuditLog::append(m_db, now,
                     {m_op.actor, QStringLiteral("walkin.material_add"),
                      QStringLiteral("application:%1").arg(applicationId), QStringLiteral("ok"),
                      QStringLiteral("material:%1 %2 %3 bytes").arg(id).arg(kind).arg(content.size())});
    tx.commit();
    return {id, kind, fileName, mimeType, qint64(content.size()), sha, now};
}

QByteArray WalkInService::materialContent(qint64 applicationId, qint64 materialId,
                                          protocol::MaterialInfo* info)
{
    // seed 004 §27: once a closed application is in the archive room its scans are read there,
    // with the archive's entitlement (ArchiveService), not at the window.
    const Row r = load(applicationId);
    const bool closed = r.app.status == QLatin1String("answered") || r.app.status == QLatin1String("refused");
    const auto filed = ArchiveStore(m_db).itemStatusOf(QStringLiteral("walkin"), applicationId);
    if (closed && filed && *filed != QLatin1String("unfiled")) {
        store::Transaction tx(m_db);
        AuditLog::append(m_db, m_clock.now(),
                         {m_op.actor, QStringLiteral("walkin.material_view"),
                          QStringLiteral("material:%1").arg(materialId), QStringLiteral("denied"),
                          QStringLiteral("application:%1 archived").arg(applicationId)});
        tx.commit();
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("申请材料已归档，请向档案室申请查阅。"),
                          {{QStringLiteral("reason"), QStringLiteral("ARCHIVED")}});
    }
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at, content "
                       "FROM application_materials WHERE id = ? AND application_id = ?"),
        {materialId, applicationId});
    if (!q.next())
        throw DomainError(ErrorCode::NotFound, QStringLiteral("材料不存在。"));
    *info = {q.value(0).toLongLong(),
             q.value(1).toString(),
             safeFileName(q.value(2).toString(), q.value(3).toString()),
             q.value(3).toString(),
             q.value(4).toLongLong(),
             q.value(5).toString(),
             sql::time(q.value(6))};
    const QByteArray content = q.value(7).toByteArray();
    q.finish();
    store::Transaction tx(m_db);
    AuditLog::append(m_db, m_clock.now(),
                     {m_op.actor, QStringLiteral("walkin.material_view"),
                      QStringLiteral("material:%1").arg(materialId), QStringLiteral("ok"),
                      QStringLiteral("application:%1").arg(applicationId)});
    tx.commit();
    return content;
}

void WalkInService::logQuery(const Row& r, const QString& outcome, const QJsonObject& extra)
{
    // seed 003 附件1.七(一): subject, time, purpose, scope, applicant, letter, operator,
    // workstation and certificate — permanent, in the tamper-evident chain.
    QJsonObject detail = extra;
    detail.insert(QStringLiteral("application"), r.app.number);
    detail.insert(QStringLiteral("subjectIdNumber"), r.app.subjectIdNumber);
    detail.insert(QStringLiteral("purpose"), r.app.purpose);
    detail.insert(QStringLiteral("requestedClasses"), QJsonArray::fromStringList(r.app.requestedClasses));
    detail.insert(QStringLiteral("applicant"),
                  QJsonObject{{QStringLiteral("name"), r.app.applicantName},
                              {QStringLiteral("idType"), r.applicantIdType},
                              {QStringLiteral("idNumber"), r.app.applicantIdNumber}});
    if (r.letterId)
        detail.insert(QStringLiteral("letter"), *r.letterId);
    detail.insert(QStringLiteral("workstation"), m_op.workstation);
    const QString target = r.subjectId ? QStringLiteral("subject:%1").arg(*r.subjectId)
                                       : QStringLiteral("subject-number:%1").arg(r.app.subjectIdNumber);
    AuditLog::append(m_db, m_clock.now(),
                     {m_op.actor, QStringLiteral("query.walkin"), target, outcome,
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

void WalkInService::recordDecision(const Row& r, const QString& status, const QString& code,
                                   const QString& note)
{
    const QDateTime now = m_clock.now();
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE walkin_applications SET status = ?, refusal_code = ?, refusal_note = ?, decided_at = ? "
            "WHERE id = ?"),
        {status, sql::nullableText(code), sql::nullableText(note), sql::time(now), r.app.id});
    fileSameDay(r);
}

void WalkInService::fileSameDay(const Row& r)
{
    // seed 003 附件1.七: the materials are filed the same day (a deferred application on the
    // day it is deferred, not again when it is answered).
    ArchiveStore(m_db).ensureItem(
        QStringLiteral("walkin"), r.app.id,
        QStringLiteral("现场查询申请 %1（%2）").arg(r.app.number, r.app.applicantName), m_clock.now());
}

void WalkInService::refuseAndThrow(const Row& r, const QString& code, const QString& note, DomainError error)
{
    store::Transaction tx(m_db);
    recordDecision(r, QStringLiteral("refused"), code, note);
    logQuery(r, QStringLiteral("refused"),
             {{QStringLiteral("reason"), code}, {QStringLiteral("note"), note}});
    tx.commit();
    throw error;
}

protocol::Report WalkInService::answer(qint64 applicationId)
{
    const Row r = load(applicationId);
    if (r.app.status != QLatin1String("registered") && r.app.status != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("申请 %1 已办结（%2）。").arg(r.app.number, r.app.status));
    const auto f = facts(r.app, r.applicantIdType);

    if (!r.subjectId) {
        const auto reason = walkin::refusalReason(QStringLiteral("SUBJECT_UNKNOWN"));
        refuseAndThrow(r, reason->code, reason->wordingZh,
                       DomainError(ErrorCode::SubjectUnknown, reason->wordingZh));
    }
    QStringList missing;
    for (const QString& kind : walkin::requiredMaterials(f)) {
        if (!sql::run(
                 m_db,
                 QStringLiteral("SELECT 1 FROM application_materials WHERE application_id = ? AND kind = ?"),
                 {r.app.id, kind})
                 .next())
            missing.append(kind);
    }
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString& k : missing)
            names.append(walkin::materialKindZh(k));
        const QString msg = QStringLiteral("缺少材料：%1。").arg(names.join(QStringLiteral("、")));
        refuseAndThrow(r, QStringLiteral("MATERIALS_INCOMPLETE"), msg,
                       DomainError(ErrorCode::MaterialsIncomplete, msg,
                                   {{QStringLiteral("missing"), QJsonArray::fromStringList(missing)}}));
    }
    std::optional<walkin::Letter> letter;
    if (r.letterId)
        letter = m_store.letter(*r.letterId);
    if (letter) {
        if (const auto problem = walkin::checkLetter(*letter, f, today()))
            refuseAndThrow(r, problem->code, problem->messageZh,
                           DomainError(ErrorCode::AuthorizationRefused, problem->messageZh,
                                       {{QStringLiteral("reason"), problem->code}}));
    }
    const QSet<QString> entitled = walkin::entitledClasses(f, letter);
    if (!f.requestedClasses.isEmpty() && !(f.requestedClasses - entitled).isEmpty()) {
        const auto reason = walkin::refusalReason(QStringLiteral("OUT_OF_SCOPE"));
        refuseAndThrow(r, reason->code, reason->wordingZh,
                       DomainError(ErrorCode::AuthorizationRefused, reason->wordingZh,
                                   {{QStringLiteral("reason"), QStringLiteral("LETTER_NOT_COVERED")}}));
    }

    protocol::Report report;
    report.workstation = m_op.workstation;
    report.clerkName = m_op.fullName;
    report.subject = SubjectStore(m_db).summary(*r.subjectId);
    report.applicantName = r.app.applicantName;
    report.purpose = r.app.purpose;
    const QSet<QString> classes = f.requestedClasses & entitled;
    report.classes = sorted(classes);
    report.records = SubjectStore(m_db).reportRecords(*r.subjectId, classes,
                                                      letter ? letter->categories : QSet<QString>(), today());

    store::Transaction tx(m_db);
    report = ReportService(m_db, m_clock).issue(report, r.app.id, *r.subjectId, m_op.accountId);
    recordDecision(r, QStringLiteral("answered"), {}, {});
    QJsonArray ids;
    for (const auto& rec : report.records)
        ids.append(rec.id);
    logQuery(r, QStringLiteral("ok"),
             {{QStringLiteral("report"), report.number},
              {QStringLiteral("classes"), QJsonArray::fromStringList(report.classes)},
              {QStringLiteral("records"), ids}});
    tx.commit();
    return report;
}

protocol::WalkInApplication WalkInService::refuse(qint64 applicationId, const QString& reasonCode,
                                                  const QString& note)
{
    const Row r = load(applicationId);
    if (r.app.status != QLatin1String("registered") && r.app.status != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("申请 %1 已办结。").arg(r.app.number));
    const auto reason = walkin::refusalReason(reasonCode);
    if (!reason)
        throw DomainError::invalid(QStringLiteral("reasonCode"), QStringLiteral("请选择不予受理的原因。"));
    store::Transaction tx(m_db);
    recordDecision(r, QStringLiteral("refused"), reason->code, note.isEmpty() ? reason->wordingZh : note);
    logQuery(r, QStringLiteral("refused"),
             {{QStringLiteral("reason"), reason->code}, {QStringLiteral("note"), note}});
    tx.commit();
    return get(applicationId);
}

protocol::WalkInApplication WalkInService::defer(qint64 applicationId, const QString& note)
{
    const Row r = load(applicationId);
    if (r.app.status != QLatin1String("registered"))
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("只有已登记、未办结的申请可以转为限期答复。"));
    const QDate due = CalendarStore(m_db).load().addWorkingDays(today(), kAnswerWorkingDays);
    store::Transaction tx(m_db);
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE walkin_applications SET status = 'pending', due_date = ?, deferred_by = ? WHERE id = ?"),
        {sql::date(due), m_op.accountId, applicationId});
    fileSameDay(r);
    AuditLog::append(m_db, m_clock.now(),
                     {m_op.actor, QStringLiteral("walkin.defer"),
                      QStringLiteral("application:%1").arg(applicationId), QStringLiteral("ok"),
                      QStringLiteral("due %1; %2").arg(dateText(due), note)});
    tx.commit();
    return get(applicationId);
}

protocol::WalkInApplication WalkInService::extend(qint64 applicationId, int workingDays,
                                                  const QString& reason)
{
    const Row r = load(applicationId);
    if (r.app.status != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("只有限期答复中的申请可以延期。"));
    if (r.app.extendedDueDate.isValid())
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("该申请已延期一次，不能再次延期。"));
    // seed 003 附件1.五(六) "经信用主管部门批准": approved by another person than the clerks who
    // registered and deferred it (SPEC §3.7), whatever roles the approving account holds.
    requireAnotherPerson(
        m_op.accountId, QStringLiteral("批准该申请延期答复"),
        {{r.clerkId, QStringLiteral("registrar"), QStringLiteral("登记该申请的窗口受理员")},
         {r.deferredBy, QStringLiteral("deferrer"), QStringLiteral("转为限期答复的经办人")}});
    if (workingDays < 1 || workingDays > kMaxExtensionDays)
        throw DomainError::invalid(QStringLiteral("workingDays"),
                                   QStringLiteral("延期天数应为 1–15 个工作日。"));
    if (reason.trimmed().isEmpty())
        throw DomainError::invalid(QStringLiteral("reason"), QStringLiteral("请填写延期理由。"));
    const QDate extended = CalendarStore(m_db).load().addWorkingDays(r.app.dueDate, workingDays);
    store::Transaction tx(m_db);
    sql::run(m_db,
             QStringLiteral("UPDATE walkin_applications SET extended_due_date = ?, extension_reason = ?, "
                            "extension_approved_by = ? WHERE id = ?"),
             {sql::date(extended), reason, m_op.accountId, applicationId});
    AuditLog::append(
        m_db, m_clock.now(),
        {m_op.actor, QStringLiteral("walkin.extend"), QStringLiteral("application:%1").arg(applicationId),
         QStringLiteral("ok"),
         QStringLiteral("+%1 working days to %2: %3").arg(workingDays).arg(dateText(extended), reason)});
    tx.commit();
    return get(applicationId);
}

QList<protocol::WalkInApplication> WalkInService::pending()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT id FROM walkin_applications WHERE status = 'pending' "
                                           "ORDER BY COALESCE(extended_due_date, due_date), id"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<protocol::WalkInApplication> out;
    for (qint64 id : ids)
        out.append(toProtocol(load(id)));
    return out;
}

std::optional<protocol::SubjectSummary> WalkInService::lookupSubject(const QString& idNumber)
{
    const QString normalised = normaliseIdNumber(idNumber);
    const auto id = SubjectStore(m_db).findId(normalised);
    store::Transaction tx(m_db);
    AuditLog::append(
        m_db, m_clock.now(),
        {m_op.actor,
         QStringLiteral("subject.lookup"),
         id ? QStringLiteral("subject:%1").arg(*id) : QStringLiteral("subject-number:%1").arg(normalised),
         id ? QStringLiteral("ok") : QStringLiteral("not_found"),
         {}});
    tx.commit();
    if (!id)
        return std::nullopt;
    return SubjectStore(m_db).summary(*id);
}

} // namespace cp::server
