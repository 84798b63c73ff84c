#include "Roles.h"

#include "JsonCodec.h"

#include <array>

namespace cp {
namespace {

struct RoleInfo
{
    Role value;
    const char* code;
    const char* nameZh;
};

constexpr std::array kRoles{
    RoleInfo{Role::WindowClerk, "clerk", "窗口受理员"},
    RoleInfo{Role::DepartmentUser, "department", "部门查询用户"},
    RoleInfo{Role::CreditOfficer, "officer", "信用中心核查员"},
    RoleInfo{Role::Archivist, "archivist", "档案管理员"},
    RoleInfo{Role::Approver, "approver", "审批领导"},
    RoleInfo{Role::SystemAdmin, "sysadmin", "系统管理员"},
    RoleInfo{Role::SecurityAdmin, "secadmin", "安全管理员"},
    RoleInfo{Role::SecurityAuditor, "auditor", "安全审计员"},
};

/// Modules in the client's navigation order, and the roles that open each.
struct ModuleInfo
{
    Module value;
    const char* code;
    std::initializer_list<Role> openedBy;
};

const std::array kModules{
    ModuleInfo{Module::WalkIn, "walkin", {Role::WindowClerk}},
    ModuleInfo{Module::Department, "department", {Role::DepartmentUser, Role::CreditOfficer}},
    ModuleInfo{Module::Disputes, "disputes", {Role::WindowClerk, Role::CreditOfficer}},
    ModuleInfo{Module::Archives, "archives", {Role::Archivist}},
    ModuleInfo{Module::Media, "media", {Role::Archivist}},
    ModuleInfo{Module::Approvals, "approvals", {Role::Approver, Role::CreditOfficer}},
    ModuleInfo{Module::Admin, "admin", {Role::SystemAdmin}},
    ModuleInfo{Module::Security, "security", {Role::SecurityAdmin}},
    ModuleInfo{Module::Audit, "audit", {Role::SecurityAuditor}},
};

} // namespace

QString roleCode(Role role)
{
    return QString::fromLatin1(protocol::json::rowOf(kRoles, role).code);
}

std::optional<Role> roleFromCode(const QString& code)
{
    return protocol::json::valueOfCode(kRoles, code);
}

QString roleNameZh(Role role)
{
    return QString::fromUtf8(protocol::json::rowOf(kRoles, role).nameZh);
}

QList<Role> allRoles()
{
    QList<Role> out;
    for (const auto& r : kRoles)
        out.append(r.value);
    return out;
}

QString moduleCode(Module module)
{
    return QString::fromLatin1(protocol::json::rowOf(kModules, module).code);
}

QList<Module> modulesFor(const QSet<Role>& roles)
{
    QList<Module> out;
    for (const auto& row : kModules) {
        for (Role r : row.openedBy) {
            if (roles.contains(r)) {
                out.append(row.value);
                break;
            }
        }
    }
    return out;
}

std::optional<RoleConflict> findRoleConflict(const QSet<Role>& roles)
{
    // seed 004 附件2 §3, §10: system admin, security admin and security auditor are three people.
    const std::array separated{Role::SystemAdmin, Role::SecurityAdmin, Role::SecurityAuditor};
    for (size_t i = 0; i < separated.size(); ++i)
        for (size_t j = i + 1; j < separated.size(); ++j)
            if (roles.contains(separated[i]) && roles.contains(separated[j]))
                return RoleConflict{separated[i], separated[j]};
    // SPEC §1: the auditor reads and verifies logs, nothing else; one who also did
    // the work being audited would audit themselves.
    if (roles.contains(Role::SecurityAuditor))
        for (Role other : allRoles())
            if (other != Role::SecurityAuditor && roles.contains(other))
                return RoleConflict{Role::SecurityAuditor, other};
    // Attack review (issue 11) finding 3: an administrator never does the business work too.
    // One who could grant roles or bind certificates and also query or approve would check
    // no one but themselves (seed 004 附件2 §3–§10 give the administrators their own posts;
    // SPEC §1 least privilege, seed 001 §7).
    const std::array business{Role::WindowClerk, Role::DepartmentUser, Role::CreditOfficer, Role::Archivist,
                              Role::Approver};
    for (Role admin : {Role::SystemAdmin, Role::SecurityAdmin})
        for (Role work : business)
            if (roles.contains(admin) && roles.contains(work))
                return RoleConflict{admin, work};
    // Finding 10: the approver (审批领导, for the competent authority) approves what the others
    // did, so holding both would let one account approve its own work:
    // - clerk: the window asks the authority to extend a walk-in answer (seed 003 附件1.五(七));
    // - officer: the credit centre writes the dispute result, the authority approves it and
    //   any extension (seed 003 附件2.二, 三, 五(三));
    // - archivist: loans out need the 分管领导's approval, which the archivist checks before
    //   registering (seed 004 §28–29, 003 附件1.七(四)); carrying media out needs the unit
    //   leader's approval (004 §11, §13); destruction is counted and listed before approval (004 §30).
    if (roles.contains(Role::Approver))
        for (Role work : {Role::WindowClerk, Role::CreditOfficer, Role::Archivist})
            if (roles.contains(work))
                return RoleConflict{Role::Approver, work};
    return std::nullopt;
}

} // namespace cp
