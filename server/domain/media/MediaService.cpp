#include "domain/media/MediaService.h"

#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/UnitOfWork.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cp::server {

using namespace media;
using protocol::ErrorCode;

namespace {

[[noreturn]] void bad(const QString& field, const QString& message, const QString& reason = {})
{
    QJsonObject details{{QStringLiteral("field"), field}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    throw DomainError(ErrorCode::ValidationFailed, message, details);
}

QString text(const QString& field, const QString& value, int maxLength, const QString& label, bool required)
{
    const QString v = value.trimmed();
    if (required && v.isEmpty())
        bad(field, QStringLiteral("请填写%1。").arg(label));
    if (v.size() > maxLength)
        bad(field, QStringLiteral("%1不能超过 %2 个字符。").arg(label).arg(maxLength));
    return v;
}

} // namespace

// --- shared checks and audit ---------------------------------------------------------

MediaAccount MediaService::person(const QString& field, qint64 id, const QString& label, bool notOperator)
{
    if (id <= 0)
        bad(field, QStringLiteral("请选择%1。").arg(label));
    const auto a = m_store.account(id);
    if (!a)
        bad(field, QStringLiteral("%1须为本系统登记的实名账号。").arg(label),
            QStringLiteral("UNKNOWN_ACCOUNT"));
    if (a->status != QLatin1String("active"))
        bad(field, QStringLiteral("%1“%2”的账号已停用或注销。").arg(label, a->person.name),
            QStringLiteral("ACCOUNT_INACTIVE"));
    if (notOperator && id == m_op.accountId)
        bad(field, QStringLiteral("%1须由操作人以外的另一人担任。").arg(label),
            QStringLiteral("SAME_AS_OPERATOR"));
    return *a;
}

MediumRow MediaService::load(qint64 id)
{
    auto row = m_store.findMedium(id);
    if (!row)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("存储介质 %1 不存在。").arg(id));
    markOverdue(row->medium);
    return *row;
}

void MediaService::markOverdue(protocol::Medium& m) const
{
    // Out past the approved return date (seed 004 §13): the register shows it at once.
    m.overdue = m.state == kCarriedOut && m.dueBack.isValid() && m.dueBack < chinaDate(m_clock.now());
}

QJsonObject MediaService::detailOf(QJsonObject detail) const
{
    detail.insert(QStringLiteral("workstation"), m_op.workstation);
    return detail;
}

QJsonObject MediaService::refusalDetail(const DomainError& e) const
{
    QJsonObject detail{{QStringLiteral("code"), protocol::errorCodeString(e.code())},
                       {QStringLiteral("message"), e.messageZh()}};
    for (auto it = e.details().begin(); it != e.details().end(); ++it)
        detail.insert(it.key(), it.value());
    return detailOf(detail);
}

// --- reference data ----------------------------------------------------------------

QList<protocol::MediaLevel> MediaService::levels()
{
    return m_store.levels();
}

QList<protocol::MediaPerson> MediaService::people()
{
    return m_store.activePeople();
}

QList<protocol::MediaLocation> MediaService::locations()
{
    return m_store.locations();
}

namespace {

protocol::MediaLocation checkedLocation(MediaStore& store, const protocol::MediaLocation& in, qint64 id)
{
    protocol::MediaLocation l;
    l.id = id;
    l.code = text(QStringLiteral("code"), in.code, 16, QStringLiteral("位置编号"), true).toUpper();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9-]+$"));
    if (!codePattern.match(l.code).hasMatch())
        bad(QStringLiteral("code"), QStringLiteral("位置编号只能由字母、数字和“-”组成。"));
    l.name = text(QStringLiteral("name"), in.name, 64, QStringLiteral("位置名称"), true);
    l.description = text(QStringLiteral("description"), in.description, 200, QStringLiteral("说明"), false);
    l.active = in.active;
    QStringList known;
    for (const auto& level : store.levels())
        known << level.code;
    for (const QString& level : in.levels) {
        if (!known.contains(level))
            bad(QStringLiteral("levels"), QStringLiteral("密级“%1”不存在。").arg(level));
        if (!l.levels.contains(level))
            l.levels << level;
    }
    if (l.levels.isEmpty())
        bad(QStringLiteral("levels"), QStringLiteral("请选择该位置可存放的密级（分级存放）。"));
    return l;
}

} // namespace

