#include "app/DisplayNames.h"

namespace cp::client {

QString DisplayNames::role(cp::Role role)
{
    switch (role) {
    case Role::WindowClerk:
        return tr("Window Clerk");
    case Role::DepartmentUser:
        return tr("Department User");
    case Role::CreditOfficer:
        return tr("Credit Officer");
    case Role::Archivist:
        return tr("Archivist");
    case Role::Approver:
        return tr("Approver");
    case Role::SystemAdmin:
        return tr("System Administrator");
    case Role::SecurityAdmin:
        return tr("Security Administrator");
    case Role::SecurityAuditor:
        return tr("Security Auditor");
    }
    return {};
}

QString DisplayNames::roleFromCode(const QString& code)
{
    const auto r = cp::roleFromCode(code);
    return r ? role(*r) : code;
}

QStringList DisplayNames::rolesFromCodes(const QStringList& codes)
{
    QStringList out;
    for (const QString& c : codes)
        out.append(roleFromCode(c));
    return out;
}

QString DisplayNames::module(cp::Module module)
{
    switch (module) {
    case Module::WalkIn:
        return tr("Walk-in Queries");
    case Module::Department:
        return tr("Department Queries");
    case Module::Disputes:
        return tr("Disputes");
    case Module::Archives:
        return tr("Archives");
    case Module::Media:
        return tr("Storage Media");
    case Module::Approvals:
        return tr("Approvals");
    case Module::Admin:
        return tr("System Administration");
    case Module::Security:
        return tr("Security Administration");
    case Module::Audit:
        return tr("Security Audit");
    }
    return {};
}

} // namespace cp::client
