// `credit-server seed`: deterministic synthetic subjects and credit records for load tests,
// demos and training databases. NEVER for a production database: the citizen IDs and credit
// codes are valid-looking numbers of real 景德镇 counties and may belong to real people.
//
// Determinism: the same seed, counts and today on an empty database give identical rows
// (every value, ids included), whatever the batch size. Each row is drawn from its own
// splitmix64 stream keyed by (seed, row id); only integer arithmetic is used.
//
// Uniqueness: a subject's citizen ID / credit code is a fixed bijection of its row id (seed
// independent), so synthetic subjects never collide with one another, across runs and seeds.
// A database that already holds subjects is refused unless `append` is set; appending
// continues the subject and record ids after the current maximum. Appending to a database
// with non-synthetic subjects may still hit an existing ID number: the UNIQUE index then
// fails that batch and seedDatabase throws, keeping the batches committed before it.
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <functional>
#include <stdexcept>

namespace cp::server {

struct SeedOptions
{
    qint64 subjects = 1000;
    qint64 records = 10000; // spread over the subjects created by this run
    quint64 seed = 1;
    int batchSize = 20000; // rows (subjects + records) per transaction
    QDate today;           // injected clock date; all generated dates are before it
    bool append = false;   // allow seeding a database that already holds subjects
};

struct SeedResult
{
    qint64 subjects = 0;
    qint64 records = 0;
    qint64 milliseconds = 0;
};

/// Refused options or database state; nothing was written.
class SeedError : public std::runtime_error
{
  public:
    using std::runtime_error::runtime_error;
};

/// Appends deterministic synthetic data; progress(done, total) is called after each committed
/// transaction, counting subjects + records (the last call has done == total). May be empty.
/// Throws SeedError before writing anything, store::StoreError when a statement fails.
SeedResult seedDatabase(QSqlDatabase& db, const SeedOptions& opt,
                        const std::function<void(qint64, qint64)>& progress = {});

/// The fixed, seed-independent identity of synthetic subject `id` (exposed for tests): an
/// 18-digit citizen ID (GB 11643), or an 18-character credit code (GB 32100) with category
/// '1' enterprise, '2' individual business or '3' farmers' cooperative. Empty when id is out
/// of range (citizen IDs: 1..20,454,000; credit codes: 1..100,000,000).
QString syntheticCitizenId(qint64 id);
QString syntheticCreditCode(qint64 id, char category, const char* regionCode);
/// GB 11714 check character of an 8-character organisation code body ('0'-'9' or 'X').
QChar organisationCodeCheckChar(QStringView body8);

} // namespace cp::server
