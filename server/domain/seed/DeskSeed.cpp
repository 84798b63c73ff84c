#include "domain/seed/DeskSeed.h"

#include "MediaProtocol.h"
#include "Roles.h"
#include "domain/DomainError.h"
#include "domain/Sql.h"
#include "domain/media/MediaService.h"

namespace cp::server {
namespace {

struct Person
{
    qint64 id = 0;
    QString name;
};

/// The first active account holding the role.
Person firstWithRole(QSqlDatabase& db, const QString& role)
{
    auto q = sql::select(
        db,
        QStringLiteral("SELECT a.id, a.full_name FROM accounts a JOIN account_roles r ON r.account_id = a.id "
                       "WHERE r.role_code = ? AND a.status = 'active' ORDER BY a.id LIMIT 1"),
        {role});
    if (!q.next())
        throw DomainError(protocol::ErrorCode::InvalidState,
                          QStringLiteral("演示数据需要一个有效的%1账户，请先创建账户。")
                              .arg(roleNameZh(*roleFromCode(role))));
    return {q.integer("id"), q.text("full_name")};
}

struct DemoMedium
{
    const char* serial;
    const char* type;
    const char* model;
    const char* capacity;
    const char* level;
    qint64 location; // media_locations seeded by 0006_media.sql
    const char* note;
};

// 分级存放 (seed 004 §11): each level in a location that may hold it.
constexpr DemoMedium kMedia[] = {
    {"JDZ-HD-2026-001", "hard_disk", "希捷 ST2000NM", "2 TB", "internal", 2, "信用库备份盘（周备份）"},
    {"JDZ-HD-2026-002", "hard_disk", "西部数据 WD4003", "4 TB", "sensitive", 3, "异议处理材料归档盘"},
    {"JDZ-USB-2026-001", "usb_drive", "朗科 U905 加密U盘", "64 GB", "internal", 1, "窗口受理材料交接"},
    {"JDZ-USB-2026-002", "usb_drive", "爱国者 L8267 加密U盘", "32 GB", "general", 1, "培训资料"},
    {"JDZ-DVD-2026-001", "optical_disc", "DVD-R 一次性刻录", "4.7 GB", "internal", 2, "年度查询日志刻录"},
    {"JDZ-LTO-2026-001", "tape", "LTO-8 数据磁带", "12 TB", "internal", 4, "机房离线备份"},
    {"JDZ-MF-2016-001", "microfilm", "16 mm 缩微胶片", "—", "classified", 3, "历史档案缩微件"},
    {"JDZ-HD-2019-003", "hard_disk", "东芝 DT01ACA", "1 TB", "internal", 1, "旧窗口终端硬盘，待销毁"},
};

} // namespace

DeskSeedResult seedDesk(QSqlDatabase& db, const Clock& clock)
{
    auto filled = sql::run(db, QStringLiteral("SELECT count(*) FROM media"));
    if (filled.next() && filled.value(0).toLongLong() > 0)
        throw DomainError(protocol::ErrorCode::InvalidState,
                          QStringLiteral("介质登记簿中已有数据，不再添加演示数据。"));
    filled.finish();
    const Person archivist = firstWithRole(db, QStringLiteral("archivist"));
    const Person approver = firstWithRole(db, QStringLiteral("approver"));
    const Person clerk = firstWithRole(db, QStringLiteral("clerk"));
    const Person officer = firstWithRole(db, QStringLiteral("officer"));

    // Entered as the archivist would, from the local console.
    const AuditActor actor{archivist.id, QStringLiteral("cli"), QString(),
                           QStringLiteral("local console (demo seed)")};
    MediaService media(db, clock, Operator{archivist.id, archivist.name, QStringLiteral("档案室"), actor});
    DeskSeedResult result;
    QList<qint64> ids;
    for (const DemoMedium& m : kMedia) {
        protocol::MediumInput in;
        in.serial = QString::fromUtf8(m.serial);
        in.type = QString::fromUtf8(m.type);
        in.model = QString::fromUtf8(m.model);
        in.capacity = QString::fromUtf8(m.capacity);
        in.level = QString::fromUtf8(m.level);
        in.custodianId = archivist.id;
        in.locationId = m.location;
        in.note = QString::fromUtf8(m.note);
        ids.append(media.registerMedium(in).id);
        ++result.media;
    }
    auto event = [&](qint64 medium, protocol::MediumEventInput e) {
        e.counterSignerId = approver.id;
        media.record(medium, e);
        ++result.events;
    };
    protocol::MediumEventInput issue;
    issue.kind = QStringLiteral("issue");
    issue.holderId = clerk.id;
    issue.note = QStringLiteral("窗口受理材料交接使用");
    event(ids[2], issue);
    issue.holderId = officer.id;
    issue.note = QStringLiteral("异议核查使用");
    event(ids[3], issue);
    protocol::MediumEventInput wipe;
    wipe.kind = QStringLiteral("wipe");
    wipe.method = QStringLiteral("overwrite"); // 三次覆写
    wipe.tool = QStringLiteral("DiskWipe 专用擦除工具（DoD 5220.22-M）");
    wipe.verifierId = approver.id;
    wipe.note = QStringLiteral("销毁前数据清除");
    event(ids[7], wipe);
    return result;
}

} // namespace cp::server
