// One pass over the bytes: each code point is classified (space, ASCII
// digit, letter or mark, apostrophe, other) with ICU's property lookups, and
// a token is closed when the class changes. Keys are appended to one shared
// buffer, so the list costs two allocations that grow geometrically.
#include "src/extract/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <limits>

namespace tally::extract {
namespace {

bool IsSpace(UChar32 c) {
  return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF || c == 0x00AD ||
         c == 0x200C || c == 0x200D || c == 0x2060;
}

bool IsMark(UChar32 c) {
  return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool IsLetter(UChar32 c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isUAlphabetic(c) || IsMark(c);
}

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018;
}

bool IsDash(UChar32 c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 ||
         c == 0xFE63 || c == 0xFF0D;
}

// Stress accents are dropped from keys: "dva" with U+0301 matches "dva".
bool IsStressMark(UChar32 c) { return c == 0x0301 || c == 0x0300; }

// The key of a letter: its case folding, with Russian yo read as ye, as
// most Russian text writes it.
UChar32 KeyOf(UChar32 c) {
  const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  return folded == 0x0451 ? 0x0435 : folded;
}

void AppendUtf8(std::string* out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out->append(buf, static_cast<size_t>(n));
}

bool StartsWithAsciiNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Length in bytes of a URL starting at `s`, or 0. A URL runs to the next
// whitespace; trailing sentence punctuation stays outside.
size_t UrlLength(std::string_view s) {
  if (!StartsWithAsciiNoCase(s, "http://") &&
      !StartsWithAsciiNoCase(s, "https://") &&
      !StartsWithAsciiNoCase(s, "www.")) {
    return 0;
  }
  size_t n = 0;
  while (n < s.size() && static_cast<unsigned char>(s[n]) > ' ') ++n;
  while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ')' ||
                   s[n - 1] == ';' || s[n - 1] == ':')) {
    --n;
  }
  return n;
}

class Builder {
 public:
  Builder(std::string_view text, TokenList* out) : text_(text), out_(out) {}

  void Open(TokenKind kind, size_t begin, bool glued) {
    Token t;
    t.kind = kind;
    t.begin = static_cast<uint32_t>(begin);
    t.key_begin = static_cast<uint32_t>(out_->keys.size());
    t.glued = glued;
    out_->tokens.push_back(t);
  }
  void Close(size_t end) {
    Token& t = out_->tokens.back();
    t.end = static_cast<uint32_t>(end);
    t.key_size = static_cast<uint32_t>(out_->keys.size() - t.key_begin);
  }
  std::string* keys() { return &out_->keys; }

 private:
  std::string_view text_;
  TokenList* out_;
};

}  // namespace

Status Tokenize(std::string_view utf8, size_t max_tokens, TokenList* out) {
  out->Clear();
  if (utf8.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::ResourceExhausted("text too long to tokenize");
  }
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto n = static_cast<int32_t>(utf8.size());
  Builder b(utf8, out);
  std::string* keys = b.keys();
  bool in_word = false, in_digits = false, glued = false;
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const bool letter = c >= 0 && IsLetter(c);
    const bool digit = c >= '0' && c <= '9';
    // Continue the open token when the class stays the same.
    if (in_word && letter) {
      if (c < 0x80) {
        keys->push_back(static_cast<char>(c | 0x20));
      } else if (!IsStressMark(c)) {
        AppendUtf8(keys, KeyOf(c));
      }
      continue;
    }
    if (in_word && c >= 0 && IsApostrophe(c) && i < n) {
      int32_t j = i;
      UChar32 next;
      U8_NEXT(s, j, n, next);
      if (next >= 0 && IsLetter(next) && !IsMark(next)) {
        keys->push_back('\'');
        continue;
      }
    }
    if (in_digits && digit) {
      keys->push_back(static_cast<char>(c));
      continue;
    }
    if (in_word || in_digits) {
      b.Close(static_cast<size_t>(start));
      in_word = in_digits = false;
      glued = true;
    }
    if (c >= 0 && IsSpace(c)) {
      glued = false;
      continue;
    }
    if (out->tokens.size() >= max_tokens) {
      return Status::ResourceExhausted("more than " + std::to_string(max_tokens) +
                                       " tokens in one text");
    }
    if (letter && !IsMark(c)) {
      if (const size_t url = UrlLength(utf8.substr(static_cast<size_t>(start)));
          url > 0) {
        b.Open(TokenKind::kOther, static_cast<size_t>(start), glued);
        keys->append("<url>");
        i = start + static_cast<int32_t>(url);
        b.Close(static_cast<size_t>(i));
        glued = true;
        continue;
      }
      b.Open(TokenKind::kWord, static_cast<size_t>(start), glued);
      if (c < 0x80) {
        keys->push_back(static_cast<char>(c | 0x20));
      } else {
        AppendUtf8(keys, KeyOf(c));
      }
      in_word = true;
      continue;
    }
    if (digit) {
      b.Open(TokenKind::kDigits, static_cast<size_t>(start), glued);
      keys->push_back(static_cast<char>(c));
      in_digits = true;
      continue;
    }
    b.Open(TokenKind::kSymbol, static_cast<size_t>(start), glued);
    if (c < 0) {
      AppendUtf8(keys, 0xFFFD);
    } else if (IsDash(c)) {
      keys->push_back('-');
    } else if (IsApostrophe(c)) {
      keys->push_back('\'');
    } else {
      keys->append(utf8.substr(static_cast<size_t>(start),
                               static_cast<size_t>(i - start)));
    }
    b.Close(static_cast<size_t>(i));
    glued = true;
  }
  if (in_word || in_digits) b.Close(static_cast<size_t>(n));
  return Status::Ok();
}

}  // namespace tally::extract
