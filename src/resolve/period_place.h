// Placing a time expression in the calendar: the days an Expression from
// period_reader.h stands for, given the publication date.
//
//   std::optional<Placed> p = Place(expression, ParseIsoDay("2022-05-20"));
//   // "since February 24": p->from 2022-02-24, p->to 2022-05-20
//
// Rules (doc/codebook.md says them for codebook editors):
// - A date, month or part of a year without a year takes the latest year
//   that does not put its first day after the reference (the publication
//   date; in a range, the other end).
// - "since X": from X's first day to publication. "in X": X's days. "as of
//   X": up to X's last day. A range: from the first anchor's first day to
//   the second's last. A span: its length back from publication.
// - A period that holds the publication date ends on it.
// - An event lasts from its date to publication; "the start of" an anchor
//   is its first day, "the end of" its last.
//
// Internal to src/resolve.
#ifndef TALLY_SRC_RESOLVE_PERIOD_PLACE_H_
#define TALLY_SRC_RESOLVE_PERIOD_PLACE_H_

#include <optional>

#include "src/resolve/calendar.h"
#include "src/resolve/period_reader.h"

namespace tally::resolve {

// A placed period; either end may be unknown.
struct Placed {
  std::optional<Day> from;
  std::optional<Day> to;
};

// The period `e` stands for, or nullopt when it cannot be placed: it needs
// a publication date that is missing, names a day that does not exist in
// the year it falls in, ends before it starts, or leaves the calendar's
// years.
std::optional<Placed> Place(const Expression& e, std::optional<Day> published);

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_PERIOD_PLACE_H_
