// The walk-in rules that need no database: who may see which classes, what a
// letter must satisfy, which materials each application needs, and the
// refusal wording the clerk reads out. seed 003 附件1.一, 五.
#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::server::walkin {

struct Letter
{
    QString authorizedName;
    QString authorizedIdType;
    QString authorizedIdNumber;
    QDate validFrom;
    QDate validUntil;
    QSet<QString> classes;
    QSet<QString> categories; // empty = all
    QString certification;    // notarized | sealed
};

struct ApplicationFacts
{
    QString kind;        // self | other
    QString subjectKind; // natural | legal
    QString applicantName;
    QString applicantIdType;
    QString applicantIdNumber;
    QSet<QString> requestedClasses;
};

/// Why a letter does not allow the query; code is the wire value of details.reason.
struct LetterProblem
{
    QString code;
    QString messageZh;
};

/// Letter validity is inclusive on both ends, in China's civil date.
std::optional<LetterProblem> checkLetter(const Letter& letter, const ApplicationFacts& app,
                                         const QDate& today);

/// Classes the applicant may receive: self-query A+B; with a letter, the letter's
/// classes ∩ {A, B}. C (政府内部应用) never appears on a walk-in report.
QSet<QString> entitledClasses(const ApplicationFacts& app, const std::optional<Letter>& letter);

/// Material kinds the application must carry before it can be answered.
QStringList requiredMaterials(const ApplicationFacts& app);

struct RefusalReason
{
    QString code;
    QString nameZh;    // shown in lists
    QString wordingZh; // what the clerk reads to the applicant
};
QList<RefusalReason> refusalReasons();
std::optional<RefusalReason> refusalReason(const QString& code);

QString materialKindZh(const QString& kind);

} // namespace cp::server::walkin
