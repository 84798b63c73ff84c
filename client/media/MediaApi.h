// Typed calls of the storage-media endpoints (/api/v1/media), built on
// ApiClient::request and the shared codecs of MediaProtocol.h. Every call is
// asynchronous; done runs on the UI thread and is dropped when context is
// destroyed first.
#pragma once

#include "MediaProtocol.h"
#include "common/DeskApiCall.h"

#include <QObject>

namespace cp::client {

/// The filters of the register (empty = any; state "" = every state but destroyed).
struct MediaQuery
{
    QString state;
    QString level;
    qint64 custodianId = 0;
};

class MediaApi : public DeskApi
{
  public:
    using DeskApi::DeskApi;

    void levels(const QObject* context, Done<QList<cp::protocol::MediaLevel>> done);
    void people(const QObject* context, Done<QList<cp::protocol::MediaPerson>> done);
    void locations(const QObject* context, Done<QList<cp::protocol::MediaLocation>> done);
    void addLocation(const cp::protocol::MediaLocation& location, const QObject* context,
                     Done<cp::protocol::MediaLocation> done);
    void updateLocation(const cp::protocol::MediaLocation& location, const QObject* context,
                        Done<cp::protocol::MediaLocation> done);

    void media(const MediaQuery& query, const QObject* context, Done<QList<cp::protocol::Medium>> done);
    void medium(qint64 id, const QObject* context, Done<cp::protocol::MediumDetail> done);
    void registerMedium(const cp::protocol::MediumInput& input, const QObject* context,
                        Done<cp::protocol::Medium> done);
    void editMedium(qint64 id, const cp::protocol::MediumInput& input, const QObject* context,
                    Done<cp::protocol::Medium> done);
    void recordEvent(qint64 id, const cp::protocol::MediumEventInput& input, const QObject* context,
                     Done<cp::protocol::MediumStep> done);

    void requestCarryOut(qint64 id, const cp::protocol::CarryRequestInput& input, const QObject* context,
                         Done<cp::protocol::CarryRequest> done);
    /// state: pending | approved | rejected | used | all
    void carryRequests(const QString& state, const QObject* context,
                       Done<QList<cp::protocol::CarryRequest>> done);
    void approveCarryOut(qint64 requestId, const QString& note, const QObject* context,
                         Done<cp::protocol::CarryRequest> done);
    void rejectCarryOut(qint64 requestId, const QString& reason, const QObject* context,
                        Done<cp::protocol::CarryRequest> done);
};

} // namespace cp::client
