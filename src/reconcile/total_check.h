// A source checked against itself. Fed a measure's dated figures as they
// stream past (in any order), a SpeakerDays keeps per speaker and day the
// highest lower bound and the lowest upper bound, bounded in all. Two
// checks read it:
//
// - FallingTotals: a speaker's running total on a later day wholly below
//   its total of an earlier day;
// - DailySumsAgainstTotals: a speaker's daily figures between two of its
//   totals that do not add up to the change between them ("161,610" and
//   "(+640)" every morning).
//
//   SpeakerDays totals;
//   totals.Add("General Staff", "2023-03-14", q1);   // 161,610
//   totals.Add("General Staff", "2023-03-20", q2);   // 150,000
//   FallingTotals(totals);  // {"General Staff: 161,610 on 2023-03-14, then 150,000 on
//                           //   2023-03-20: a running total that went down"}
#ifndef TALLY_SRC_RECONCILE_TOTAL_CHECK_H_
#define TALLY_SRC_RECONCILE_TOTAL_CHECK_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "tally/quantity.h"

namespace tally::reconcile {

class SpeakerDays {
 public:
  // Days kept for one measure, all speakers together; figures past this
  // are not checked (a measure of a million daily figures keeps its first).
  static constexpr size_t kMaxDays = 20000;

  struct Day {
    double max_lo = 0, min_hi = 0;
    bool has_lo = false, has_hi = false;
    Quantity lo_figure, hi_figure;  // the figures that gave them, for the words
    // One value, when the day's figures agree on it exactly.
    bool Exact() const { return has_lo && has_hi && max_lo == min_hi; }
  };

  // `date` YYYY-MM-DD; undated or unbounded figures say nothing here.
  void Add(const std::string& speaker, const std::string& date, const Quantity& q);

  // speaker -> date -> the day's bounds.
  const std::map<std::string, std::map<std::string, Day>>& days() const { return days_; }

 private:
  std::map<std::string, std::map<std::string, Day>> days_;
  size_t kept_ = 0;
};

// One line per speaker whose total went down: its largest fall.
std::vector<std::string> FallingTotals(const SpeakerDays& totals);

// One line per speaker whose daily figures between two consecutive exact
// totals (at most kMaxSummedDays apart, every day given) add up to other
// than the change: its largest difference.
inline constexpr int kMaxSummedDays = 62;
std::vector<std::string> DailySumsAgainstTotals(const SpeakerDays& totals, const SpeakerDays& days);

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_TOTAL_CHECK_H_
