// Fuzzes charset sniffing and decoding. The first byte picks the declared
// charset; the rest is the body.
//
// Checks: decoding never fails for these known charsets and always yields
// valid UTF-8; valid UTF-8 comes back unchanged (less a BOM); and
// IsValidUtf8 (simdjson's fast validator) agrees with a plain reference
// validator, the differential pair.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/text/charset.h"

namespace tally::fuzz {
namespace {

constexpr std::string_view kDeclared[] = {"", "utf-8", "windows-1251", "koi8-r",
                                          "iso-8859-1"};

// Unicode 15, table 3-7: well-formed UTF-8 byte sequences.
bool ReferenceValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
    if (c <= 0x7F) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    const auto second = static_cast<unsigned char>(s[i + 1]);
    if (second < lo || second > hi) return false;
    for (size_t k = 2; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if (b < 0x80 || b > 0xBF) return false;
    }
    i += len;
  }
  return true;
}

bool HasUpper(std::string_view s) {
  for (char c : s) {
    if (std::isupper(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  namespace text = tally::text;
  if (size == 0) return 0;
  const std::string_view declared =
      tally::fuzz::kDeclared[data[0] % std::size(tally::fuzz::kDeclared)];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1,
                               size - 1);

  const bool valid = text::IsValidUtf8(bytes);
  Require(valid == tally::fuzz::ReferenceValidUtf8(bytes),
          "charset: IsValidUtf8 disagrees with the reference validator");

  // Both sniffers promise lower-case names.
  Require(!tally::fuzz::HasUpper(text::SniffHtmlCharset(bytes)),
          "charset: SniffHtmlCharset not lower-case");
  Require(!tally::fuzz::HasUpper(text::CharsetFromContentType(bytes)),
          "charset: CharsetFromContentType not lower-case");

  tally::Result<text::Decoded> decoded = text::DecodeToUtf8(bytes, declared);
  Require(decoded.ok(), "charset: DecodeToUtf8 failed for a known charset");
  Require(text::IsValidUtf8(decoded->utf8), "charset: output not UTF-8");
  Require(!decoded->charset.empty(), "charset: no charset name");
  if (valid) {
    std::string_view expected = bytes;
    if (expected.substr(0, 3) == "\xEF\xBB\xBF") expected.remove_prefix(3);
    Require(decoded->utf8 == expected, "charset: valid UTF-8 was changed");
    Require(decoded->invalid_bytes == 0, "charset: valid UTF-8 counted bad");
  }
  return 0;
}
