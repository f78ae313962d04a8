// The slow, obviously correct robots.txt pattern match, for tests and the
// fuzzer only: recursion over every length each `*` can take, which is
// exponential in the number of stars, so callers keep patterns short.
#ifndef TALLY_SRC_COLLECT_ROBOTS_REFERENCE_H_
#define TALLY_SRC_COLLECT_ROBOTS_REFERENCE_H_

#include <string_view>

namespace tally::collect::reference {

inline bool MatchFrom(std::string_view pattern, std::string_view path, bool anchored) {
  if (pattern.empty()) return !anchored || path.empty();
  if (pattern[0] == '*') {
    for (size_t skip = 0; skip <= path.size(); ++skip) {
      if (MatchFrom(pattern.substr(1), path.substr(skip), anchored)) return true;
    }
    return false;
  }
  return !path.empty() && path[0] == pattern[0] &&
         MatchFrom(pattern.substr(1), path.substr(1), anchored);
}

// Whether `pattern` matches the start of `path` (all of it after a final $).
inline bool PatternMatches(std::string_view pattern, std::string_view path) {
  const bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  return MatchFrom(pattern, path, anchored);
}

}  // namespace tally::collect::reference

#endif  // TALLY_SRC_COLLECT_ROBOTS_REFERENCE_H_
