// Fuzzes robots.txt: the input's first line is a path, the rest the file.
// RobotsRules::Parse must take anything; the verdict for the path must not
// depend on the case of our product token or on CRLF against LF line
// ends; /robots.txt is always allowed. The fast pattern match is checked
// against the slow reference on the path with each short pattern-like
// piece of the file (a piece with few stars, so the reference stays quick).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/collect/robots.h"
#include "src/collect/robots_reference.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::collect::RobotsRules;
  using tally::fuzz::Require;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const size_t newline = raw.find('\n');
  const std::string_view path = raw.substr(0, newline);
  const std::string_view text = newline == std::string_view::npos ? "" : raw.substr(newline + 1);

  const RobotsRules lower = RobotsRules::Parse(text, "tally");
  const RobotsRules upper = RobotsRules::Parse(text, "TALLY");
  Require(lower.Allowed(path) == upper.Allowed(path), "robots: the token's case changed the verdict");
  Require(lower.Allowed("/robots.txt"), "robots: /robots.txt disallowed");

  std::string crlf;
  for (char c : text) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  if (crlf.size() <= tally::collect::kMaxRobotsBytes) {
    Require(RobotsRules::Parse(crlf, "tally").Allowed(path) == lower.Allowed(path),
            "robots: CRLF line ends changed the verdict");
  }

  const std::string normal = tally::collect::NormalizeRobotsPath(path);
  if (normal.size() > 64) return 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view piece = text.substr(pos, std::min<size_t>(end - pos, 24));
    pos = end + 1;
    size_t stars = 0;
    for (char c : piece) stars += c == '*';
    if (stars > 4) continue;
    const std::string pattern = tally::collect::NormalizeRobotsPath(piece);
    Require(tally::collect::RobotsPatternMatches(pattern, normal) ==
                tally::collect::reference::PatternMatches(pattern, normal),
            "robots: the pattern match disagrees with the reference");
  }
  return 0;
}
