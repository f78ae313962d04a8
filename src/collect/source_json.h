// A source's stored state as one JSON object: the record of
// `tally sources --format jsonl` and of the API's /sources, in a fixed key
// order. Stateless; safe from any thread.
//
//   std::string line = SourceStateJson(state, pages, std::time(nullptr));
//   // {"key":"feed https://...","kind":"feed",...,"health":"ok",...}
#ifndef TALLY_SRC_COLLECT_SOURCE_JSON_H_
#define TALLY_SRC_COLLECT_SOURCE_JSON_H_

#include <cstdint>
#include <string>

#include "src/store/store.h"

namespace tally::collect {

// key, kind, target, label, health (SourceHealth at `now`), last_fetch,
// last_success, next_due (ISO; null when unknown), every (seconds; null
// when unknown), etag, last_modified, failures, last_error, items_seen,
// pages (URLs it fetched: `pages_fetched`), fetches, last_item. Text that
// is empty is null.
std::string SourceStateJson(const store::SourceState& state, int64_t pages_fetched, int64_t now);

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_SOURCE_JSON_H_
