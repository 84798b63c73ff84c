// Synthetic names and record texts for `credit-server seed`: Chinese personal names, company
// names, providing departments, and the title/content/document number of each credit-record
// category. Everything is drawn from an Rng the caller seeds, so the same draws give the same
// text on every platform (integer arithmetic only, no libm).
#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <array>

namespace cp::server::seed {

/// splitmix64 stream; one is seeded per generated row from (seed, stream, row id), so a row
/// depends neither on the batch size nor on the rows generated before it.
class Rng
{
  public:
    Rng(quint64 seed, quint64 stream, quint64 index)
        : state_(mix(mix(seed ^ (stream * 0xd1b54a32d192ed03ULL)) + index))
    {
    }
    static quint64 mix(quint64 z)
    {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    quint64 next() { return mix(state_ += 0x9e3779b97f4a7c15ULL); }
    /// Uniform in [0, n) (multiply-shift; the bias is below 2^-32 for our small n).
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }
    /// Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    bool percent(int p) { return below(100) < quint32(p); }

  private:
    quint64 state_;
};

/// The four county-level divisions of 景德镇市 in the regions table (migration 0002).
inline constexpr int kRegionCount = 4;
struct Region
{
    const char* code;       // 6-digit division code, also used in IDs and credit codes
    const char16_t* name;   // 昌江区
    const char16_t* prefix; // how a company name from there starts: 景德镇市 / 浮梁县
};
extern const std::array<Region, kRegionCount> kRegions;
/// Weighted by population (乐平 largest); returns an index into kRegions.
int pickRegion(Rng& rng);

enum class Sex { Female, Male };
/// Surname (weighted by frequency) + one or two common given-name characters.
QString personName(Rng& rng, Sex sex, int birthYear);

/// USCC category digit after the registration authority '9' (工商): what kind of body it is.
enum class LegalForm { Enterprise = 1, IndividualBusiness = 2, Cooperative = 3 };
LegalForm pickLegalForm(Rng& rng);
/// "景德镇市瑞华陶瓷有限公司", "浮梁县瑶里镇绿源茶叶专业合作社", "乐平市张记小吃店" ...
QString organisationName(Rng& rng, LegalForm form, int region);

/// What a generated record says; category codes are those of credit_categories.
struct SubjectTraits
{
    bool legal = false;
    LegalForm form = LegalForm::Enterprise;
    int region = 0; // index into kRegions
};
struct RecordText
{
    QString title;
    QString content;
    QString department;
    QString documentNumber; // may be empty
    QDate validUntil;       // invalid = NULL (no end: 长期有效, until performed, ...)
    char openClass = 'A';
};
/// `category` indexes kCategoryCodes; decision is the decision date.
RecordText composeRecord(Rng& rng, int category, const SubjectTraits& subject, QDate decision);

/// credit_categories codes, with the share of records each gets (per mille, sums to 1000).
inline constexpr int kCategoryCount = 8;
extern const std::array<const char*, kCategoryCount> kCategoryCodes;
int pickCategory(Rng& rng);

} // namespace cp::server::seed
