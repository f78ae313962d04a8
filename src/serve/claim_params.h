// The claim filters of the HTTP API, from query parameters to a checked
// store::ClaimQuery: the same filters and the same checks as `tally
// claims` (exporting::CheckClaimQuery), plus the API's full-text filter,
// order, page size and cursor.
//
//   Result<QueryParams> p = QueryParams::Parse(query_string, 2048);
//   Result<store::ClaimQuery> q = ParseClaimListing(*p, vocabulary, 200);
//   if (!q.ok()) ...   // kInvalidArgument: a 400 naming the parameter
//
// Stateless.
#ifndef TALLY_SRC_SERVE_CLAIM_PARAMS_H_
#define TALLY_SRC_SERVE_CLAIM_PARAMS_H_

#include "src/export/claim_filters.h"
#include "src/serve/query_params.h"
#include "src/store/store.h"

namespace tally::serve {

// Words a full-text filter (q) may have.
inline constexpr size_t kMaxSearchWords = 32;
// Claims a page holds when `limit` is not given.
inline constexpr int kDefaultPageSize = 50;

// The filters only (category, side, stance, speaker, place, lang, source,
// unit, hedge, basis, doc, since, until, origins, q), for listings and
// exports.
// Unknown parameters are refused unless listed in `also_allowed`
// (limit, sort, cursor or format, which the caller reads).
Result<store::ClaimQuery> ParseClaimFilters(const QueryParams& params,
                                            const exporting::ClaimVocabulary& vocabulary,
                                            std::initializer_list<std::string_view> also_allowed);

// Filters plus sort (date, -date, stored; default -date), limit (1 to
// max_page, default kDefaultPageSize) and cursor (one that a listing of
// the same sort returned).
Result<store::ClaimQuery> ParseClaimListing(const QueryParams& params,
                                            const exporting::ClaimVocabulary& vocabulary,
                                            int max_page);

// The user's search words as an FTS5 query, checked: at least one word
// and at most kMaxSearchWords. kInvalidArgument naming `name` otherwise.
Result<std::string> SearchWords(const QueryParams& params, std::string_view name);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_CLAIM_PARAMS_H_
