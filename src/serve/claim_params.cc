#include "src/serve/claim_params.h"

#include <algorithm>
#include <vector>

#include "src/serve/cursor.h"

namespace tally::serve {
namespace {

constexpr std::string_view kFilterNames[] = {
    "category", "side",  "stance", "speaker", "place", "lang",    "source", "unit",
    "hedge",    "basis", "doc",    "since",   "until", "origins", "q"};

Status CheckNames(const QueryParams& params, std::initializer_list<std::string_view> extra) {
  for (const auto& [key, unused] : params.items()) {
    if (std::find(std::begin(kFilterNames), std::end(kFilterNames), key) !=
        std::end(kFilterNames)) {
      continue;
    }
    if (std::find(extra.begin(), extra.end(), key) != extra.end()) continue;
    std::string list;
    for (std::string_view n : kFilterNames) list += (list.empty() ? "" : ", ") + std::string(n);
    for (std::string_view n : extra) list += ", " + std::string(n);
    return Status::InvalidArgument("unknown parameter '" + key + "' (expected " + list + ")");
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> SearchWords(const QueryParams& params, std::string_view name) {
  const std::string& text = params.Get(name);
  const std::string fts = store::FtsQuery(text);
  if (fts.empty()) {
    return Status::InvalidArgument("parameter '" + std::string(name) + "' needs a word to search for");
  }
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    words += !space && !in_word;
    in_word = !space;
  }
  if (words > kMaxSearchWords) {
    return Status::InvalidArgument("parameter '" + std::string(name) + "' has too many words (at most " +
                                   std::to_string(kMaxSearchWords) + ")");
  }
  return fts;
}

Result<store::ClaimQuery> ParseClaimFilters(const QueryParams& params,
                                            const exporting::ClaimVocabulary& vocabulary,
                                            std::initializer_list<std::string_view> also_allowed) {
  Status s = CheckNames(params, also_allowed);
  if (!s.ok()) return s;
  store::ClaimQuery q;
  q.category = params.Get("category");
  q.side = params.Get("side");
  q.stance = params.Get("stance");
  q.speaker = params.Get("speaker");
  // As in tally claims: a speaker value also names a codebook actor id.
  q.speaker_actor = q.speaker;
  q.place = params.Get("place");
  q.lang = params.Get("lang");
  q.source = params.Get("source");
  q.unit = params.Get("unit");
  q.hedge = params.Get("hedge");
  q.basis = params.Get("basis");
  q.doc = params.Get("doc");
  q.since = params.Get("since");
  q.until = params.Get("until");
  Result<bool> origins = params.GetBool("origins");
  if (!origins.ok()) return origins.status();
  q.origins_only = *origins;
  if (!params.Get("q").empty()) {
    Result<std::string> fts = SearchWords(params, "q");
    if (!fts.ok()) return fts.status();
    q.fts = std::move(*fts);
  }
  s = exporting::CheckClaimQuery(vocabulary, &q);
  if (!s.ok()) return s;
  return q;
}

Result<store::ClaimQuery> ParseClaimListing(const QueryParams& params,
                                            const exporting::ClaimVocabulary& vocabulary,
                                            int max_page) {
  Result<store::ClaimQuery> q = ParseClaimFilters(params, vocabulary, {"sort", "limit", "cursor"});
  if (!q.ok()) return q;
  const std::string& sort = params.Get("sort");
  if (sort.empty() || sort == "-date") {
    q->order = store::ClaimOrder::kDateDescending;
  } else if (sort == "date") {
    q->order = store::ClaimOrder::kDateAscending;
  } else if (sort == "stored") {
    q->order = store::ClaimOrder::kStored;
  } else {
    return Status::InvalidArgument("bad value for 'sort': '" + sort.substr(0, 20) +
                                   "' (expected date, -date or stored)");
  }
  Result<int64_t> limit = params.GetInt("limit", kDefaultPageSize, 1, max_page);
  if (!limit.ok()) return limit.status();
  q->limit = static_cast<int>(*limit);
  if (!params.Get("cursor").empty()) {
    Result<Cursor> c = DecodeCursor(params.Get("cursor"), 'c');
    if (!c.ok()) return c.status();
    if (c->order != static_cast<int>(q->order)) {
      return Status::InvalidArgument("bad cursor: it belongs to another sort order");
    }
    if (q->order == store::ClaimOrder::kStored && !c->date.empty()) {
      return Status::InvalidArgument("bad cursor: pass back the 'next' value of the previous page");
    }
    q->after = c->position;
    q->after_date = c->date;
  }
  return q;
}

}  // namespace tally::serve
