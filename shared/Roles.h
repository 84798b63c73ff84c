// Roles, the modules they open, and the separation-of-duties rule.
// SPEC §1; seed 004 附件2 §3, §10 (security admin / auditor separation).
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace cp {

enum class Role {
    WindowClerk,     // 窗口受理员
    DepartmentUser,  // 部门查询用户
    CreditOfficer,   // 信用中心核查员
    Archivist,       // 档案管理员
    Approver,        // 审批领导
    SystemAdmin,     // 系统管理员
    SecurityAdmin,   // 安全管理员
    SecurityAuditor, // 安全审计员
};

/// Stable wire/database code of a role, e.g. "clerk".
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
/// Simplified Chinese name used in server messages, e.g. "窗口受理员".
QString roleNameZh(Role role);
QList<Role> allRoles();

/// Work areas of the client. The client shows a module only when one of the
/// user's roles opens it; the server checks every request on its own.
enum class Module {
    WalkIn,     // 现场查询
    Department, // 部门查询
    Disputes,   // 异议处理
    Archives,   // 档案管理
    Media,      // 存储介质
    Approvals,  // 审批
    Admin,      // 系统管理 (accounts, certificates, backups)
    Security,   // 安全管理 (roles, jurisdictions, policies)
    Audit,      // 安全审计
};

QString moduleCode(Module module);
QList<Module> modulesFor(const QSet<Role>& roles);

/// Why a set of roles may not be held by one account.
struct RoleConflict
{
    Role first;
    Role second;
};

/// Returns the first forbidden pair, if any: no account may hold two of
/// {SystemAdmin, SecurityAdmin, SecurityAuditor} (seed 004 附件2), the
/// auditor holds no other role at all (SPEC §1), an administrator holds no
/// business role, and the approver neither clerk, officer nor archivist (whose
/// work the approver approves: seed 003 附件1.五(七), 附件2.五(三); seed 004 §13, §29).
std::optional<RoleConflict> findRoleConflict(const QSet<Role>& roles);

} // namespace cp
