// FlatIndex: string keys to values (lists of ids by default), in one open-addressing table of
// (hash, entry) slots, for the lookups that run at every word of every
// document. A probe is one hash and, usually, one cache line; a miss stops
// at the first empty slot. Built once, then read-only and thread-safe.
//
//   FlatIndex index;
//   index.Add("refus").push_back(7);
//   if (const std::vector<uint32_t>* ids = index.Find(key)) ...
#ifndef TALLY_SRC_EXTRACT_FLAT_INDEX_H_
#define TALLY_SRC_EXTRACT_FLAT_INDEX_H_

#include <xxhash.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tally::extract {

template <typename V = std::vector<uint32_t>>
class FlatIndex {
 public:
  // The id list of `key`, made empty on first use.
  V& Add(std::string_view key) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = XXH3_64bits(key.data(), key.size());
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (s.entry == kEmpty) {
        s = {h, static_cast<uint32_t>(keys_.size())};
        keys_.emplace_back(key);
        values_.emplace_back();
        return values_.back();
      }
      if (s.hash == h && keys_[s.entry] == key) return values_[s.entry];
    }
  }

  // The ids of `key`, or nullptr.
  const V* Find(std::string_view key) const {
    if (keys_.empty()) return nullptr;
    const uint64_t h = XXH3_64bits(key.data(), key.size());
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.entry == kEmpty) return nullptr;
      if (s.hash == h && keys_[s.entry] == key) return &values_[s.entry];
    }
  }

  bool empty() const { return keys_.empty(); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = kEmpty;
  };

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot());
    for (const Slot& s : old) {
      if (s.entry == kEmpty) continue;
      size_t i = s.hash & (slots_.size() - 1);
      while (slots_[i].entry != kEmpty) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<V> values_;
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_FLAT_INDEX_H_
