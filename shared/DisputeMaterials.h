// The materials a dispute, mark or revocation application brings to the
// window (seed 003 附件2.四(一), 六(三), 七(一)) and the limits on the scans:
// one rule for the server, which decides, and the client, which shows the
// clerk what is missing before sending.
#pragma once

#include <QString>
#include <QStringList>

namespace cp::protocol {

constexpr qint64 kMaxDisputeMaterialBytes = 10 * 1024 * 1024;       // one scan
constexpr qint64 kMaxDisputeMaterialsTotalBytes = 20 * 1024 * 1024; // all scans of one application
constexpr int kMaxDisputeMaterials = 12;                            // scans in one application

/// id_copy, org_code_copy, agency_letter, application_form, evidence.
QStringList disputeMaterialKinds();

/// The ID copy and the form; a legal person's agent also the sealed
/// organisation-code copy and letter of agency; a dispute also its evidence.
/// stage: dispute | mark | revocation; subjectKind: natural | legal.
QStringList requiredDisputeMaterials(const QString& stage, const QString& subjectKind);

} // namespace cp::protocol
