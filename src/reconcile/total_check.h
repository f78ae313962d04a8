// A source checked against itself: a running total never goes down. Fed a
// total measure's dated figures as they stream past (in any order), it
// keeps per speaker and day the highest lower bound and the lowest upper
// bound, bounded in all, and finds where one speaker's total on a later
// day is wholly below its total on an earlier day.
//
//   RunningTotalCheck check;
//   check.Add("General Staff", "2023-03-14", q1);   // 161,610
//   check.Add("General Staff", "2023-03-20", q2);   // 150,000
//   check.Findings();  // {"General Staff: 161,610 on 2023-03-14, then 150,000 on
//                      //   2023-03-20: a running total that went down"}
#ifndef TALLY_SRC_RECONCILE_TOTAL_CHECK_H_
#define TALLY_SRC_RECONCILE_TOTAL_CHECK_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "tally/quantity.h"

namespace tally::reconcile {

class RunningTotalCheck {
 public:
  // Days kept for one measure, all speakers together; figures past this
  // are not checked (a measure of a million daily totals keeps its first).
  static constexpr size_t kMaxDays = 20000;

  // `date` YYYY-MM-DD; undated or unbounded figures say nothing here.
  void Add(const std::string& speaker, const std::string& date, const Quantity& q);

  // One line per speaker whose total went down: its largest fall.
  std::vector<std::string> Findings() const;

 private:
  struct Day {
    double max_lo = 0, min_hi = 0;
    bool has_lo = false, has_hi = false;
    Quantity lo_figure, hi_figure;  // the figures that gave them, for the words
  };
  std::map<std::string, std::map<std::string, Day>> days_;  // speaker -> date -> bounds
  size_t kept_ = 0;
};

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_TOTAL_CHECK_H_
