// Storage-media register 存储介质登记 (SPEC §7; seed 004 §10–14, seed 000 §25,
// seed 003 附件3.五(四)). Media are registered with a classification level and
// kept in a location allowed for it (分级存放), each with one custodian
// (专人管理). Issue, return, replacement, wipe, repair and destruction are
// events signed by the operator and a counter-signer who is another real,
// active account; repair and destruction need a standing wipe record;
// destruction two witnesses; carrying out a leader's approval and, for the
// levels that need it, a second person. Nothing hands a medium to a third party.
//
// Each step: load in a transaction → check the state allows it (the route has
// checked the role) → validate every field → act → audit (the audit seq is kept
// on the event) → commit → answer. A refused event is audited too.
#pragma once

#include "MediaProtocol.h"
#include "domain/Clock.h"
#include "domain/Operator.h"
#include "domain/UnitOfWork.h"
#include "domain/media/MediaRules.h"
#include "domain/media/MediaStore.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace cp::server {

class MediaService
{
  public:
    MediaService(QSqlDatabase db, const Clock& clock, Operator op)
        : m_db(std::move(db)), m_clock(clock), m_op(std::move(op)), m_store(m_db)
    {
    }

    // Reference data (MediaService.cpp)
    QList<protocol::MediaLevel> levels();
    QList<protocol::MediaPerson> people();
    QList<protocol::MediaLocation> locations();
    protocol::MediaLocation addLocation(const protocol::MediaLocation& in);
    /// Refused while media stored there would no longer be allowed (LOCATION_IN_USE).
    protocol::MediaLocation updateLocation(qint64 id, const protocol::MediaLocation& in);

    // The register (MediaService.cpp); filter.state may also be "overdue" (carried out, past its return date)
    QList<protocol::Medium> list(const MediaFilter& filter);
    protocol::MediumDetail get(qint64 id);
    protocol::Medium registerMedium(const protocol::MediumInput& in);
    protocol::Medium edit(qint64 id, const protocol::MediumInput& in);

    // Events and carrying out (MediaEvents.cpp)
    protocol::MediumStep record(qint64 id, const protocol::MediumEventInput& in);
    protocol::CarryRequest requestCarryOut(qint64 id, const protocol::CarryRequestInput& in);
    /// state: pending (default) | approved | rejected | used | all
    QList<protocol::CarryRequest> carryRequests(const QString& state);
    protocol::CarryRequest approveCarryOut(qint64 requestId, const QString& note);
    protocol::CarryRequest rejectCarryOut(qint64 requestId, const QString& reason);

  private:
    struct Checked
    {
        protocol::MediumInput input;
        protocol::MediaLevel level;
        protocol::MediaLocation location;
        MediaAccount custodian;
    };
    Checked checkedInput(const protocol::MediumInput& in, bool withSerial);
    /// A real, active account picked in a form; VALIDATION_FAILED naming the field otherwise.
    /// notOperator: the operator may not sign for themself (SAME_AS_OPERATOR).
    MediaAccount person(const QString& field, qint64 id, const QString& label, bool notOperator);
    MediumRow load(qint64 id);
    void markOverdue(protocol::Medium& m) const;
    protocol::MediumStep apply(UnitOfWork& work, const MediumRow& row, media::Action action,
                               const protocol::MediumEventInput& in);
    /// An audit entry's detail with the operator's workstation.
    QJsonObject detailOf(QJsonObject detail) const;
    /// A refused step's detail: the error's code, message and details.
    QJsonObject refusalDetail(const DomainError& e) const;
    protocol::CarryRequest decide(qint64 requestId, bool approve, const QString& note);

    QSqlDatabase m_db;
    const Clock& m_clock;
    Operator m_op;
    MediaStore m_store;
};

} // namespace cp::server
