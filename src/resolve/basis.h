// The basis of a claim: what its figure adds up (the `basis` of
// ../shared/spec/claims.md), so that measures set side by side only
// figures of one kind: a running total, a figure for a period, or a figure
// about a part (one region, city, unit or court).
//
//   Basis b = BasisOf(claim.period, !claim.places.empty() || !claim.units.empty(),
//                     doc.meta.published);   // Basis::kPeriod for "за минулу добу"
//   BasisName(b);                             // "period"
//
// The rule reads only fields every stored claim has, so the extractor and
// a reader of a store written before the field existed give the same
// answer, without a schema change. In order:
//
//   1. subset: the claim names places or units.
//   2. total: the period starts on a day a war-wide count runs from, the
//      invasion (2022-02-24: "since the invasion", "с начала СВО", "з
//      24.02.22") or the mobilisation (2022-09-21), however short it is.
//   3. period: both ends are known and the period is at most kMaxPeriodDays
//      long (a day, a week, a month, a quarter, "in January and
//      February"), or starts on January 1 of its end's year (the year so
//      far, a calendar year, its first half), or ended before publication
//      (a closed span in the past: "in the second half of the year",
//      "between September and February").
//   4. total: anything else -- a count since a stated start ("since
//      September 2022", "since 2014"), up to a cut-off ("as of March 1"),
//      or with no period at all (a figure as of publication).
//
// Limits, because a period does not say how it was written: a count since
// a stated start less than kMaxPeriodDays before the report ("since the
// offensive began on 1 March", in April) reads as a period; a day's figure
// whose document has no publication date has no period ("за сутки" cannot
// be placed) and reads as a total. Places and units are read per sentence,
// so a national total sharing its sentence with a region's figure is a
// subset too.
#ifndef TALLY_SRC_RESOLVE_BASIS_H_
#define TALLY_SRC_RESOLVE_BASIS_H_

#include <string_view>

#include "tally/claim.h"

namespace tally::resolve {

// Longest period, in days between its ends, that is a period figure
// wherever it falls: a quarter (91 days) and a little more.
inline constexpr int kMaxPeriodDays = 92;

// The basis of a figure covering `period` (ISO days, "" for null).
// `names_part`: the claim has places or units. `published`: the
// document's publication date (any shape text::ToIsoDate reads; a store's
// claim date, which is the publication day when there is one, will do),
// "" when unknown. Pure; any input is safe.
Basis BasisOf(const Period& period, bool names_part, std::string_view published);

// The claim's own fields (period, places, units) and its document's
// publication date.
Basis BasisOf(const Claim& claim, std::string_view published);

// "total", "period", "subset".
std::string_view BasisName(Basis basis);

// The basis named `name` (as BasisName prints it); false if none.
bool ParseBasisName(std::string_view name, Basis* out);

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_BASIS_H_
