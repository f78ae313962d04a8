// Fuzzes the RSS/Atom reader over libxml2's streaming reader.
#include <cstddef>
#include <cstdint>

#include "fuzz/reader_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  tally::fuzz::FuzzReader(&tally::ingest::ReadFeed, data, size,
                          tally::fuzz::Compare::kWhenClean);
  return 0;
}
