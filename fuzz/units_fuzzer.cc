// Fuzzes the military unit finder with the codebook's units/ files, in each
// language and in none: every mention must lie inside the text, in order,
// without overlaps, with a non-empty name.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/codebook/boilerplate.h"
#include "src/resolve/military_units.h"

namespace {

const tally::resolve::UnitFinder* Units() {
  static const tally::resolve::UnitFinder* units = [] {
    tally::Result<tally::resolve::UnitFinder> f =
        tally::resolve::UnitFinder::LoadDir(tally::codebook::FindCodebook("") +
                                            "/units");
    tally::fuzz::Require(f.ok(), "units: codebook units/ did not load");
    return new tally::resolve::UnitFinder(std::move(*f));
  }();
  return units;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const char* lang : {"", "en", "ru", "uk"}) {
    size_t last_end = 0;
    for (const tally::resolve::UnitMention& m : Units()->Find(text, lang)) {
      Require(m.begin < m.end && m.end <= size, "units: span outside the text");
      Require(m.begin >= last_end, "units: mentions overlap or out of order");
      Require(!m.name.empty(), "units: empty name");
      last_end = m.end;
    }
  }
  return 0;
}
