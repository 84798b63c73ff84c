// Wire shapes of department queries (/api/v1/department). SPEC §1–2;
// seed 000 §16–18.
#pragma once

#include "WalkInProtocol.h"

namespace cp::protocol {

/// GET /api/v1/department/subjects?mode=id|prefix|contains&q=…&page=1
struct SubjectSearchResult
{
    QList<SubjectSummary> items; // natural persons masked
    int page = 1;
    int pageSize = 20;
    bool hasMore = false;

    QJsonObject toJson() const;
    static SubjectSearchResult fromJson(const QJsonObject& o);
};

/// A department user's request for B-class (授权查询) access to one subject.
struct BAuthorization
{
    qint64 id = 0;
    SubjectSummary subject;
    QString requesterName;
    QString requesterUnit;
    QString purpose;
    QString legalBasis; // law/regulation article, or the subject's written consent reference
    QDate requestedFrom;
    QDate requestedUntil;
    QString status; // pending | approved | rejected | expired
    QString decidedByName;
    QDateTime decidedAt;
    QString decisionReason;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static BAuthorization fromJson(const QJsonObject& o);
};

/// GET /api/v1/department/subjects/{id}/records?purpose=…
struct SubjectRecordsView
{
    SubjectSummary subject;                      // masked unless the viewer is entitled
    QList<ReportRecord> records;                 // A and C in jurisdiction, B with authorization
    std::optional<BAuthorization> authorization; // the valid approval that opened B, if any
    QString jurisdiction;                        // region code prefix applied, e.g. "3602" or "360202"

    QJsonObject toJson() const;
    static SubjectRecordsView fromJson(const QJsonObject& o);
};

} // namespace cp::protocol
