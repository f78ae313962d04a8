// Checks for fuzz targets. Unlike assert they stay on in the fuzz build
// (RelWithDebInfo sets NDEBUG), and they abort, so libFuzzer saves the input.
#ifndef TALLY_FUZZ_FUZZ_CHECK_H_
#define TALLY_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

namespace tally::fuzz {

// Input larger than this is skipped: the first line of every fuzz target.
inline constexpr size_t kMaxInputBytes = 1 << 20;

inline void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "tally fuzz check failed: %s\n", what);
  std::abort();
}

}  // namespace tally::fuzz

#endif  // TALLY_FUZZ_FUZZ_CHECK_H_
