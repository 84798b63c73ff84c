#include "domain/seed/SeedGenerator.h"

#include "Validators.h"
#include "domain/seed/SyntheticNames.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <vector>

namespace cp::server {

using namespace seed;
using namespace Qt::StringLiterals;

namespace {

// Independent streams per purpose, so adding a draw to one never shifts another.
enum Stream : quint64 { KindStream = 1, WeightStream, SubjectStream, RecordStream };

// --- identities: fixed bijections of the row id --------------------------------------------

// A bijection on `bits`-bit integers: each step (add, xor-shift, multiply by an odd constant,
// all mod 2^bits) is invertible. Cycle-walking it restricted to [0, domain) stays a bijection.
quint64 permute(quint64 x, quint64 domain, int bits, quint64 key)
{
    const quint64 mask = (quint64(1) << bits) - 1;
    const quint64 roundKeys[4] = {Rng::mix(key), Rng::mix(key + 1), Rng::mix(key + 2), Rng::mix(key + 3)};
    do {
        for (quint64 roundKey : roundKeys) {
            x = (x + roundKey) & mask;
            x ^= x >> (bits / 2);
            x = (x * 0x9e3779b97f4a7c15ULL) & mask;
            x ^= x >> (bits / 3);
        }
    } while (x >= domain);
    return x;
}

// Natural persons: birth dates 1950-01-01..2005-12-31 × sequence codes 000-999 (GB 11643's
// 顺序码; odd = male). The sequence code also picks the county, weighted like pickRegion().
const QDate kFirstBirth(1950, 1, 1);
const qint64 kBirthDays = kFirstBirth.daysTo(QDate(2005, 12, 31)) + 1;
const qint64 kNaturalCapacity = kBirthDays * 1000; // 20,454,000
constexpr int kSequenceRegionEnd[kRegionCount] = {170, 420, 600, 1000};
constexpr qint64 kOrganisationCapacity = 100'000'000; // 8-digit organisation-code bodies

struct NaturalIdentity
{
    int region = 0;
    QDate birth;
    int sequence = 0;
};

NaturalIdentity naturalIdentity(qint64 id)
{
    const quint64 slot = permute(quint64(id - 1), quint64(kNaturalCapacity), 25, 0x5eedc1d100000001ULL);
    NaturalIdentity n;
    n.birth = kFirstBirth.addDays(qint64(slot / 1000));
    n.sequence = int(slot % 1000);
    while (n.sequence >= kSequenceRegionEnd[n.region])
        ++n.region;
    return n;
}

QString digits(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

QString citizenId(const NaturalIdentity& n)
{
    const QString first17 = QLatin1StringView(kRegions[std::size_t(n.region)].code) %
                            digits(n.birth.year(), 4) % digits(n.birth.month(), 2) %
                            digits(n.birth.day(), 2) % digits(n.sequence, 3);
    return first17 + *citizenIdCheckDigit(first17);
}

// --- dates and times, formatted without QDateTime (millions of rows) -----------------------

void put(char*& p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        p[i] = char('0' + value % 10);
    p += width;
}

QString isoDate(QDate d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    char buf[10];
    char* p = buf;
    put(p, y, 4), *p++ = '-', put(p, m, 2), *p++ = '-', put(p, day, 2);
    return QString::fromLatin1(buf, 10);
}

// As protocol::toWireTime: "yyyy-MM-ddTHH:mm:ss.zzzZ", UTC.
QString isoUtc(QDate d, int msOfDay)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    char buf[24];
    char* p = buf;
    put(p, y, 4), *p++ = '-', put(p, m, 2), *p++ = '-', put(p, day, 2), *p++ = 'T';
    put(p, msOfDay / 3'600'000, 2), *p++ = ':', put(p, msOfDay / 60'000 % 60, 2), *p++ = ':';
    put(p, msOfDay / 1000 % 60, 2), *p++ = '.', put(p, msOfDay % 1000, 3), *p++ = 'Z';
    return QString::fromLatin1(buf, 24);
}

// Office hours in Beijing (UTC+8), 08:30-18:00, as milliseconds of the UTC day.
int officeTime(Rng& rng)
{
    return rng.between(30 * 60'000, 10 * 3'600'000 - 1);
}

// --- how many records each subject gets ----------------------------------------------------

bool isLegal(quint64 seed, qint64 id)
{
    return Rng(seed, KindStream, quint64(id)).percent(30);
}

// Heavy-tailed activity: many subjects have no records or a few, some have hundreds.
quint64 activity(quint64 seed, qint64 id)
{
    static constexpr quint64 kWeights[] = {0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 1024};
    static constexpr quint32 kPerMille[] = {0, 250, 150, 100, 70, 40, 20, 10, 6, 3, 1}; // sums to 650
    const bool legal = isLegal(seed, id);
    const quint32 none = legal ? 150 : 350;
    Rng rng(seed, WeightStream, quint64(id));
    quint32 r = rng.below(none + 650);
    if (r < none)
        return 0;
    r -= none;
    std::size_t i = 1;
    while (r >= kPerMille[i])
        r -= kPerMille[i++];
    // A jitter of 0.6-1.4 smooths the steps; businesses hold more licences and penalties.
    return kWeights[i] * quint64(rng.between(6, 14)) * (legal ? 3 : 1);
}

// Splits exactly `records` over the subjects in proportion to their activity, streaming:
// subject k gets floor(M·C_k/W) - floor(M·C_(k-1)/W), C being the running activity sum.
class RecordAllocation
{
  public:
    RecordAllocation(quint64 seed, qint64 firstId, qint64 subjects, qint64 records)
        : seed_(seed), firstId_(firstId), records_(quint64(records))
    {
        for (qint64 k = 0; k < subjects; ++k)
            total_ += activity(seed, firstId + k);
        uniform_ = total_ == 0;
        if (uniform_)
            total_ = quint64(subjects);
    }
    /// Call for k = 0, 1, 2, ... in order.
    qint64 next(qint64 k)
    {
        cumulative_ += uniform_ ? 1 : activity(seed_, firstId_ + k);
        const auto upTo = quint64((unsigned __int128)records_ * cumulative_ / total_);
        const qint64 n = qint64(upTo - allocated_);
        allocated_ = upTo;
        return n;
    }

  private:
    quint64 seed_;
    qint64 firstId_;
    quint64 records_;
    quint64 total_ = 0;
    quint64 cumulative_ = 0;
    quint64 allocated_ = 0;
    bool uniform_ = false;
};

// --- writing: one prepared INSERT per table, one transaction per batch ----------------------

// Measured (bench_seed, callgrind): multi-row INSERT ... VALUES (..),(..) of 16 or 64 rows took
// 5-15% more CPU than one row per statement on SQLCipher 3.4 — page encryption and B-tree work
// dominate, and SQLCipher encrypted about twice as many pages — so each row is one execution.
class PreparedInsert
{
  public:
    PreparedInsert(QSqlDatabase& db, QLatin1StringView table,
                   std::initializer_list<QLatin1StringView> columns)
        : q_(db)
    {
        QStringList names;
        for (QLatin1StringView column : columns) {
            names.append(column);
            placeholders_.push_back(u":"_s + column);
        }
        const QString statement =
            u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s +
            QStringList(placeholders_.begin(), placeholders_.end()).join(u", "_s) + u")"_s;
        if (!q_.prepare(statement))
            throw store::StoreError(u"seed: prepare failed: "_s + q_.lastError().text());
    }
    // Bound by name: Qt's positional bindValue(int) formats a placeholder name for every value.
    template <class... V> void exec(const V&... values)
    {
        Q_ASSERT(sizeof...(V) == placeholders_.size());
        auto name = placeholders_.begin();
        (q_.bindValue(*name++, QVariant(values)), ...);
        if (!q_.exec())
            throw store::StoreError(u"seed: insert failed: "_s + q_.lastError().text());
    }

  private:
    QSqlQuery q_;
    std::vector<QString> placeholders_;
};

class SeedWriter
{
  public:
    SeedWriter(QSqlDatabase& db, int batchSize, qint64 total,
               const std::function<void(qint64, qint64)>& progress)
        : db_(db), batchSize_(batchSize), total_(total), progress_(progress),
          subjects_(db, "subjects"_L1,
                    {"id"_L1, "kind"_L1, "id_number"_L1, "name"_L1, "legal_representative"_L1,
                     "region_code"_L1, "created_at"_L1}),
          // status and dispute_state take their defaults: 'active', 'none'.
          records_(db, "credit_records"_L1,
                   {"id"_L1, "subject_id"_L1, "category_code"_L1, "title"_L1, "content"_L1,
                    "provider_department"_L1, "document_number"_L1, "decision_date"_L1, "valid_until"_L1,
                    "open_class"_L1, "region_code"_L1, "created_at"_L1, "updated_at"_L1})
    {
        tx_.emplace(db_);
    }

    template <class... V> void subject(const V&... values)
    {
        static_assert(sizeof...(V) == 7);
        subjects_.exec(values...);
        written();
    }
    template <class... V> void record(const V&... values)
    {
        static_assert(sizeof...(V) == 13);
        records_.exec(values...);
        written();
    }
    void finish()
    {
        commit();
        tx_.reset();
    }

  private:
    void written()
    {
        ++done_;
        if (++inBatch_ >= batchSize_) {
            commit();
            tx_.emplace(db_);
        }
    }
    void commit()
    {
        tx_->commit();
        inBatch_ = 0;
        if (progress_ && done_ != reported_)
            progress_(done_, total_);
        reported_ = done_;
    }

    QSqlDatabase& db_;
    int batchSize_;
    qint64 total_;
    const std::function<void(qint64, qint64)>& progress_;
    PreparedInsert subjects_;
    PreparedInsert records_;
    std::optional<store::Transaction> tx_; // destroyed first: rolls back if a statement threw
    qint64 done_ = 0;
    qint64 inBatch_ = 0;
    qint64 reported_ = -1;
};

// A bigger page cache while seeding (the citizen-ID and name indexes are written in random
// order); the connection's own setting is restored afterwards.
class CacheSizeDuringSeed
{
  public:
    explicit CacheSizeDuringSeed(QSqlDatabase& db) : db_(db)
    {
        QSqlQuery q(db_);
        if (q.exec(u"PRAGMA cache_size"_s) && q.next())
            previous_ = q.value(0).toLongLong();
        q.exec(u"PRAGMA cache_size = -65536"_s); // 64 MiB
    }
    ~CacheSizeDuringSeed()
    {
        if (previous_) {
            QSqlQuery q(db_);
            q.exec(u"PRAGMA cache_size = "_s + QString::number(*previous_));
        }
    }
    CacheSizeDuringSeed(const CacheSizeDuringSeed&) = delete;
    CacheSizeDuringSeed& operator=(const CacheSizeDuringSeed&) = delete;

  private:
    QSqlDatabase& db_;
    std::optional<qint64> previous_;
};

// --- one subject, one record ---------------------------------------------------------------

struct SubjectDraft
{
    SubjectTraits traits;
    QString idNumber;
    QString name;
    QString representative;
    QString createdAt;
};

SubjectDraft draftSubject(quint64 seed, qint64 id, QDate platformStart)
{
    Rng rng(seed, SubjectStream, quint64(id));
    SubjectDraft s;
    s.traits.legal = isLegal(seed, id);
    if (!s.traits.legal) {
        const NaturalIdentity n = naturalIdentity(id);
        s.traits.region = n.region;
        s.idNumber = citizenId(n);
        s.name = personName(rng, n.sequence % 2 ? Sex::Male : Sex::Female, n.birth.year());
        s.representative = QStringLiteral(""); // NOT NULL: an empty, non-null string
    } else {
        s.traits.form = pickLegalForm(rng);
        s.traits.region = pickRegion(rng);
        const char* registeredIn = kRegions[std::size_t(s.traits.region)].code;
        // City-district enterprises are often registered with the city bureau.
        if (s.traits.region <= 1 && s.traits.form == LegalForm::Enterprise && rng.percent(50))
            registeredIn = "360200";
        s.idNumber = syntheticCreditCode(id, char('0' + int(s.traits.form)), registeredIn);
        s.name = organisationName(rng, s.traits.form, s.traits.region);
        s.representative =
            personName(rng, rng.percent(75) ? Sex::Male : Sex::Female, rng.between(1955, 1995));
    }
    s.createdAt = isoUtc(platformStart.addDays(rng.between(0, 59)), officeTime(rng));
    return s;
}

// Shared values bound on every row (QString copies are reference counts, not allocations).
struct Constants
{
    QString natural = QStringLiteral("natural");
    QString legal = QStringLiteral("legal");
    QString empty = QStringLiteral("");
    QVariant null = QVariant(QMetaType(QMetaType::QString));
    std::vector<QString> regions;
    std::vector<QString> categories;
    std::vector<QString> classes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    Constants()
    {
        for (const Region& r : kRegions)
            regions.push_back(QString::fromLatin1(r.code));
        for (const char* c : kCategoryCodes)
            categories.push_back(QString::fromLatin1(c));
    }
};

void writeRecord(SeedWriter& w, const Constants& c, quint64 seed, qint64 recordId, qint64 subjectId,
                 const SubjectTraits& subject, QDate today)
{
    Rng rng(seed, RecordStream, quint64(recordId));
    const int category = pickCategory(rng);
    const qint64 window = today.addYears(-6).daysTo(today);
    const QDate decision = today.addDays(-rng.between(1, int(window)));
    const RecordText text = composeRecord(rng, category, subject, decision);
    // Mostly the subject's county; some come from a county where the subject also operates.
    int region = subject.region;
    if (rng.percent(8))
        region = (region + rng.between(1, kRegionCount - 1)) % kRegionCount;
    const QDate entered = std::min(decision.addDays(rng.between(1, 15)), today.addDays(-1));
    const QString createdAt = isoUtc(entered, officeTime(rng));
    w.record(recordId, subjectId, c.categories[std::size_t(category)], text.title, text.content,
             text.department, text.documentNumber.isEmpty() ? c.empty : text.documentNumber,
             isoDate(decision), text.validUntil.isValid() ? QVariant(isoDate(text.validUntil)) : c.null,
             c.classes[std::size_t(text.openClass - 'A')], c.regions[std::size_t(region)], createdAt,
             createdAt);
}

// --- preconditions -------------------------------------------------------------------------

qint64 scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        throw store::StoreError(u"seed: "_s + sql + u": "_s + q.lastError().text());
    return q.value(0).toLongLong();
}

// How many of the given codes the reference table holds.
template <class Codes> qint64 countCodes(QSqlDatabase& db, const char* table, const Codes& codes)
{
    QStringList quoted;
    for (const char* code : codes)
        quoted.append(u"'"_s + QLatin1StringView(code) + u"'"_s);
    return scalar(db, u"SELECT count(*) FROM "_s + QLatin1StringView(table) + u" WHERE code IN ("_s +
                          quoted.join(u',') + u")"_s);
}

void validate(const SeedOptions& opt)
{
    if (opt.subjects < 0 || opt.records < 0)
        throw SeedError("seed: counts must not be negative");
    if (opt.records > 0 && opt.subjects == 0)
        throw SeedError("seed: records are spread over the subjects of the same run; give subjects too");
    if (opt.batchSize < 1)
        throw SeedError("seed: the batch size must be at least 1");
    if (!opt.today.isValid() || opt.today.year() < 2006)
        throw SeedError("seed: today must be a valid date after 2005 (birth dates run to 2005)");
}

void checkDatabase(QSqlDatabase& db, const SeedOptions& opt, qint64 firstSubjectId)
{
    std::vector<const char*> regionCodes;
    for (const Region& r : kRegions)
        regionCodes.push_back(r.code);
    if (countCodes(db, "regions", regionCodes) != kRegionCount ||
        countCodes(db, "credit_categories", kCategoryCodes) != kCategoryCount)
        throw SeedError("seed: the regions or credit categories of migration 0002 are missing");
    const qint64 existing = scalar(db, u"SELECT count(*) FROM subjects"_s);
    if (existing > 0 && !opt.append)
        throw SeedError(u"seed: the database already holds %1 subjects; synthetic data is only added to it "
                        "when appending is asked for"_s.arg(existing)
                            .toStdString());
    if (firstSubjectId - 1 + opt.subjects > kNaturalCapacity)
        throw SeedError("seed: more subject ids than synthetic citizen IDs (20,454,000)");
}

} // namespace

// --- identities ----------------------------------------------------------------------------

QString syntheticCitizenId(qint64 id)
{
    if (id < 1 || id > kNaturalCapacity)
        return {};
    return citizenId(naturalIdentity(id));
}

QChar organisationCodeCheckChar(QStringView body8)
{
    static constexpr int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const char16_t ch = body8[i].unicode();
        sum += kWeights[i] * (ch <= u'9' ? ch - u'0' : ch - u'A' + 10);
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QChar(u'X') : check == 11 ? QChar(u'0') : QChar(u'0' + check);
}

QString syntheticCreditCode(qint64 id, char category, const char* regionCode)
{
    if (id < 1 || id > kOrganisationCapacity)
        return {};
    const QString body =
        digits(qint64(permute(quint64(id - 1), kOrganisationCapacity, 27, 0x5eedc0de00000002ULL)), 8);
    const QString first17 = u"9"_s % QLatin1Char(category) % QLatin1StringView(regionCode) % body %
                            organisationCodeCheckChar(body);
    return first17 + *creditCodeCheckChar(first17);
}

// --- the run -------------------------------------------------------------------------------

SeedResult seedDatabase(QSqlDatabase& db, const SeedOptions& opt,
                        const std::function<void(qint64, qint64)>& progress)
{
    QElapsedTimer timer; // measures the run's duration; no domain date depends on it
    timer.start();
    validate(opt);
    const qint64 firstSubjectId = scalar(db, u"SELECT coalesce(max(id), 0) FROM subjects"_s) + 1;
    const qint64 firstRecordId = scalar(db, u"SELECT coalesce(max(id), 0) FROM credit_records"_s) + 1;
    checkDatabase(db, opt, firstSubjectId);

    const Constants c;
    const QDate platformStart = opt.today.addYears(-6).addDays(-60); // subjects exist before their records
    const CacheSizeDuringSeed cache(db);
    RecordAllocation allocation(opt.seed, firstSubjectId, opt.subjects, opt.records);
    SeedWriter writer(db, opt.batchSize, opt.subjects + opt.records, progress);
    qint64 recordId = firstRecordId;
    for (qint64 k = 0; k < opt.subjects; ++k) {
        const qint64 id = firstSubjectId + k;
        const SubjectDraft s = draftSubject(opt.seed, id, platformStart);
        writer.subject(id, s.traits.legal ? c.legal : c.natural, s.idNumber, s.name, s.representative,
                       c.regions[std::size_t(s.traits.region)], s.createdAt);
        for (qint64 n = allocation.next(k); n > 0; --n)
            writeRecord(writer, c, opt.seed, recordId++, id, s.traits, opt.today);
    }
    writer.finish();
    return {opt.subjects, recordId - firstRecordId, timer.elapsed()};
}

} // namespace cp::server
