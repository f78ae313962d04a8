// An enum's names as a table of (value, name) pairs, and the two lookups
// every such table needs, so that each enum of the claim record (the
// qualifier, the basis) spells its names in one place.
//
//   constexpr std::array<std::pair<Basis, std::string_view>, 3> kNames = {...};
//   std::string_view n = NameIn(kNames, Basis::kPeriod);   // "period"
//   Basis b;
//   bool ok = ValueIn(kNames, "period", &b);
#ifndef TALLY_SRC_NAME_TABLE_H_
#define TALLY_SRC_NAME_TABLE_H_

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace tally {

template <typename E, size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

// The name of `value`; the first entry's name for a value not in `table`.
template <typename E, size_t N>
std::string_view NameIn(const NameTable<E, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return table[0].second;
}

// The value named `name` (exactly) into `*out`; false, `*out` untouched,
// if none.
template <typename E, size_t N>
bool ValueIn(const NameTable<E, N>& table, std::string_view name, E* out) {
  for (const auto& [v, n] : table) {
    if (n == name) {
      *out = v;
      return true;
    }
  }
  return false;
}

}  // namespace tally

#endif  // TALLY_SRC_NAME_TABLE_H_
