// Each anchor becomes a closed run of days [first, last]; the frame then
// takes ends from one or two runs. Every day is built through calendar.h,
// which refuses days that do not exist, so an absurd expression fails to
// place instead of producing "2023-02-30".
#include "src/resolve/period_place.h"

#include <cmath>

namespace tally::resolve {
namespace {

using Base = Anchor::Base;

struct Run {
  Day first;
  Day last;
  bool open = false;  // an event still going on: `last` is publication
};

// How far back (or on) a year-less date may look for its year: eight years
// always hold a February 29.
constexpr int kYearSearch = 8;

// The first day of a year-less anchor in year `y`, if that day exists.
std::optional<Day> StartIn(const Anchor& a, int y) {
  Day d;
  switch (a.base) {
    case Base::kDate: d = {y, a.month, a.day}; break;
    case Base::kMonth: d = {y, a.month, 1}; break;
    case Base::kPart: d = {y, a.first_month, 1}; break;
    default: return std::nullopt;
  }
  if (!IsValid(d)) return std::nullopt;
  return d;
}

// The year of `a`: as written, from the publication date, or the latest
// (earliest, with `on_or_after`) one whose first day is not after (before)
// `ref`.
std::optional<int> YearOf(const Anchor& a, std::optional<Day> ref,
                          bool on_or_after, std::optional<Day> published) {
  if (a.year != 0) return a.year;
  if (a.year_from_published) {
    if (!published.has_value()) return std::nullopt;
    return published->year + a.year_shift;
  }
  if (!ref.has_value()) return std::nullopt;
  for (int k = 0; k <= kYearSearch; ++k) {
    const int y = on_or_after ? ref->year + k : ref->year - k;
    const std::optional<Day> start = StartIn(a, y);
    if (!start.has_value()) continue;
    if (on_or_after ? *start >= *ref : *start <= *ref) return y;
  }
  return std::nullopt;
}

std::optional<Run> Make(std::optional<Day> first, std::optional<Day> last) {
  if (!first.has_value() || !last.has_value() || !IsValid(*first) ||
      !IsValid(*last) || *last < *first) {
    return std::nullopt;
  }
  return Run{*first, *last};
}

// The calendar unit holding `p`, moved by `shift` units.
std::optional<Run> RelativeRun(const TimeUnit& u, int shift, const Day& p) {
  switch (u.base) {
    case TimeUnit::Base::kDay: {
      const std::optional<Day> first = AddDays(p, int64_t{shift} * u.count);
      return Make(first, first.has_value() ? AddDays(*first, u.count - 1)
                                           : std::nullopt);
    }
    case TimeUnit::Base::kWeek: {
      const int64_t length = int64_t{7} * u.count;
      const std::optional<Day> first =
          AddDays(p, -Weekday(p) + shift * length);
      return Make(first, first.has_value() ? AddDays(*first, length - 1)
                                           : std::nullopt);
    }
    case TimeUnit::Base::kMonth: {
      if (u.count < 1 || u.count > 12 || 12 % u.count != 0) return std::nullopt;
      const int block = (p.month - 1) / u.count * u.count + 1;
      const std::optional<Day> first =
          AddMonths(Day{p.year, block, 1}, int64_t{shift} * u.count);
      if (!first.has_value()) return std::nullopt;
      const std::optional<Day> last_month = AddMonths(*first, u.count - 1);
      return Make(first, last_month.has_value()
                             ? std::optional<Day>(MonthEnd(*last_month))
                             : std::nullopt);
    }
    case TimeUnit::Base::kYear: {
      if (u.count != 1) return std::nullopt;
      const int y = p.year + shift;
      return Make(Day{y, 1, 1}, Day{y, 12, 31});
    }
    case TimeUnit::Base::kHour:
      return std::nullopt;
  }
  return std::nullopt;
}

// The days of `a` without its edge.
std::optional<Run> BaseRun(const Anchor& a, std::optional<Day> ref,
                           bool on_or_after, std::optional<Day> published) {
  switch (a.base) {
    case Base::kDate:
    case Base::kMonth:
    case Base::kPart: {
      const std::optional<int> y = YearOf(a, ref, on_or_after, published);
      if (!y.has_value()) return std::nullopt;
      if (a.base == Base::kDate) {
        const Day d{*y, a.month, a.day};
        return Make(d, d);
      }
      const int last = a.base == Base::kMonth ? a.month : a.last_month;
      const int first = a.base == Base::kMonth ? a.month : a.first_month;
      return Make(Day{*y, first, 1}, MonthEnd(Day{*y, last, 1}));
    }
    case Base::kYear:
      return Make(Day{a.year, 1, 1}, Day{a.year, 12, 31});
    case Base::kRelative:
      if (!published.has_value()) return std::nullopt;
      return RelativeRun(a.unit, a.shift, *published);
    case Base::kRelDay:
      if (!published.has_value()) return std::nullopt;
      return Make(AddDays(*published, a.from_day), AddDays(*published, a.to_day));
    case Base::kEvent: {
      if (!IsValid(a.event)) return std::nullopt;
      Run r{a.event, a.event, true};
      if (published.has_value() && *published >= a.event) r.last = *published;
      return r;
    }
    case Base::kBareDay:
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Run> AnchorRun(const Anchor& a, std::optional<Day> ref,
                             bool on_or_after, std::optional<Day> published) {
  std::optional<Run> r = BaseRun(a, ref, on_or_after, published);
  if (!r.has_value()) return std::nullopt;
  switch (a.edge) {
    case Edge::kNone:
      return r;
    case Edge::kStart:
      return Run{r->first, r->first};
    case Edge::kEnd:
      if (r->open) return std::nullopt;  // an event's end is not known
      return Run{r->last, r->last};
  }
  return std::nullopt;
}

// Day `day` of the month of `like`.
std::optional<Run> DayLike(const Anchor& bare, const Day& like) {
  const Day d{like.year, like.month, bare.day};
  return Make(d, d);
}

// The two runs of a range: a bare day borrows its month from the other
// end; a year left unsaid is taken relative to the other end when that one
// has its own.
bool RangeRuns(const Expression& e, std::optional<Day> published, Run* a,
               Run* b) {
  const Anchor& first = e.first;
  const Anchor& second = e.second;
  std::optional<Run> ra, rb;
  if (first.base == Base::kBareDay) {
    rb = AnchorRun(second, published, false, published);
    if (rb.has_value()) ra = DayLike(first, rb->first);
  } else if (second.base == Base::kBareDay) {
    ra = AnchorRun(first, published, false, published);
    if (ra.has_value()) rb = DayLike(second, ra->last);
  } else if (!first.NeedsYear() && second.NeedsYear()) {
    ra = AnchorRun(first, published, false, published);
    if (ra.has_value()) rb = AnchorRun(second, ra->first, true, published);
  } else {
    rb = AnchorRun(second, published, false, published);
    if (rb.has_value()) ra = AnchorRun(first, rb->first, false, published);
  }
  if (!ra.has_value() || !rb.has_value() || rb->last < ra->first) return false;
  *a = *ra;
  *b = *rb;
  return true;
}

// The day `span` before `p`.
std::optional<Day> SpanStart(const Span& span, const Day& p) {
  const double total = span.count * span.unit.count;
  if (!(total > 0) || total > 1e7) return std::nullopt;
  double months = 0;
  switch (span.unit.base) {
    case TimeUnit::Base::kDay:
      return AddDays(p, -static_cast<int64_t>(std::ceil(total)));
    case TimeUnit::Base::kWeek:
      return AddDays(p, -static_cast<int64_t>(std::ceil(total * 7)));
    case TimeUnit::Base::kHour:
      return AddDays(p, -static_cast<int64_t>(std::ceil(total / 24)));
    case TimeUnit::Base::kMonth:
      months = total;
      break;
    case TimeUnit::Base::kYear:
      months = total * 12;
      break;
  }
  if (months == std::floor(months)) {
    return AddMonths(p, -static_cast<int64_t>(months));
  }
  // "one and a half months": whole days, a month counted as 30.
  return AddDays(p, -static_cast<int64_t>(std::ceil(months * 30)));
}

// `to`, or the publication date when the run [from, to] holds it.
Day Clip(const Day& from, const Day& to, std::optional<Day> published) {
  if (published.has_value() && from <= *published && *published <= to) {
    return *published;
  }
  return to;
}

}  // namespace

std::optional<Placed> Place(const Expression& e, std::optional<Day> published) {
  Placed out;
  if (e.meaning == FrameMeaning::kSpan) {
    if (!published.has_value()) return std::nullopt;
    out.from = SpanStart(e.span, *published);
    if (!out.from.has_value()) return std::nullopt;
    out.to = published;
    return out;
  }
  if (e.meaning == FrameMeaning::kRange) {
    Run a, b;
    if (!RangeRuns(e, published, &a, &b)) return std::nullopt;
    out.from = a.first;
    if (!b.open || published.has_value()) out.to = Clip(a.first, b.last, published);
    return out;
  }
  const std::optional<Run> r = AnchorRun(e.first, published, false, published);
  if (!r.has_value()) return std::nullopt;
  switch (e.meaning) {
    case FrameMeaning::kSince:
      out.from = r->first;
      if (published.has_value() && *published >= r->first) out.to = published;
      break;
    case FrameMeaning::kIn:
      out.from = r->first;
      if (!r->open || published.has_value()) out.to = Clip(r->first, r->last, published);
      break;
    case FrameMeaning::kAsOf:
      if (!r->open || published.has_value()) out.to = Clip(r->first, r->last, published);
      break;
    default:
      return std::nullopt;
  }
  return out;
}

}  // namespace tally::resolve
