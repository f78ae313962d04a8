// UTF-8 arithmetic shared by the stages: spans are counted in code points
// (the claim record's convention), text is stored as UTF-8 bytes.
#ifndef TALLY_SRC_TEXT_UTF8_H_
#define TALLY_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <string_view>

namespace tally::text {

// Code points in `s`: every byte that is not a continuation byte.
inline size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_UTF8_H_
