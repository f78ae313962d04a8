#include "src/reconcile/total_check.h"

#include "src/reconcile/measures.h"

namespace tally::reconcile {

void RunningTotalCheck::Add(const std::string& speaker, const std::string& date, const Quantity& q) {
  if (date.size() != 10 || (!q.lo && !q.hi)) return;
  auto& by_day = days_[speaker];
  auto it = by_day.find(date);
  if (it == by_day.end()) {
    if (kept_ >= kMaxDays) return;
    ++kept_;
    it = by_day.emplace(date, Day{}).first;
  }
  Day& d = it->second;
  if (q.lo && (!d.has_lo || *q.lo > d.max_lo)) {
    d.max_lo = *q.lo;
    d.has_lo = true;
    d.lo_figure = q;
  }
  if (q.hi && (!d.has_hi || *q.hi < d.min_hi)) {
    d.min_hi = *q.hi;
    d.has_hi = true;
    d.hi_figure = q;
  }
}

std::vector<std::string> RunningTotalCheck::Findings() const {
  std::vector<std::string> out;
  for (const auto& [speaker, by_day] : days_) {
    // Days in order: the highest lower bound so far against each later
    // day's lowest upper bound.
    const Day* top = nullptr;
    const std::string* top_date = nullptr;
    double worst = 0;
    std::string line;
    for (const auto& [date, d] : by_day) {
      if (top != nullptr && d.has_hi && d.min_hi < top->max_lo && top->max_lo - d.min_hi > worst) {
        worst = top->max_lo - d.min_hi;
        line = speaker + ": " + IntervalText(top->lo_figure) + " on " + *top_date + ", then " +
               IntervalText(d.hi_figure) + " on " + date + ": a running total that went down";
      }
      if (d.has_lo && (top == nullptr || d.max_lo > top->max_lo)) {
        top = &d;
        top_date = &date;
      }
    }
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace tally::reconcile
