// Fuzzes the WARC reader: record headers, HTTP responses, chunked and
// compressed bodies. Input starting with 1f 8b is read through Gunzip, as
// a .warc.gz would be.
#include <cstddef>
#include <cstdint>

#include "fuzz/reader_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  tally::fuzz::FuzzReader(&tally::ingest::ReadWarc, data, size,
                          tally::fuzz::Compare::kAlways);
  return 0;
}
