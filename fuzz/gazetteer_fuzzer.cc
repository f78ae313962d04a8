// Fuzzes the gazetteer matcher with the codebook's places.tsv: any text in,
// and every mention must lie inside the text, in order, without overlaps,
// with a code and a region.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/codebook/boilerplate.h"
#include "src/resolve/gazetteer.h"

namespace {

const tally::resolve::Gazetteer* Places() {
  static const tally::resolve::Gazetteer* places = [] {
    tally::Result<tally::resolve::Gazetteer> g =
        tally::resolve::Gazetteer::Load(tally::codebook::FindCodebook("") +
                                        "/places.tsv");
    tally::fuzz::Require(g.ok(), "gazetteer: codebook places.tsv did not load");
    return new tally::resolve::Gazetteer(std::move(*g));
  }();
  return places;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t last_end = 0;
  for (const tally::resolve::PlaceMention& m : Places()->Find(text)) {
    Require(m.begin < m.end && m.end <= size,
            "gazetteer: span outside the text");
    Require(m.begin >= last_end, "gazetteer: mentions overlap or out of order");
    Require(!m.code.empty() && !m.region.empty(),
            "gazetteer: empty code or region");
    last_end = m.end;
  }
  return 0;
}