protocol::MediaLocation MediaService::addLocation(const protocol::MediaLocation& in)
{
    UnitOfWork work(m_db, m_clock, m_op);
    protocol::MediaLocation l = checkedLocation(m_store, in, 0);
    if (m_store.locationCodeTaken(l.code, 0))
        throw DomainError(ErrorCode::Conflict, QStringLiteral("位置编号 %1 已被使用。").arg(l.code),
                          {{QStringLiteral("field"), QStringLiteral("code")},
                           {QStringLiteral("reason"), QStringLiteral("CODE_TAKEN")}});
    l.id = m_store.insertLocation(l, work.now());
    work.audit(QStringLiteral("media.location_add"), QStringLiteral("media-location:%1").arg(l.id),
               QStringLiteral("ok"),
               detailOf({{QStringLiteral("code"), l.code},
                         {QStringLiteral("name"), l.name},
                         {QStringLiteral("levels"), QJsonArray::fromStringList(l.levels)}}));
    work.commit();
    return *m_store.location(l.id);
}

protocol::MediaLocation MediaService::updateLocation(qint64 id, const protocol::MediaLocation& in)
{
    UnitOfWork work(m_db, m_clock, m_op);
    const auto before = m_store.location(id);
    if (!before)
        throw DomainError(ErrorCode::NotFound, QStringLiteral("存放位置 %1 不存在。").arg(id));
    protocol::MediaLocation changed = in;
    changed.code = before->code; // the code is the location's name on labels; it never changes
    const protocol::MediaLocation l = checkedLocation(m_store, changed, id);
    // 分级存放: a location may not stop holding the levels of media stored there.
    const QStringList outside = m_store.mediaOutsideLevels(id, l.active ? l.levels : QStringList{});
    if (!outside.isEmpty())
        throw DomainError(ErrorCode::Conflict,
                          QStringLiteral("位置“%1”仍存放介质 %2，不能%3。请先将这些介质移至其他位置。")
                              .arg(before->name, outside.join(QStringLiteral("、")),
                                   l.active ? QStringLiteral("取消其密级") : QStringLiteral("停用")),
                          {{QStringLiteral("reason"), QStringLiteral("LOCATION_IN_USE")},
                           {QStringLiteral("media"), QJsonArray::fromStringList(outside)}});
    m_store.updateLocation(l);
    work.audit(QStringLiteral("media.location_update"), QStringLiteral("media-location:%1").arg(id),
               QStringLiteral("ok"),
               detailOf({{QStringLiteral("code"), l.code},
                         {QStringLiteral("name"), l.name},
                         {QStringLiteral("active"), l.active},
                         {QStringLiteral("levelsBefore"), QJsonArray::fromStringList(before->levels)},
                         {QStringLiteral("levels"), QJsonArray::fromStringList(l.levels)}}));
    work.commit();
    return *m_store.location(id);
}

// --- the register ------------------------------------------------------------------

QList<protocol::Medium> MediaService::list(const MediaFilter& filter)
{
    const bool overdueOnly = filter.state == QLatin1String("overdue");
    if (!filter.state.isEmpty() && filter.state != QLatin1String("all") && !overdueOnly &&
        !allStates().contains(filter.state))
        bad(QStringLiteral("state"), QStringLiteral("状态筛选条件无效。"));
    if (!filter.level.isEmpty() && !m_store.level(filter.level))
        bad(QStringLiteral("level"), QStringLiteral("密级筛选条件无效。"));
    MediaFilter f = filter;
    if (overdueOnly)
        f.state = kCarriedOut;
    QList<protocol::Medium> out;
    for (auto m : m_store.media(f)) {
        markOverdue(m);
        if (!overdueOnly || m.overdue)
            out.append(m);
    }
    return out;
}

protocol::MediumDetail MediaService::get(qint64 id)
{
    protocol::MediumDetail d;
    d.medium = load(id).medium;
    d.events = m_store.events(id);
    d.carryRequests = m_store.carryRequests(QStringLiteral("all"), id);
    return d;
}

MediaService::Checked MediaService::checkedInput(const protocol::MediumInput& in, bool withSerial)
{
    Checked c;
    auto& out = c.input;
    if (withSerial) {
        out.serial = text(QStringLiteral("serial"), in.serial, 64, QStringLiteral("介质编号"), true);
        if (m_store.mediumIdBySerial(out.serial))
            throw DomainError(ErrorCode::Conflict, QStringLiteral("介质编号 %1 已登记。").arg(out.serial),
                              {{QStringLiteral("field"), QStringLiteral("serial")},
                               {QStringLiteral("reason"), QStringLiteral("SERIAL_TAKEN")}});
    }
    out.type = in.type;
    if (!mediumTypes().contains(out.type))
        bad(QStringLiteral("type"), QStringLiteral("请选择介质类型。"));
    out.model = text(QStringLiteral("model"), in.model, 64, QStringLiteral("品牌型号"), false);
    out.capacity = text(QStringLiteral("capacity"), in.capacity, 32, QStringLiteral("容量"), true);
    const auto level = m_store.level(in.level);
    if (!level)
        bad(QStringLiteral("level"), QStringLiteral("请选择密级。"));
    c.level = *level;
    out.level = level->code;
    c.custodian = person(QStringLiteral("custodianId"), in.custodianId, QStringLiteral("保管人"), false);
    out.custodianId = in.custodianId;
    const auto location = m_store.location(in.locationId);
    if (!location)
        bad(QStringLiteral("locationId"), QStringLiteral("请选择存放位置。"));
    if (!location->active)
        bad(QStringLiteral("locationId"), QStringLiteral("存放位置“%1”已停用。").arg(location->name));
    // seed 004 §11 分级存放: only where the level is allowed.
    if (!location->levels.contains(level->code))
        bad(QStringLiteral("locationId"),
            QStringLiteral("存放位置“%1”不能存放%2级介质（分级存放），请另选位置。")
                .arg(location->name, level->name),
            QStringLiteral("LOCATION_LEVEL_MISMATCH"));
    c.location = *location;
    out.locationId = location->id;
    out.note = text(QStringLiteral("note"), in.note, 500, QStringLiteral("备注"), false);
    return c;
}

