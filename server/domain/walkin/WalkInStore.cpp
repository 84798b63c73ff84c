#include "domain/walkin/WalkInStore.h"

#include "FileNames.h"
#include "domain/DomainError.h"

namespace cp::server {
namespace {

QSet<QString> csvSet(const QString& csv)
{
    const QStringList parts = csv.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return QSet<QString>(parts.cbegin(), parts.cend());
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

const sql::Columns& applicationColumns()
{
    static const sql::Columns columns(QStringLiteral("a"), {QStringLiteral("id"),
                                                            QStringLiteral("number"),
                                                            QStringLiteral("kind"),
                                                            QStringLiteral("status"),
                                                            QStringLiteral("subject_kind"),
                                                            QStringLiteral("subject_id_number"),
                                                            QStringLiteral("subject_id"),
                                                            QStringLiteral("applicant_name"),
                                                            QStringLiteral("applicant_id_type"),
                                                            QStringLiteral("applicant_id_number"),
                                                            QStringLiteral("purpose"),
                                                            QStringLiteral("requested_classes"),
                                                            QStringLiteral("oral"),
                                                            QStringLiteral("refusal_code"),
                                                            QStringLiteral("refusal_note"),
                                                            QStringLiteral("due_date"),
                                                            QStringLiteral("extended_due_date"),
                                                            QStringLiteral("letter_id"),
                                                            QStringLiteral("workstation"),
                                                            QStringLiteral("created_at"),
                                                            QStringLiteral("clerk_id"),
                                                            QStringLiteral("deferred_by")});
    return columns;
}

const sql::Columns& materialColumns()
{
    static const sql::Columns columns(
        QStringLiteral("m"), {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("file_name"),
                              QStringLiteral("mime_type"), QStringLiteral("size_bytes"),
                              QStringLiteral("sha256"), QStringLiteral("uploaded_at")});
    return columns;
}

protocol::MaterialInfo readMaterial(const sql::Rows& q)
{
    return {
        q.integer("id"),      q.text("kind"),          safeFileName(q.text("file_name"), q.text("mime_type")),
        q.text("mime_type"),  q.integer("size_bytes"), q.text("sha256"),
        q.time("uploaded_at")};
}

} // namespace

QString WalkInStore::nextNumber(const QString& stem)
{
    return sql::nextDailyNumber(m_db, QStringLiteral("walkin_applications"), stem, 4);
}

qint64 WalkInStore::insertLetter(const protocol::WalkInApplicationInput& in, std::optional<qint64> subjectId,
                                 qint64 recordedBy, const QDateTime& at)
{
    const auto& l = *in.letter;
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO authorization_letters (subject_kind, subject_id_number, subject_id, "
                       "authorized_name, authorized_id_type, authorized_id_number, matters, valid_from, "
                       "valid_until, classes, categories, purpose, certification, certification_detail, "
                       "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {in.subjectKind, in.subjectIdNumber, sql::optionalId(subjectId), l.authorizedName, l.authorizedIdType,
         l.authorizedIdNumber, l.matters, dateText(l.validFrom), dateText(l.validUntil),
         l.classes.join(QLatin1Char(',')), l.categories.join(QLatin1Char(',')), l.purpose, l.certification,
         l.certificationDetail, recordedBy, sql::time(at)});
    return q.lastInsertId().toLongLong();
}

qint64 WalkInStore::insertApplication(const protocol::WalkInApplicationInput& in, const QString& number,
                                      std::optional<qint64> subjectId, std::optional<qint64> letterId,
                                      const QString& workstation, qint64 clerkId, const QDateTime& at)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO walkin_applications (number, kind, subject_kind, subject_id_number, subject_id, "
            "applicant_name, applicant_id_type, applicant_id_number, applicant_phone, letter_id, purpose, "
            "requested_classes, oral, workstation, clerk_id, status, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered', ?)"),
        {number, in.kind, in.subjectKind, in.subjectIdNumber, sql::optionalId(subjectId), in.applicantName,
         in.applicantIdType, in.applicantIdNumber, in.applicantPhone, sql::optionalId(letterId), in.purpose,
         in.requestedClasses.join(QLatin1Char(',')), in.oral ? 1 : 0, workstation, clerkId, sql::time(at)});
    return q.lastInsertId().toLongLong();
}

