#include "src/reconcile/total_check.h"

#include <cmath>
#include <optional>

#include "src/reconcile/measures.h"
#include "src/resolve/calendar.h"

namespace tally::reconcile {

void SpeakerDays::Add(const std::string& speaker, const std::string& date, const Quantity& q) {
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

std::vector<std::string> FallingTotals(const SpeakerDays& totals) {
  std::vector<std::string> out;
  for (const auto& [speaker, by_day] : totals.days()) {
    // Days in order: the highest lower bound so far against each later
    // day's lowest upper bound.
    const SpeakerDays::Day* top = nullptr;
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

namespace {

std::optional<int64_t> DayNumberOf(const std::string& iso) {
  const std::optional<resolve::Day> d = resolve::ParseIsoDay(iso);
  if (!d) return std::nullopt;
  return resolve::DayNumber(*d);
}

}  // namespace

std::vector<std::string> DailySumsAgainstTotals(const SpeakerDays& totals, const SpeakerDays& days) {
  std::vector<std::string> out;
  for (const auto& [speaker, by_day] : totals.days()) {
    auto daily = days.days().find(speaker);
    if (daily == days.days().end()) continue;
    double worst = 0;
    std::string line;
    const std::string* prev_date = nullptr;
    const SpeakerDays::Day* prev = nullptr;
    for (const auto& [date, d] : by_day) {
      if (!d.Exact()) continue;
      if (prev != nullptr) {
        const std::optional<int64_t> a = DayNumberOf(*prev_date), b = DayNumberOf(date);
        // Every day after the first total up to the second one, given.
        double sum = 0;
        bool complete = a && b && *b - *a <= kMaxSummedDays;
        for (int64_t n = complete ? *a + 1 : 0; complete && n <= *b; ++n) {
          const std::optional<resolve::Day> day = resolve::FromDayNumber(n);
          auto it = day ? daily->second.find(resolve::FormatIso(*day)) : daily->second.end();
          if (it == daily->second.end() || !it->second.Exact()) {
            complete = false;
          } else {
            sum += it->second.max_lo;
          }
        }
        const double change = d.max_lo - prev->max_lo;
        if (complete && std::fabs(sum - change) > worst) {
          worst = std::fabs(sum - change);
          line = speaker + ": the daily figures from " + *prev_date + " to " + date + " add up to " +
                 Thousands(sum) + ", but the total went from " + Thousands(prev->max_lo) + " to " +
                 Thousands(d.max_lo) + " (" + (change < 0 ? "" : "+") + Thousands(change) + ")";
        }
      }
      prev = &d;
      prev_date = &date;
    }
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace tally::reconcile
