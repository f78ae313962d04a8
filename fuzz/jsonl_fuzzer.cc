// Fuzzes the JSON Lines reader: line splitting, the line limit and
// per-line simdjson parsing.
#include <cstddef>
#include <cstdint>

#include "fuzz/reader_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  tally::fuzz::FuzzReader(&tally::ingest::ReadJsonLines, data, size,
                          tally::fuzz::Compare::kAlways);
  return 0;
}
