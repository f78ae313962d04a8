// KeyHash: the hash of the token-keyed lookup tables (lexicons, gazetteer,
// units, periods). XXH3 over the key's bytes, and transparent, so a
// std::string_view finds a std::string key without building one.
//
//   std::unordered_map<std::string, int, KeyHash, std::equal_to<>> index;
//   index.find(std::string_view("refus"));
#ifndef TALLY_SRC_EXTRACT_KEY_HASH_H_
#define TALLY_SRC_EXTRACT_KEY_HASH_H_

#include <xxhash.h>

#include <cstddef>
#include <string_view>

namespace tally::extract {

struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return static_cast<size_t>(XXH3_64bits(s.data(), s.size()));
  }
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_KEY_HASH_H_
