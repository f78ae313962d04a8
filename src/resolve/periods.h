// The period resolver: from the sentence that carries a figure, the time
// the figure covers (the claim's `period`), with relative dates resolved
// against the document's publication date.
//
//   Result<PeriodLexicon> lex = PeriodLexicon::LoadDir(codebook + "/periods",
//                                                      numbers);
//   std::string_view s = "1,351 servicemen have been killed since February 24";
//   Period p = FindPeriod(s, 0, 5, "en", "2022-05-20", *lex);
//   // p.from == "2022-02-24", p.to == "2022-05-20"
//
// What it reads (the words are in codebook/periods/<lang>.tsv, see
// doc/codebook.md): point dates ("since February 24", "s 24.02.2022"),
// named events ("since the full-scale invasion"), years, months and parts
// of a year ("in October", "first half of 2023"), ranges ("between
// September and February"), the calendar around the publication date
// ("last week", "this year", "yesterday"), spans back from it ("over the
// past six months", "za sutki") and cut-off dates ("as of March 1", "by
// the end of 2023"). Only an explicit framing makes a period: "served 40
// days in combat" and "sentenced to five years" say nothing about when.
//
// A year left unsaid is the latest one that does not put the date after
// the publication date; a period that reaches past the publication date
// while it holds it ends on it ("this year" is January 1 to publication).
#ifndef TALLY_SRC_RESOLVE_PERIODS_H_
#define TALLY_SRC_RESOLVE_PERIODS_H_

#include <cstddef>
#include <string_view>

#include "src/resolve/period_lexicon.h"
#include "tally/claim.h"

namespace tally::resolve {

struct PeriodOptions {
  // Longest sentence read whole. Longer ones are read only within half
  // this many bytes either side of the figure. Default: 64 KiB.
  size_t max_sentence_bytes = size_t{64} << 10;
};

// The period of the figure at bytes [figure_begin, figure_end) of
// `sentence`. The time expression that governs the figure wins: the
// nearest one (in tokens) in the figure's clause, else the nearest one in
// the sentence; words inside the figure are never part of one.
// `published` is the publication date ("YYYY-MM-DD", a date-time, or "").
//
// Returns {"", published day} when no expression governs the figure or the
// one that does cannot be placed (no publication date to place "last
// week"); {"", ""} when there is neither. Dates are always valid ISO
// days; any input (spans out of range, invalid UTF-8) is safe.
//
// Thread-safe: concurrent calls may share one lexicon.
Period FindPeriod(std::string_view sentence, size_t figure_begin,
                  size_t figure_end, std::string_view lang,
                  std::string_view published, const PeriodLexicon& lexicon,
                  const PeriodOptions& options = {});

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_PERIODS_H_
