// Fuzzes the streaming Telegram export reader: its byte-level JSON scanner
// and the per-message simdjson parse.
#include <cstddef>
#include <cstdint>

#include "fuzz/reader_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  tally::fuzz::FuzzReader(&tally::ingest::ReadTelegram, data, size,
                          tally::fuzz::Compare::kAlways);
  return 0;
}
