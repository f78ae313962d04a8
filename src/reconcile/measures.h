// Measures: what the claims ledger looks like to a researcher. Origin
// claims (never their echoes) are grouped by category, side, unit and
// basis (and region, when asked) into series over time, so that a day's
// figure never sits beside a running total nor a region's beside the
// country's; each measure gets the latest
// figure of every stance, the envelope of its intervals, the number of
// independent origins, and a verdict: "single-source" (one speaker),
// "consistent" (the latest figures of the stances overlap) or "disputed"
// (two of them do not; the gap as a ratio, "official-UA >= 13x
// official-RU"). Shares ("20 to 40 percent") are measures of their own,
// never mixed with counts.
//
//   Result<std::vector<Measure>> ms = ComputeMeasures(store, {});
//   for (const Measure& m : *ms) std::printf("%s %s\n", m.key.c_str(), m.verdict.c_str());
#ifndef TALLY_SRC_RECONCILE_MEASURES_H_
#define TALLY_SRC_RECONCILE_MEASURES_H_

#include <optional>
#include <string>
#include <vector>

#include "src/store/store.h"
#include "tally/status.h"

namespace tally::reconcile {

struct MeasureOptions {
  bool by_place = false;  // one measure per region as well
  std::string only;       // compute this measure key only ("" = all)
  // The series keeps at most this many points, the latest by date (and
  // the latest of every stance whatever their dates); `origins` counts
  // them all. Measures are computed in one streamed pass over the origins
  // with memory bounded by this, not by the store.
  size_t max_points = 500;
};

struct MeasurePoint {
  store::ClaimRow row;      // an origin claim
  std::string date;         // YYYY-MM-DD or ""
  int64_t echoes = 0;       // repeats in other documents
  int64_t outlets = 0;      // distinct outlets among them
  std::vector<std::string> echo_sources;
  std::string stance;       // the speaker's, or "unattributed"
};

struct Measure {
  // "killed:RU", "killed:RU/period", "refusal:RU:percent", "killed:RU@RU-AMU"
  std::string key;
  std::string category, side, unit, place;
  std::string basis;  // "total", "period", "subset" (resolve::BasisName)
  // By date, undated last: the latest MeasureOptions::max_points origins
  // and the latest of each stance.
  std::vector<MeasurePoint> points;
  // The latest point of each stance (index into points), by stance name.
  std::vector<std::pair<std::string, size_t>> latest;
  std::optional<double> low, high;   // the envelope; nullopt = unbounded
  size_t origins = 0;                // independent origins (points.size() or more)
  size_t speakers = 0;               // distinct speakers among them
  bool speakers_at_least = false;    // more than kMaxCountedSpeakers: `speakers` is a floor
  std::string verdict;               // single-source | consistent | disputed
  std::string gap;                   // for disputed: "official-UA >= 13x official-RU"
};

// The measure key of a claim: CATEGORY:SIDE, ":UNIT" unless persons,
// "/BASIS" unless a total ("killed:RU/period", "killed:RU/subset"), and
// "@REGION" for a region's measure, whose figures are all subsets (a claim
// with places is one), so it says no "/subset".
std::string MeasureKey(const std::string& category, const std::string& side, Unit unit,
                       Basis basis, const std::string& place = "");

// The measures of the store's origin claims, most origins first.
Result<std::vector<Measure>> ComputeMeasures(store::Store& store, const MeasureOptions& options);

// The interval in words for people: "1,351", "more than 18,000", "20-40%".
std::string IntervalText(const Quantity& q);

// `v` with thousands separators: 18000 -> "18,000"; 1.5 -> "1.5".
std::string Thousands(double v);

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_MEASURES_H_
