// Checking the filters a user gives for a claim listing (tally claims'
// flags; later the HTTP API's parameters) before they reach the store: a
// typo ("refusals", "2024-02-30", "RUS") is an error that says what is
// allowed, not an empty result.
//
//   store::ClaimQuery query;
//   query.category = flag_category;
//   query.side = "ru";
//   Status s = exporting::CheckClaimQuery(exporting::DefaultClaimVocabulary(),
//                                         &query);  // query.side == "RU"
//   if (!s.ok()) ...  // kInvalidArgument, message names the bad value
//
// The allowed codes are data passed in, so that the categories can come
// from the codebook once the extractor loads it. Stateless.
#ifndef TALLY_SRC_EXPORT_CLAIM_FILTERS_H_
#define TALLY_SRC_EXPORT_CLAIM_FILTERS_H_

#include <string>
#include <vector>

#include "src/store/store.h"
#include "tally/status.h"

namespace tally::exporting {

// The codes a filter may take, each in its canonical spelling.
struct ClaimVocabulary {
  std::vector<std::string> categories;  // refusal, desertion, ...
  std::vector<std::string> sides;       // RU, UA
  std::vector<std::string> stances;     // official-RU, ..., independent
  std::vector<std::string> hedges;      // estimate, reported, ...
  std::vector<std::string> units;       // persons, percent, ... (UnitName)
  std::vector<std::string> bases;       // total, period, subset (BasisName)
};

// The claim contract's lists (../shared/spec/claims.md): its thirteen
// default categories, the sides, speaker stances, hedges, units and bases.
ClaimVocabulary DefaultClaimVocabulary();

// Checks the filters set in `query` and rewrites them canonically:
// category, side, stance, hedge, unit and basis must be one of
// `vocabulary`'s codes, compared ignoring ASCII case and replaced by its
// spelling ("ru" -> "RU"); since/until must be real days as YYYY-MM-DD with since
// not after until; place an ISO 3166-2 code (upper-cased: "ru-amu" ->
// "RU-AMU"); lang two or three letters (lower-cased). Free-text filters
// (speaker, source, doc) and the paging fields are left alone.
// kInvalidArgument naming the filter, the value and what is allowed.
Status CheckClaimQuery(const ClaimVocabulary& vocabulary, store::ClaimQuery* query);

}  // namespace tally::exporting

#endif  // TALLY_SRC_EXPORT_CLAIM_FILTERS_H_
