// What the workers have computed from the store and may reuse: the total
// of a listing ("total": 8,412 claims match, a full count of the matches,
// often far more work than the page itself) and the whole-store answers a
// dashboard opens with (stats, places, measures). Kept for as long as the
// store has not changed: the cache holds a connection of its own, and
// SQLite's data_version on it tells whether another connection (an
// ingest) committed since the last look; then everything kept is dropped,
// and a value computed before that is not kept.
//
//   StoreCache cache(std::move(watcher));    // one for the server
//   Result<int64_t> n = cache.Count(ClaimCountKey(q),
//                                   [&] { return store->CountClaims(q); });
//
// Thread-safe. One connection for the cache, not each worker's own: a
// data_version is only comparable with earlier values of the same
// connection, and a worker that starts late would otherwise have to
// assume a change and drop what the others had kept.
#ifndef TALLY_SRC_SERVE_STORE_CACHE_H_
#define TALLY_SRC_SERVE_STORE_CACHE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "src/store/store.h"
#include "tally/status.h"

namespace tally::serve {

class StoreCache {
 public:
  // `watcher`: a connection to the served store, used only to notice
  // commits. Holds at most `max_bytes` of keys and values; when full it
  // starts again empty.
  explicit StoreCache(std::unique_ptr<store::Store> watcher, size_t max_bytes = 64 << 20);

  // The value under `key`, made with `make` unless one made since the store
  // last changed is kept. Errors are passed on, never kept.
  Result<std::string> Get(const std::string& key,
                          const std::function<Result<std::string>()>& make);
  // The same for a count.
  Result<int64_t> Count(const std::string& key, const std::function<Result<int64_t>()>& count);

  size_t size() const;

 private:
  std::unique_ptr<store::Store> watcher_;
  size_t max_bytes_;
  mutable std::mutex mu_;
  int64_t seen_version_ = -1;  // the watcher's data_version at the last look
  uint64_t generation_ = 0;    // bumped whenever the values are dropped
  size_t bytes_ = 0;
  std::unordered_map<std::string, std::string> values_;
};

// The key of a claim listing's total: every filter, none of the paging.
std::string ClaimCountKey(const store::ClaimQuery& q);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_STORE_CACHE_H_
