#include "src/serve/count_cache.h"

namespace tally::serve {

Result<int64_t> CountCache::Get(store::Store& store, int64_t* seen, const std::string& key,
                                const std::function<Result<int64_t>()>& count) {
  Result<int64_t> version = store.DataVersion();
  if (!version.ok()) return version.status();
  uint64_t generation;
  {
    std::lock_guard<std::mutex> lock(mu_);
    // A worker's first look counts as a change: the store may have changed
    // before it, unnoticed by the others.
    if (*version != *seen) {
      *seen = *version;
      totals_.clear();
      ++generation_;
    }
    if (auto it = totals_.find(key); it != totals_.end()) return it->second;
    generation = generation_;
  }
  Result<int64_t> n = count();
  if (!n.ok()) return n;
  std::lock_guard<std::mutex> lock(mu_);
  // Counted over a store that has changed since: not kept.
  if (generation == generation_) {
    if (totals_.size() >= capacity_) totals_.clear();
    totals_.emplace(key, *n);
  }
  return n;
}

size_t CountCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return totals_.size();
}

std::string ClaimCountKey(const store::ClaimQuery& q) {
  // A separator no filter value can hold unescaped: values are joined with
  // their lengths, so "a|b" + "c" never equals "a" + "b|c".
  std::string key = "claims";
  for (const std::string* v : {&q.category, &q.side, &q.stance, &q.speaker, &q.speaker_actor,
                               &q.place, &q.since, &q.until, &q.lang, &q.source, &q.doc, &q.unit,
                               &q.hedge, &q.fts}) {
    key += '|';
    key += std::to_string(v->size());
    key += ':';
    key += *v;
  }
  key += q.origins_only ? "|o" : "|a";
  return key;
}

}  // namespace tally::serve
