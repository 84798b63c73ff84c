// Wire shapes of the storage-media register 存储介质登记 (/api/v1/media).
// SPEC §7; seed 004 §10–14. Every event answers with the medium as it now
// stands and the event as recorded in its chain of custody.
#pragma once

#include "WalkInProtocol.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp::protocol {

/// A staff account as the register names it: custodian, holder, counter-signer, witness.
struct MediaPerson
{
    qint64 id = 0;
    QString name;
    QString unit;
    QString position;

    bool isSet() const { return id > 0; }
    QJsonObject toJson() const;
    static MediaPerson fromJson(const QJsonObject& o);
};

/// GET /api/v1/media/levels; code: general | internal | sensitive | classified
struct MediaLevel
{
    QString code;
    QString name;
    int rank = 0;
    bool twoPersonCarry = false; // seed 004 §13 "必要时实行双人外出制"

    QJsonObject toJson() const;
    static MediaLevel fromJson(const QJsonObject& o);
};

/// A storage location and the levels it may hold (分级存放). Also the body of
/// POST /api/v1/media/locations and PUT /api/v1/media/locations/{id}.
struct MediaLocation
{
    qint64 id = 0;
    QString code;
    QString name;
    QString description;
    bool active = true;
    QStringList levels; // level codes
    int mediaCount = 0; // media registered there (not destroyed); read-only

    QJsonObject toJson() const;
    static MediaLocation fromJson(const QJsonObject& o);
};

/// One registered medium. state: in_store | issued | carried_out | in_repair | retired | destroyed
/// type: hard_disk | floppy_disk | usb_drive | optical_disc | tape | microfilm
struct Medium
{
    qint64 id = 0;
    QString serial;
    QString type;
    QString model;
    QString capacity;
    QString level;
    QString levelName;
    MediaPerson custodian;
    qint64 locationId = 0;
    QString locationName;
    QString state;
    MediaPerson holder;   // while issued or carried out
    QString whereabouts;  // destination or repairer while away
    QDate dueBack;        // carried out: the approved return date
    bool overdue = false; // carried out and not back by dueBack (server's date)
    bool wiped = false;   // a wipe record stands since the last use
    QString note;
    QDateTime registeredAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Medium fromJson(const QJsonObject& o);
};

/// POST /api/v1/media (serial, type … all) and PUT /api/v1/media/{id} (serial ignored).
struct MediumInput
{
    QString serial;
    QString type;
    QString model;
    QString capacity;
    QString level;
    qint64 custodianId = 0;
    qint64 locationId = 0;
    QString note;

    QJsonObject toJson() const;
    static MediumInput fromJson(const QJsonObject& o);
};

/// One entry of a medium's chain of custody.
/// kind: register | edit | issue | return | replace | wipe | repair | repair_return | destroy |
///       carry_out | carry_back
struct MediumEvent
{
    qint64 id = 0;
    qint64 mediumId = 0;
    QString kind;
    QDateTime at;
    QString stateBefore;
    QString stateAfter;
    MediaPerson operatorPerson;
    MediaPerson counterSigner;
    MediaPerson holder;       // issue: recipient; carry_out: carrier
    MediaPerson secondPerson; // carry_out
    MediaPerson verifier;     // wipe
    MediaPerson witness1;     // destroy
    MediaPerson witness2;
    qint64 requestId = 0;  // carry_out
    QString relatedSerial; // replace
    QString method;
    QString tool;
    QString place;
    QString detail;
    qint64 auditSeq = 0;

    QJsonObject toJson() const;
    static MediumEvent fromJson(const QJsonObject& o);
};

/// POST /api/v1/media/{id}/events. Which fields each kind needs is in
/// server/domain/media/MediaRules.h (and the form asks for exactly those).
struct MediumEventInput
{
    QString
        kind; // issue | return | replace | wipe | repair | repair_return | destroy | carry_out | carry_back
    qint64 counterSignerId = 0;
    qint64 holderId = 0;      // issue
    qint64 verifierId = 0;    // wipe
    qint64 witness1Id = 0;    // destroy
    qint64 witness2Id = 0;    // destroy
    qint64 requestId = 0;     // carry_out
    qint64 replacementId = 0; // replace
    QString method;           // wipe, destroy
    QString tool;             // wipe
    QString place;            // repair (repairer), destroy (place)
    QString note;

    QJsonObject toJson() const;
    static MediumEventInput fromJson(const QJsonObject& o);
};

/// A carry-out application 携带外出申请. state: pending | approved | rejected | used
struct CarryRequest
{
    qint64 id = 0;
    qint64 mediumId = 0;
    QString serial;
    QString level;
    QString levelName;
    bool twoPersonRequired = false;
    QString state;
    QString purpose;
    QString destination;
    MediaPerson carrier;
    MediaPerson secondPerson;
    QDate expectedReturn;
    MediaPerson requestedBy;
    QDateTime requestedAt;
    MediaPerson decidedBy;
    QDateTime decidedAt;
    QString decisionNote;

    QJsonObject toJson() const;
    static CarryRequest fromJson(const QJsonObject& o);
};

/// POST /api/v1/media/{id}/carry-out-requests
struct CarryRequestInput
{
    QString purpose;
    QString destination;
    qint64 carrierId = 0;
    qint64 secondPersonId = 0; // required for levels with twoPersonCarry
    QDate expectedReturn;

    QJsonObject toJson() const;
    static CarryRequestInput fromJson(const QJsonObject& o);
};

/// GET /api/v1/media/{id}: the medium, its whole chain of custody and its carry-out applications.
struct MediumDetail
{
    Medium medium;
    QList<MediumEvent> events; // oldest first
    QList<CarryRequest> carryRequests;

    QJsonObject toJson() const;
    static MediumDetail fromJson(const QJsonObject& o);
};

/// The answer of an event: {medium, event}.
struct MediumStep
{
    Medium medium;
    MediumEvent event;

    QJsonObject toJson() const;
    static MediumStep fromJson(const QJsonObject& o);
};

} // namespace cp::protocol
