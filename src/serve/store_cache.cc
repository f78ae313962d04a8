#include "src/serve/store_cache.h"

#include <charconv>

namespace tally::serve {

StoreCache::StoreCache(std::unique_ptr<store::Store> watcher, size_t max_bytes)
    : watcher_(std::move(watcher)), max_bytes_(max_bytes) {}

Result<std::string> StoreCache::Get(const std::string& key,
                                    const std::function<Result<std::string>()>& make) {
  uint64_t generation;
  {
    std::lock_guard<std::mutex> lock(mu_);
    Result<int64_t> version = watcher_->DataVersion();
    if (!version.ok()) return version.status();
    if (*version != seen_version_) {
      seen_version_ = *version;
      values_.clear();
      bytes_ = 0;
      ++generation_;
    }
    if (auto it = values_.find(key); it != values_.end()) return it->second;
    generation = generation_;
  }
  Result<std::string> value = make();
  if (!value.ok()) return value;
  std::lock_guard<std::mutex> lock(mu_);
  // Made from a store that has changed since: not kept.
  const size_t cost = key.size() + value->size();
  if (generation == generation_ && cost <= max_bytes_) {
    if (bytes_ + cost > max_bytes_) {
      values_.clear();
      bytes_ = 0;
    }
    if (values_.emplace(key, *value).second) bytes_ += cost;
  }
  return value;
}

Result<int64_t> StoreCache::Count(const std::string& key,
                                  const std::function<Result<int64_t>()>& count) {
  Result<std::string> kept = Get(key, [&]() -> Result<std::string> {
    Result<int64_t> n = count();
    if (!n.ok()) return n.status();
    return std::to_string(*n);
  });
  if (!kept.ok()) return kept.status();
  int64_t n = 0;
  std::from_chars(kept->data(), kept->data() + kept->size(), n);
  return n;
}

size_t StoreCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return values_.size();
}

std::string ClaimCountKey(const store::ClaimQuery& q) {
  // A separator no filter value can hold unescaped: values are joined with
  // their lengths, so "a|b" + "c" never equals "a" + "b|c".
  std::string key = "claims";
  for (const std::string* v : {&q.category, &q.side, &q.stance, &q.speaker, &q.speaker_actor,
                               &q.place, &q.since, &q.until, &q.lang, &q.source, &q.doc, &q.unit,
                               &q.hedge, &q.basis, &q.fts}) {
    key += '|';
    key += std::to_string(v->size());
    key += ':';
    key += *v;
  }
  key += q.origins_only ? "|o" : "|a";
  return key;
}

}  // namespace tally::serve
