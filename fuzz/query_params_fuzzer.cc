// Fuzzes the HTTP API's query parsing: QueryParams::Parse, the claim
// listing's checks (ParseClaimListing), cursors and FtsQuery. None may
// crash; a parsed query must hold only clean text, a checked listing a
// page size within the limit, a decoded cursor must be one EncodeCursor
// writes, and an FTS query must quote every word (balanced quotes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/serve/claim_params.h"
#include "src/serve/cursor.h"
#include "src/serve/query_params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  namespace serve = tally::serve;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);

  tally::Result<serve::QueryParams> params = serve::QueryParams::Parse(raw, 2048);
  if (params.ok()) {
    for (const auto& [name, value] : params->items()) {
      Require(!name.empty() && serve::IsCleanText(name) && serve::IsCleanText(value),
              "query_params: a parsed name or value is not clean text");
    }
    static const tally::exporting::ClaimVocabulary vocabulary =
        tally::exporting::DefaultClaimVocabulary();
    tally::Result<tally::store::ClaimQuery> q = serve::ParseClaimListing(*params, vocabulary, 200);
    if (q.ok()) Require(q->limit >= 1 && q->limit <= 200, "query_params: page size out of bounds");
  }

  for (char kind : {'c', 'd', 's'}) {
    tally::Result<serve::Cursor> c = serve::DecodeCursor(raw, kind);
    if (c.ok()) Require(serve::EncodeCursor(*c) == raw, "query_params: cursor does not round-trip");
  }

  const std::string fts = tally::store::FtsQuery(raw);
  size_t quotes = 0;
  for (char ch : fts) quotes += ch == '"';
  Require(quotes % 2 == 0, "query_params: FtsQuery left a quote open");
  return 0;
}