std::optional<WalkInRow> WalkInStore::application(qint64 id)
{
    auto q =
        sql::select(m_db,
                    QStringLiteral("SELECT ") + applicationColumns().list() +
                        QStringLiteral(", (SELECT r.number FROM reports r WHERE r.application_id = a.id) "
                                       "AS report_number FROM walkin_applications a WHERE a.id = ?"),
                    {id});
    if (!q.next())
        return std::nullopt;
    WalkInRow r;
    auto& a = r.app;
    a.id = q.integer("id");
    a.number = q.text("number");
    a.kind = q.text("kind");
    a.status = q.text("status");
    a.subjectKind = q.text("subject_kind");
    a.subjectIdNumber = q.text("subject_id_number");
    r.subjectId = q.optionalInteger("subject_id");
    a.applicantName = q.text("applicant_name");
    r.applicantIdType = q.text("applicant_id_type");
    a.applicantIdNumber = q.text("applicant_id_number");
    a.purpose = q.text("purpose");
    a.requestedClasses = q.text("requested_classes").split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.oral = q.flag("oral");
    a.refusalCode = q.text("refusal_code");
    a.refusalNote = q.text("refusal_note");
    a.dueDate = q.date("due_date");
    a.extendedDueDate = q.date("extended_due_date");
    r.letterId = q.optionalInteger("letter_id");
    r.workstation = q.text("workstation");
    a.createdAt = q.time("created_at");
    a.reportNumber = q.text("report_number");
    r.clerkId = q.integer("clerk_id");
    r.deferredBy = q.integer("deferred_by");
    return r;
}

QList<qint64> WalkInStore::pendingIds()
{
    auto q = sql::select(m_db, QStringLiteral("SELECT id FROM walkin_applications WHERE status = 'pending' "
                                              "ORDER BY COALESCE(extended_due_date, due_date), id"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer("id"));
    return ids;
}

void WalkInStore::setDecision(qint64 id, const QString& status, const QString& code, const QString& note,
                              const QDateTime& at)
{
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE walkin_applications SET status = ?, refusal_code = ?, refusal_note = ?, decided_at = ? "
            "WHERE id = ?"),
        {status, sql::nullableText(code), sql::nullableText(note), sql::time(at), id});
}

void WalkInStore::setPending(qint64 id, const QDate& due, qint64 deferredBy)
{
    sql::run(
        m_db,
        QStringLiteral(
            "UPDATE walkin_applications SET status = 'pending', due_date = ?, deferred_by = ? WHERE id = ?"),
        {sql::date(due), deferredBy, id});
}

void WalkInStore::setExtension(qint64 id, const QDate& extended, const QString& reason, qint64 approvedBy)
{
    sql::run(m_db,
             QStringLiteral("UPDATE walkin_applications SET extended_due_date = ?, extension_reason = ?, "
                            "extension_approved_by = ? WHERE id = ?"),
             {sql::date(extended), reason, approvedBy, id});
}

QList<protocol::MaterialInfo> WalkInStore::materials(qint64 applicationId)
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT ") + materialColumns().list() +
                             QStringLiteral(" FROM application_materials m WHERE m.application_id = ? "
                                            "ORDER BY m.id"),
                         {applicationId});
    QList<protocol::MaterialInfo> out;
    while (q.next())
        out.append(readMaterial(q));
    return out;
}

std::optional<protocol::MaterialInfo> WalkInStore::material(qint64 applicationId, qint64 materialId,
                                                            QByteArray* content)
{
    auto q = sql::select(m_db,
                         QStringLiteral("SELECT ") + materialColumns().list() +
                             (content ? QStringLiteral(", m.content") : QString()) +
                             QStringLiteral(" FROM application_materials m WHERE m.id = ? "
                                            "AND m.application_id = ?"),
                         {materialId, applicationId});
    if (!q.next())
        return std::nullopt;
    if (content)
        *content = q.bytes("content");
    return readMaterial(q);
}

bool WalkInStore::hasMaterial(qint64 applicationId, const QString& kind)
{
    return sql::run(
               m_db,
               QStringLiteral("SELECT 1 FROM application_materials WHERE application_id = ? AND kind = ?"),
               {applicationId, kind})
        .next();
}

qint64 WalkInStore::insertMaterial(qint64 applicationId, const QString& kind, const QString& fileName,
                                   const QString& mimeType, const QByteArray& content, const QString& sha256,
                                   qint64 uploadedBy, const QDateTime& at)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO application_materials (application_id, kind, file_name, mime_type, "
            "size_bytes, sha256, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {applicationId, kind, fileName, mimeType, qint64(content.size()), sha256, content, uploadedBy,
         sql::time(at)});
    return q.lastInsertId().toLongLong();
}

walkin::Letter WalkInStore::letter(qint64 letterId)
{
    auto q = sql::select(
        m_db,
        QStringLiteral(
            "SELECT authorized_name, authorized_id_type, authorized_id_number, valid_from, "
            "valid_until, classes, categories, certification FROM authorization_letters WHERE id = ?"),
        {letterId});
    if (!q.next())
        throw DomainError(protocol::ErrorCode::NotFound, QStringLiteral("授权委托书不存在。"));
    return {q.text("authorized_name"),    q.text("authorized_id_type"), q.text("authorized_id_number"),
            q.date("valid_from"),         q.date("valid_until"),        csvSet(q.text("classes")),
            csvSet(q.text("categories")), q.text("certification")};
}

} // namespace cp::server
