// UTF-8 arithmetic shared by the stages: spans are counted in code points
// (the claim record's convention), text is stored as UTF-8 bytes, and
// whatever writes text out (the charset repair, JSON) replaces what is not
// UTF-8 the same way: one U+FFFD for each bad byte with the continuation
// bytes that follow it.
#ifndef TALLY_SRC_TEXT_UTF8_H_
#define TALLY_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tally::text {

// U+FFFD REPLACEMENT CHARACTER in UTF-8.
inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

// Code points in `s`: every byte that is not a continuation byte.
inline size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Bytes of the well-formed sequence `s` starts with (1 to 4), or 0 when it
// starts with none: a stray continuation byte, a sequence cut short, an
// overlong form, a surrogate or a code point above U+10FFFF. 0 for "".
inline size_t Utf8SequenceLength(std::string_view s) {
  if (s.empty()) return 0;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return 1;
  size_t len = 0;
  uint32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (s.size() < len) return 0;
  uint32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// For a non-empty `s` that starts with no well-formed sequence: the bytes
// one U+FFFD stands for, the bad byte and the continuation bytes after it
// (so that an overlong or cut sequence is one replacement, not several).
inline size_t InvalidUtf8Length(std::string_view s) {
  size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return n;
}

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_UTF8_H_
