// Totals a listing reports ("total": 8,412 claims match) cost a full count
// of the matches, often far more than the page itself. The workers share
// the totals they counted, keyed by the filters, for as long as the store
// has not changed. SQLite's data_version tells each worker, for its own
// connection, whether another connection (an ingest) committed since the
// worker last looked; the first to notice empties the cache, and a count
// begun before that is not kept.
//
//   CountCache counts;                       // one for the server
//   thread_local int64_t seen = -1;          // one per worker
//   Result<int64_t> n = counts.Get(*store, &seen, ClaimCountKey(q),
//                                  [&] { return store->CountClaims(q); });
//
// Thread-safe; each worker passes its own store and its own `seen`.
#ifndef TALLY_SRC_SERVE_COUNT_CACHE_H_
#define TALLY_SRC_SERVE_COUNT_CACHE_H_

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "src/store/store.h"
#include "tally/status.h"

namespace tally::serve {

class CountCache {
 public:
  // Holds at most `capacity` totals; when full it starts again empty.
  explicit CountCache(size_t capacity = 4096) : capacity_(capacity) {}

  // The total under `key`, counted with `count` unless a count made since
  // the store last changed is kept. `seen` is the calling worker's last
  // data_version of `store` (-1 at first). Errors are passed on, never kept.
  Result<int64_t> Get(store::Store& store, int64_t* seen, const std::string& key,
                      const std::function<Result<int64_t>()>& count);

  size_t size() const;

 private:
  size_t capacity_;
  mutable std::mutex mu_;
  uint64_t generation_ = 0;  // bumped whenever the totals are dropped
  std::unordered_map<std::string, int64_t> totals_;
};

// The key of a claim listing's total: every filter, none of the paging.
std::string ClaimCountKey(const store::ClaimQuery& q);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_COUNT_CACHE_H_
