// Fuzzes claim extraction end to end (segmentation, figures, mentions,
// attribution, resolvers, pseudonyms) with the codebook, on arbitrary text
// in each language. The first byte picks the language. Every claim's span
// must hold its text in the returned (pseudonymised) text, its sentence
// must contain it, and its interval must be well formed.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/codebook/boilerplate.h"
#include "src/resolve/claim_builder.h"
#include "src/text/charset.h"

namespace {

const tally::resolve::ClaimCodebook* Book() {
  static const tally::resolve::ClaimCodebook* book = [] {
    auto b = tally::resolve::ClaimCodebook::Load(tally::codebook::FindCodebook(""));
    tally::fuzz::Require(b.ok(), "claims: the codebook did not load");
    return b->release();
  }();
  return book;
}

// Byte offset of code point `cp` in `s`.
size_t ByteOf(const std::string& s, uint64_t cp) {
  size_t i = 0;
  for (uint64_t n = 0; n < cp && i < s.size(); ++n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  static const char* kLangs[] = {"", "en", "ru", "uk"};
  tally::Document doc;
  doc.lang = kLangs[data[0] % 4];
  doc.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  // Stored documents are valid UTF-8: repair as the text stage does.
  if (!tally::text::IsValidUtf8(doc.text)) {
    auto fixed = tally::text::DecodeToUtf8(doc.text, "UTF-8");
    if (!fixed.ok()) return 0;
    doc.text = fixed->utf8;
  }
  doc.id = tally::DocumentId(doc.text);
  doc.meta.published = "2024-03-05";
  tally::resolve::ClaimOptions options;
  options.pseudonym = [](std::string_view name) {
    return "person-" + std::to_string(name.size() % 1000000000000ull);
  };
  auto out = tally::resolve::ExtractClaims(doc, *Book(), options);
  if (!out.ok()) return 0;
  for (const tally::Claim& c : out->claims) {
    Require(c.begin < c.end, "claims: empty span");
    const size_t b = ByteOf(out->text, c.begin), e = ByteOf(out->text, c.end);
    Require(e <= out->text.size(), "claims: span outside the text");
    Require(out->text.substr(b, e - b) == c.text, "claims: span does not hold the text");
    Require(c.sentence.find(c.text) != std::string::npos, "claims: sentence lacks the figure");
    const tally::Quantity& q = c.quantity;
    Require(!(q.lo && q.hi) || *q.lo <= *q.hi, "claims: lo above hi");
    Require(!c.category.empty(), "claims: no category");
    Require(c.id.size() == 18, "claims: bad id");
  }
  return 0;
}