protocol::Medium MediaService::registerMedium(const protocol::MediumInput& in)
{
    UnitOfWork work(m_db, m_clock, m_op);
    const Checked c = checkedInput(in, true);
    const QDateTime now = work.now();
    const qint64 id = m_store.insertMedium(c.input, m_op.accountId, now);
    const qint64 seq = work.audit(QStringLiteral("media.register"), QStringLiteral("medium:%1").arg(id),
                                  QStringLiteral("ok"),
                                  detailOf({{QStringLiteral("serial"), c.input.serial},
                                            {QStringLiteral("type"), c.input.type},
                                            {QStringLiteral("capacity"), c.input.capacity},
                                            {QStringLiteral("level"), c.level.code},
                                            {QStringLiteral("custodian"), c.custodian.person.name},
                                            {QStringLiteral("location"), c.location.code}}));
    NewMediumEvent e;
    e.mediumId = id;
    e.kind = QStringLiteral("register");
    e.at = now;
    e.stateAfter = kInStore;
    e.operatorId = m_op.accountId;
    e.holderId = c.custodian.person.id;
    e.place = c.location.name;
    e.detail = QStringLiteral("%1，%2，%3级，保管人%4")
                   .arg(typeZh(c.input.type), c.input.capacity, c.level.name, c.custodian.person.name);
    e.workstation = m_op.workstation;
    e.auditSeq = seq;
    m_store.insertEvent(e);
    work.commit();
    return load(id).medium;
}

protocol::Medium MediaService::edit(qint64 id, const protocol::MediumInput& in)
{
    UnitOfWork work(m_db, m_clock, m_op);
    const MediumRow row = load(id);
    if (!allowed(Action::Edit, row.medium.state))
        throw wrongState(row.medium.serial, row.medium.state, Action::Edit);
    const Checked c = checkedInput(in, false);
    const auto& m = row.medium;
    QStringList changes;
    auto note = [&changes](bool changed, const QString& label, const QString& from, const QString& to) {
        if (changed)
            changes << QStringLiteral("%1：%2 → %3").arg(label, from, to);
    };
    note(m.type != c.input.type, QStringLiteral("类型"), typeZh(m.type), typeZh(c.input.type));
    note(m.model != c.input.model, QStringLiteral("型号"), m.model, c.input.model);
    note(m.capacity != c.input.capacity, QStringLiteral("容量"), m.capacity, c.input.capacity);
    note(m.level != c.input.level, QStringLiteral("密级"), m.levelName, c.level.name);
    note(m.custodian.id != c.input.custodianId, QStringLiteral("保管人"), m.custodian.name,
         c.custodian.person.name);
    note(m.locationId != c.input.locationId, QStringLiteral("存放位置"), m.locationName, c.location.name);
    note(m.note != c.input.note, QStringLiteral("备注"), m.note, c.input.note);
    if (changes.isEmpty())
        return m;
    const QDateTime now = work.now();
    m_store.updateMedium(id, c.input, now);
    const QString detail = changes.join(QStringLiteral("；"));
    const qint64 seq =
        work.audit(QStringLiteral("media.edit"), QStringLiteral("medium:%1").arg(id), QStringLiteral("ok"),
                   detailOf({{QStringLiteral("serial"), m.serial}, {QStringLiteral("changes"), detail}}));
    NewMediumEvent e;
    e.mediumId = id;
    e.kind = QStringLiteral("edit");
    e.at = now;
    e.stateBefore = m.state;
    e.stateAfter = m.state;
    e.operatorId = m_op.accountId;
    e.holderId = c.custodian.person.id;
    e.place = c.location.name;
    e.detail = detail;
    e.workstation = m_op.workstation;
    e.auditSeq = seq;
    m_store.insertEvent(e);
    work.commit();
    return load(id).medium;
}

} // namespace cp::server
