// Fuzzes text normalisation. For valid UTF-8 input: the output is valid
// UTF-8, trimmed, and a fixed point (normalising twice changes nothing),
// for NormalizeText and NormalizeLine alike. Other input must only not
// crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/text/charset.h"
#include "src/text/normalize.h"

namespace tally::fuzz {
namespace {

bool Trimmed(std::string_view s) {
  if (s.empty()) return true;
  const auto space = [](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  return !space(s.front()) && !space(s.back());
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  namespace text = tally::text;
  const std::string_view in(reinterpret_cast<const char*>(data), size);

  const std::string once = text::NormalizeText(in);
  const std::string line = text::NormalizeLine(in);
  const std::string folded = text::FoldCase(in);
  if (!text::IsValidUtf8(in)) return 0;

  Require(text::IsValidUtf8(once), "normalize: NormalizeText output not UTF-8");
  Require(tally::fuzz::Trimmed(once), "normalize: NormalizeText not trimmed");
  Require(once.find("\n\n\n") == std::string::npos,
          "normalize: more than one blank line");
  Require(text::NormalizeText(once) == once,
          "normalize: NormalizeText(NormalizeText(x)) != NormalizeText(x)");

  Require(text::IsValidUtf8(line), "normalize: NormalizeLine output not UTF-8");
  Require(line.find('\n') == std::string::npos,
          "normalize: NormalizeLine kept a line break");
  Require(tally::fuzz::Trimmed(line), "normalize: NormalizeLine not trimmed");
  Require(text::NormalizeLine(line) == line,
          "normalize: NormalizeLine(NormalizeLine(x)) != NormalizeLine(x)");

  Require(text::IsValidUtf8(folded), "normalize: FoldCase output not UTF-8");
  return 0;
}
