// /api/v1/sources: what `tally fetch` knows of each source, read from the
// store alone (the server never fetches).
#include <algorithm>
#include <ctime>
#include <map>

#include "src/collect/source_json.h"
#include "src/serve/api.h"
#include "src/serve/api_json.h"
#include "src/text/dates.h"

namespace tally::serve {

Result<ApiResponse> SourcesResource(const QueryParams& params, ApiContext& ctx) {
  Status s = params.OnlyThese({});
  if (!s.ok()) return s;
  Result<std::vector<store::SourceState>> states = ctx.store->ListSourceStates();
  if (!states.ok()) return states.status();
  Result<std::vector<store::Count>> pages = ctx.store->CountFetchedUrlsBySource();
  if (!pages.ok()) return pages.status();
  std::map<std::string, int64_t> pages_by_source;
  for (const store::Count& c : *pages) pages_by_source[c.key] = c.n;
  // What needs a look comes first: the longest run of failures, then by key.
  std::stable_sort(states->begin(), states->end(),
                   [](const store::SourceState& a, const store::SourceState& b) {
                     return a.failures > b.failures;
                   });
  const int64_t now = ctx.now != 0 ? ctx.now : static_cast<int64_t>(std::time(nullptr));
  std::vector<std::string> items;
  items.reserve(states->size());
  for (const store::SourceState& state : *states) {
    auto it = pages_by_source.find(state.key);
    items.push_back(collect::SourceStateJson(
        state, it == pages_by_source.end() ? 0 : it->second, now));
  }
  return Json(JsonObject()
                  .String("now", text::IsoFromUnix(now))
                  .Raw("sources", JsonArray(items))
                  .Close());
}

}  // namespace tally::serve
