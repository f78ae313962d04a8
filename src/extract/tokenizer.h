// Tokenizer for figure extraction: cuts UTF-8 text into words, runs of
// ASCII digits and single symbols, each with its byte span and a match key.
//
//   TokenList tokens;
//   Status s = Tokenize("more than 1,000", 1 << 20, &tokens);
//   // tokens: "more" "than" "1" "," "000"; "000" is glued to ",".
//
// Keys: words are case-folded (ICU simple folding; Russian yo as ye), with the apostrophes
// U+2019, U+02BC and U+2018 read as "'" and stress accents dropped; digit
// runs are themselves; dashes (U+2010..U+2015, U+2212) become "-". URLs and
// e-mail addresses become one token of kind kOther, so nothing inside them
// is ever read as a number.
//
// Linear in the input; no allocation per token beyond the shared key buffer.
#ifndef TALLY_SRC_EXTRACT_TOKENIZER_H_
#define TALLY_SRC_EXTRACT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tally/status.h"

namespace tally::extract {

enum class TokenKind : uint8_t {
  kWord,    // letters (and marks, inner apostrophes)
  kDigits,  // ASCII digits
  kSymbol,  // one code point that is neither
  kOther,   // a URL or e-mail address
};

struct Token {
  uint32_t begin = 0;  // byte span in the text
  uint32_t end = 0;
  uint32_t key_begin = 0;  // span of the key in TokenList::keys
  uint32_t key_size = 0;
  TokenKind kind = TokenKind::kWord;
  bool glued = false;  // no whitespace between the previous token and this
};

struct TokenList {
  std::vector<Token> tokens;
  std::string keys;

  size_t size() const { return tokens.size(); }
  const Token& operator[](size_t i) const { return tokens[i]; }
  std::string_view Key(size_t i) const {
    return std::string_view(keys).substr(tokens[i].key_begin,
                                         tokens[i].key_size);
  }
  void Clear() {
    tokens.clear();
    keys.clear();
  }
};

// Fills `out` (cleared first) with the tokens of `utf8`. Invalid UTF-8
// bytes become symbols. Returns kResourceExhausted when the text has more
// than `max_tokens` tokens or is 4 GiB or longer.
Status Tokenize(std::string_view utf8, size_t max_tokens, TokenList* out);

// The text between the end of token i-1 and the start of token i.
inline std::string_view GapBefore(std::string_view text, const TokenList& t,
                                  size_t i) {
  if (i == 0) return text.substr(0, t[0].begin);
  return text.substr(t[i - 1].end, t[i].begin - t[i - 1].end);
}

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_TOKENIZER_H_
