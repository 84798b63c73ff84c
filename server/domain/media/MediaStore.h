// The SQL of the storage-media register, in one place (STYLE.md): levels,
// locations, media, their chain of custody and carry-out applications.
// Callers hold the transaction; nothing here audits.
#pragma once

#include "MediaProtocol.h"
#include "domain/Sql.h"

#include <QSqlDatabase>
#include <optional>

namespace cp::server {

struct MediaFilter
{
    QString state; // "" = every state but destroyed, "all" = every state
    QString level;
    qint64 custodianId = 0;
    qint64 locationId = 0;
};

/// An account as the register checks it: present, active.
struct MediaAccount
{
    protocol::MediaPerson person;
    QString status; // active | disabled | deregistered
};

struct MediumRow
{
    protocol::Medium medium;
    qint64 wipedEventId = 0;
};

struct NewMediumEvent
{
    qint64 mediumId = 0;
    QString kind;
    QDateTime at;
    QString stateBefore;
    QString stateAfter;
    qint64 operatorId = 0;
    qint64 counterSignerId = 0;
    qint64 holderId = 0;
    qint64 secondPersonId = 0;
    qint64 verifierId = 0;
    qint64 witness1Id = 0;
    qint64 witness2Id = 0;
    qint64 requestId = 0;
    qint64 relatedMediumId = 0;
    QString method;
    QString tool;
    QString place;
    QString detail;
    QString workstation;
    qint64 auditSeq = 0;
};

class MediaStore
{
  public:
    explicit MediaStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<protocol::MediaLevel> levels();
    std::optional<protocol::MediaLevel> level(const QString& code);

    QList<protocol::MediaLocation> locations();
    std::optional<protocol::MediaLocation> location(qint64 id);
    bool locationCodeTaken(const QString& code, qint64 exceptId);
    qint64 insertLocation(const protocol::MediaLocation& l, const QDateTime& at);
    void updateLocation(const protocol::MediaLocation& l);
    /// Serials of media (not destroyed) at the location whose level is not in levels.
    QStringList mediaOutsideLevels(qint64 locationId, const QStringList& levels);

    std::optional<MediaAccount> account(qint64 id);
    /// Active accounts, by name: the people a form may pick.
    QList<protocol::MediaPerson> activePeople();

    std::optional<MediumRow> findMedium(qint64 id);
    std::optional<qint64> mediumIdBySerial(const QString& serial);
    QList<protocol::Medium> media(const MediaFilter& f);

    qint64 insertMedium(const protocol::MediumInput& in, qint64 by, const QDateTime& at);
    void updateMedium(qint64 id, const protocol::MediumInput& in, const QDateTime& at);
    /// Moves the medium from `from` to `to`; throws if it is no longer in `from`.
    void transition(qint64 id, const QString& from, const QString& to, qint64 holderId,
                    const QString& whereabouts, const QDateTime& at);
    void setWipedEvent(qint64 id, qint64 eventId);    // 0 clears
    void setDueBack(qint64 id, const QDate& dueBack); // invalid clears

    qint64 insertEvent(const NewMediumEvent& e);
    QList<protocol::MediumEvent> events(qint64 mediumId);
    protocol::MediumEvent event(qint64 eventId);

    qint64 insertCarryRequest(qint64 mediumId, const protocol::CarryRequestInput& in, qint64 by,
                              const QDateTime& at);
    std::optional<protocol::CarryRequest> carryRequest(qint64 id);
    /// state: "pending", "approved", … or "all"; mediumId 0 = every medium. Newest first.
    QList<protocol::CarryRequest> carryRequests(const QString& state, qint64 mediumId);
    /// A pending or approved application of the medium, if any.
    std::optional<qint64> openCarryRequest(qint64 mediumId);
    void decideCarryRequest(qint64 id, const QString& to, qint64 by, const QDateTime& at,
                            const QString& note);
    void markCarryRequestUsed(qint64 id);

  private:
    // One column list per table (its alias in the statements), shared by the SELECT and its reader.
    static const sql::Columns& levelColumns(); // media_levels v
    static protocol::MediaLevel readLevel(const sql::Rows& q);
    static const sql::Columns& locationColumns(); // media_locations loc, with media_count
    static protocol::MediaLocation readLocation(const sql::Rows& q);
    static const sql::Columns& personColumns(); // accounts a
    static protocol::MediaPerson readPerson(const sql::Rows& q);
    static const sql::Columns& mediumColumns(); // media m, with level, custodian, location, holder names
    static QString mediumSelect();
    static MediumRow readMedium(const sql::Rows& q);
    static const sql::Columns& eventColumns(); // media_events e, with the people's names
    static QString eventSelect();
    static protocol::MediumEvent readEvent(const sql::Rows& q);
    static const sql::Columns& requestColumns(); // media_carry_requests r, with medium, level, names
    static QString requestSelect();
    static protocol::CarryRequest readRequest(const sql::Rows& q);

    QSqlDatabase m_db;
};

} // namespace cp::server
