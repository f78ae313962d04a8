// Fuzzes figure reading (number words, qualifiers, ranges) with the
// codebook's lexicons, in each language. Every figure must lie inside the
// text, in order, and its interval must be well formed: lo <= hi when both
// are set, and open ends only where a bound exists.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/codebook/boilerplate.h"
#include "src/extract/figures.h"

namespace {

const tally::extract::NumberLexicon* Lexicon() {
  static const tally::extract::NumberLexicon* lexicon = [] {
    tally::Result<tally::extract::NumberLexicon> lex =
        tally::extract::NumberLexicon::LoadDir(tally::codebook::FindCodebook("") +
                                               "/numbers");
    tally::fuzz::Require(lex.ok(), "figures: codebook numbers/ did not load");
    return new tally::extract::NumberLexicon(std::move(*lex));
  }();
  return lexicon;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const char* lang : {"", "en", "ru", "uk"}) {
    tally::Result<std::vector<tally::extract::Figure>> figures =
        tally::extract::FindFigures(text, *Lexicon(), lang);
    if (!figures.ok()) continue;
    size_t last_end = 0;
    for (const tally::extract::Figure& f : *figures) {
      Require(f.begin < f.end && f.end <= size, "figures: span outside the text");
      Require(f.begin >= last_end, "figures: spans overlap or out of order");
      last_end = f.end;
      const tally::Quantity& q = f.quantity;
      if (q.lo.has_value() && q.hi.has_value()) {
        Require(*q.lo <= *q.hi, "figures: lo > hi");
      }
      Require(!q.lo_open || q.lo.has_value(), "figures: open lower end without a bound");
      Require(!q.hi_open || q.hi.has_value(), "figures: open upper end without a bound");
    }
  }
  return 0;
}
