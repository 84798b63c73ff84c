#include "domain/walkin/WalkInService.h"

#include "FileNames.h"
#include "Validators.h"
#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/SeparationOfDuties.h"
#include "domain/UnitOfWork.h"
#include "domain/archives/ArchiveStore.h"
#include "domain/calendar/CalendarStore.h"
#include "domain/documents/ReportService.h"
#include "domain/subjects/SubjectStore.h"
#include "domain/walkin/WalkInInput.h"
#include "domain/walkin/WalkInRules.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace cp::server {

using protocol::ErrorCode;

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
    UnitOfWork work(m_db, m_clock, m_op);
    const QString number = m_store.nextNumber(
        QStringLiteral("WQ") + chinaDate(work.now()).toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-'));
    std::optional<qint64> letterId;
    if (in.letter)
        letterId = m_store.insertLetter(in, subject, m_op.accountId, work.now());
    const qint64 id = m_store.insertApplication(in, number, subject, letterId, m_op.workstation,
                                                m_op.accountId, work.now());
    work.audit(QStringLiteral("walkin.register"), QStringLiteral("application:%1").arg(id),
               QStringLiteral("ok"),
               QStringLiteral("%1 kind=%2 oral=%3")
                   .arg(number, in.kind, in.oral ? QStringLiteral("yes") : QStringLiteral("no")));
    work.commit();
    return get(id);
}

WalkInRow WalkInService::load(qint64 id)
{
    auto r = m_store.application(id);
    if (!r)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("申请 %1 不存在。").arg(id));
    auto& a = r->app;
    const QDate due = a.extendedDueDate.isValid() ? a.extendedDueDate : a.dueDate;
    a.overdue = a.status == QLatin1String("pending") && due.isValid() && due < today();
    return *r;
}

protocol::WalkInApplication WalkInService::toProtocol(const WalkInRow& r)
{
    protocol::WalkInApplication a = r.app;
    if (r.subjectId)
        a.subject = SubjectStore(m_db).summary(*r.subjectId);
    a.materials = m_store.materials(a.id);
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
    const WalkInRow r = load(applicationId);
    if (r.app.status != QLatin1String("registered") && r.app.status != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("申请已办结，不能再添加材料。"));
    walkin::checkMaterial(kind, rawFileName, mimeType, content, kMaxMaterialBytes);
    // Issue 11 finding 14: stored with the extension of the checked content type.
    const QString fileName = safeFileName(rawFileName, mimeType);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    UnitOfWork work(m_db, m_clock, m_op);
    const qint64 id = m_store.insertMaterial(applicationId, kind, fileName, mimeType, content, sha,
                                             m_op.accountId, work.now());
    work.audit(QStringLiteral("walkin.material_add"), QStringLiteral("application:%1").arg(applicationId),
               QStringLiteral("ok"),
               QStringLiteral("material:%1 %2 %3 bytes").arg(id).arg(kind).arg(content.size()));
    work.commit();
    return {id, kind, fileName, mimeType, qint64(content.size()), sha, work.now()};
}

QByteArray WalkInService::materialContent(qint64 applicationId, qint64 materialId,
                                          protocol::MaterialInfo* info)
{
    // seed 004 §27: once a closed application is in the archive room its scans are read there,
    // with the archive's entitlement (ArchiveService), not at the window.
    const WalkInRow r = load(applicationId);
    const bool closed = r.app.status == QLatin1String("answered") || r.app.status == QLatin1String("refused");
    const auto filed = ArchiveStore(m_db).itemStatusOf(QStringLiteral("walkin"), applicationId);
    if (closed && filed && *filed != QLatin1String("unfiled")) {
        UnitOfWork work(m_db, m_clock, m_op);
        work.audit(QStringLiteral("walkin.material_view"), QStringLiteral("material:%1").arg(materialId),
                   QStringLiteral("denied"), QStringLiteral("application:%1 archived").arg(applicationId));
        work.commit();
        throw DomainError(ErrorCode::Forbidden, QStringLiteral("申请材料已归档，请向档案室申请查阅。"),
                          {{QStringLiteral("reason"), QStringLiteral("ARCHIVED")}});
    }
    QByteArray content;
    const auto material = m_store.material(applicationId, materialId, &content);
    if (!material)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("材料不存在。"));
    *info = *material;
    UnitOfWork work(m_db, m_clock, m_op);
    work.audit(QStringLiteral("walkin.material_view"), QStringLiteral("material:%1").arg(materialId),
               QStringLiteral("ok"), QStringLiteral("application:%1").arg(applicationId));
    work.commit();
    return content;
}

void WalkInService::logQuery(UnitOfWork& work, const WalkInRow& r, const QString& outcome,
                             const QJsonObject& extra)
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
    work.audit(QStringLiteral("query.walkin"), target, outcome, detail);
}

void WalkInService::recordDecision(UnitOfWork& work, const WalkInRow& r, const QString& status,
                                   const QString& code, const QString& note)
{
    m_store.setDecision(r.app.id, status, code, note, work.now());
    fileSameDay(work, r);
}

