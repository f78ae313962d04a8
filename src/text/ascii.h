// ASCII helpers for protocol text (tag names, header fields, charset
// labels), where case and space rules are ASCII by definition. Never for
// words of a language: those go through ICU (normalize.h FoldCase).
#ifndef TALLY_SRC_TEXT_ASCII_H_
#define TALLY_SRC_TEXT_ASCII_H_

#include <string>
#include <string_view>

namespace tally::text {

inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline std::string_view TrimAscii(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_ASCII_H_
