// Measures: what the claims ledger looks like to a researcher. Origin
// claims (never their echoes) are grouped by category, side, unit and
// basis (and region, when asked) into series over time, so that a day's
// figure never sits beside a running total nor a region's beside the
// country's; each measure gets the latest
// figure of every stance, the envelope of its intervals, the number of
// independent origins, and a verdict over time: the latest figures of the
// stances that fall within a window of the newest are compared;
// "single-source" (one speaker), "consistent" (they overlap), "disputed"
// (two of them do not: the gap names both figures, their dates and
// speakers) or "apart" (two or more speakers, but no two latest figures
// within the window). A stance whose latest figure is older than the
// window is stale: shown with its date, never set against today's.
// Shares ("20 to 40 percent") are measures of their own, never mixed with
// counts.
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
  // Figures are compared only when their dates are at most this many days
  // apart; a stance's latest figure older than that before the newest is
  // stale.
  int window_days = 31;
};

struct MeasurePoint {
  store::ClaimRow row;      // an origin claim
  std::string date;         // the figure's own date (FigureDate), YYYY-MM-DD or ""
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
  std::string span;   // for a period basis: "day", "week", "month" or "period"
  // By date, undated last: the latest MeasureOptions::max_points origins
  // and the latest of each stance.
  std::vector<MeasurePoint> points;
  // The latest point of each stance (index into points), by stance name.
  std::vector<std::pair<std::string, size_t>> latest;
  // The lowest and highest finite bound of its figures ("1,351" and
  // "18,000" for 1,351 and more than 18,000); nullopt only with no figure.
  std::optional<double> low, high;
  bool open_below = false;  // some figure has no lower bound ("fewer than 50")
  bool open_above = false;  // some figure has no upper bound ("more than 18,000")
  size_t origins = 0;                // independent origins (points.size() or more)
  size_t speakers = 0;               // distinct speakers among them
  bool speakers_at_least = false;    // more than kMaxCountedSpeakers: `speakers` is a floor
  std::string verdict;               // single-source | consistent | disputed | apart
  // For disputed: "official-RU 1,351 (2024-02-01, Moscow) vs official-UA
  // more than 18,000 (2024-02-02, General Staff): at least 13x".
  std::string gap;
  std::string as_of;                 // the newest date compared ("" = undated)
  // Latest figures left out of the comparison: older than the window
  // before `as_of`, or undated. Vague figures ("thousands") and those of
  // no positioned stance judge nothing and are not listed. `who` is the stance, or
  // the speaker when one stance's speakers are compared.
  struct Stale {
    std::string who, date, figure, speaker, claim_id;
  };
  std::vector<Stale> stale;
  // A source against itself: "General Staff: 161,610 on 2023-03-14, then
  // 150,000 on 2023-03-20: a running total that went down" (totals only).
  std::vector<std::string> checks;
};

// The date a figure is about, for the series and for comparing: the end
// of its period, else its document's publication day, and never after
// that day (a period reader's guess of a later year is capped).
std::string FigureDate(const store::ClaimRow& row);

// The measure key of a claim: CATEGORY:SIDE, ":UNIT" unless persons,
// "/BASIS" unless a total ("killed:RU/subset"), a period figure named by
// its span ("killed:RU/day", "/week", "/month", else "/period": a day's
// count never sits beside a week's), and "@REGION" for a region's
// measure, whose figures are all subsets (a claim with places is one), so
// it says no "/subset".
std::string MeasureKey(const std::string& category, const std::string& side, Unit unit,
                       Basis basis, const std::string& place = "",
                       std::string_view span = "period");

// MeasureKey of a claim's own fields.
std::string MeasureKeyOf(const Claim& claim, const std::string& place = "");

// What a period figure's period spans: "day" (its ends at most a day
// apart: "за минулу добу"), "week" (6-7 days), "month" (a calendar month's
// 27-30 days), else "period" (the year so far, a quarter, two months).
std::string_view PeriodSpan(const Period& period);

// The measures of the store's origin claims, most origins first.
Result<std::vector<Measure>> ComputeMeasures(store::Store& store, const MeasureOptions& options);

// "stale: official-RU 5,937 (2022-09-21, the ministry), older than the
// figures of 2024-02-02"
std::string StaleText(const Measure& m, const Measure::Stale& stale);

// The range of a measure's figures in words: "from 1,351 to more than
// 18,000" (the lowest and highest bound any figure gives).
std::string EnvelopeText(const Measure& m);

// The interval in words for people: "1,351", "more than 18,000", "20-40%".
std::string IntervalText(const Quantity& q);

// `v` with thousands separators: 18000 -> "18,000"; 1.5 -> "1.5".
std::string Thousands(double v);

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_MEASURES_H_