void WalkInService::fileSameDay(UnitOfWork& work, const WalkInRow& r)
{
    // seed 003 附件1.七: the materials are filed the same day (a deferred application on the
    // day it is deferred, not again when it is answered).
    ArchiveStore(m_db).ensureItem(
        QStringLiteral("walkin"), r.app.id,
        QStringLiteral("现场查询申请 %1（%2）").arg(r.app.number, r.app.applicantName), work.now());
}

void WalkInService::refuseAndThrow(const WalkInRow& r, const QString& code, const QString& note,
                                   DomainError error)
{
    UnitOfWork work(m_db, m_clock, m_op);
    recordDecision(work, r, QStringLiteral("refused"), code, note);
    logQuery(work, r, QStringLiteral("refused"),
             {{QStringLiteral("reason"), code}, {QStringLiteral("note"), note}});
    work.commit();
    throw error;
}

protocol::Report WalkInService::answer(qint64 applicationId)
{
    const WalkInRow r = load(applicationId);
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
        if (!m_store.hasMaterial(r.app.id, kind))
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

    UnitOfWork work(m_db, m_clock, m_op);
    report = ReportService(m_db, m_clock).issue(report, r.app.id, *r.subjectId, m_op.accountId);
    recordDecision(work, r, QStringLiteral("answered"), {}, {});
    QJsonArray ids;
    for (const auto& rec : report.records)
        ids.append(rec.id);
    logQuery(work, r, QStringLiteral("ok"),
             {{QStringLiteral("report"), report.number},
              {QStringLiteral("classes"), QJsonArray::fromStringList(report.classes)},
              {QStringLiteral("records"), ids}});
    work.commit();
    return report;
}

protocol::WalkInApplication WalkInService::refuse(qint64 applicationId, const QString& reasonCode,
                                                  const QString& note)
{
    const WalkInRow r = load(applicationId);
    if (r.app.status != QLatin1String("registered") && r.app.status != QLatin1String("pending"))
        throw DomainError(ErrorCode::InvalidState, QStringLiteral("申请 %1 已办结。").arg(r.app.number));
    const auto reason = walkin::refusalReason(reasonCode);
    if (!reason)
        throw DomainError::invalid(QStringLiteral("reasonCode"), QStringLiteral("请选择不予受理的原因。"));
    UnitOfWork work(m_db, m_clock, m_op);
    recordDecision(work, r, QStringLiteral("refused"), reason->code,
                   note.isEmpty() ? reason->wordingZh : note);
    logQuery(work, r, QStringLiteral("refused"),
             {{QStringLiteral("reason"), reason->code}, {QStringLiteral("note"), note}});
    work.commit();
    return get(applicationId);
}

protocol::WalkInApplication WalkInService::defer(qint64 applicationId, const QString& note)
{
    const WalkInRow r = load(applicationId);
    if (r.app.status != QLatin1String("registered"))
        throw DomainError(ErrorCode::InvalidState,
                          QStringLiteral("只有已登记、未办结的申请可以转为限期答复。"));
    const QDate due = CalendarStore(m_db).load().addWorkingDays(today(), kAnswerWorkingDays);
    UnitOfWork work(m_db, m_clock, m_op);
    m_store.setPending(applicationId, due, m_op.accountId);
    fileSameDay(work, r);
    work.audit(QStringLiteral("walkin.defer"), QStringLiteral("application:%1").arg(applicationId),
               QStringLiteral("ok"), QStringLiteral("due %1; %2").arg(dateText(due), note));
    work.commit();
    return get(applicationId);
}

protocol::WalkInApplication WalkInService::extend(qint64 applicationId, int workingDays,
                                                  const QString& reason)
{
    const WalkInRow r = load(applicationId);
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
    UnitOfWork work(m_db, m_clock, m_op);
    m_store.setExtension(applicationId, extended, reason, m_op.accountId);
    work.audit(QStringLiteral("walkin.extend"), QStringLiteral("application:%1").arg(applicationId),
               QStringLiteral("ok"),
               QStringLiteral("+%1 working days to %2: %3").arg(workingDays).arg(dateText(extended), reason));
    work.commit();
    return get(applicationId);
}

QList<protocol::WalkInApplication> WalkInService::pending()
{
    QList<protocol::WalkInApplication> out;
    for (qint64 id : m_store.pendingIds())
        out.append(toProtocol(load(id)));
    return out;
}

std::optional<protocol::SubjectSummary> WalkInService::lookupSubject(const QString& idNumber)
{
    const QString normalised = normaliseIdNumber(idNumber);
    const auto id = SubjectStore(m_db).findId(normalised);
    UnitOfWork work(m_db, m_clock, m_op);
    work.audit(QStringLiteral("subject.lookup"),
               id ? QStringLiteral("subject:%1").arg(*id)
                  : QStringLiteral("subject-number:%1").arg(normalised),
               id ? QStringLiteral("ok") : QStringLiteral("not_found"));
    work.commit();
    if (!id)
        return std::nullopt;
    return SubjectStore(m_db).summary(*id);
}

} // namespace cp::server
