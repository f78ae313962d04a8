// Reading one number at a token: digits in the local styles ("1,351",
// "1 351", "1.5", "1,5", ".25", "-1", "18k", "1,5 tys.", "2 million") and
// spelled-out numbers in any case form ("three thousand nine hundred and
// sixty five", "dvukh tysyach", "p'yatsot", "nine point nought four").
//
// It also knows what is *not* a figure although it is written with digits:
// years after "in"/"v" or before "goda", day numbers beside a month, dates
// and times ("24.02.2022", "1995-01", "10:30"), phone numbers, ordinals
// ("136th", "136-y"), model names ("Su-25", "MH17"), measurements glued to
// a unit ("29km"). Those come back as kNotFigure with the token to resume
// from, so the caller passes over them whole.
//
// Used by figures.cc; internal to src/extract.
#ifndef TALLY_SRC_EXTRACT_NUMBER_PARSER_H_
#define TALLY_SRC_EXTRACT_NUMBER_PARSER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "src/extract/number_lexicon.h"
#include "src/extract/tokenizer.h"

namespace tally::extract {

struct ParseContext {
  std::string_view text;
  const TokenList* tokens = nullptr;
  const NumberLexicon* lexicon = nullptr;
  LangMask langs = kAllLangs;
  bool dot_groups = false;  // "1.351" is 1351 (Russian, Ukrainian)
  size_t max_number_tokens = 64;

  size_t size() const { return tokens->size(); }
  std::string_view Key(size_t i) const { return tokens->Key(i); }
  const Token& operator[](size_t i) const { return (*tokens)[i]; }

  // The lexicon's phrases that start at token i, longest first. A figure
  // asks about the same few tokens for many kinds, so the last two
  // lookups are kept.
  const std::vector<const LexEntry*>& Entries(size_t i) const {
    for (Cached& c : cache_) {
      if (c.token == i) return *c.entries;
    }
    Cached& c = cache_[next_];
    next_ ^= 1;
    c.token = i;
    c.entries = &lexicon->StartingWith(tokens->Key(i));
    return *c.entries;
  }

  Match Longest(size_t i, EntryKind kind) const {
    if (i >= size()) return {};
    return NumberLexicon::LongestOf(Entries(i), *tokens, text, i, kind, langs);
  }

 private:
  struct Cached {
    size_t token = SIZE_MAX;
    const std::vector<const LexEntry*>* entries = nullptr;
  };
  mutable Cached cache_[2];
  mutable size_t next_ = 0;
};

struct Number {
  double value = 0;
  double base = 0;  // `value` = `base` * `mult` when a scale ends it:
  double mult = 1;  // "3 million" has base 3, mult 1e6
  size_t begin = 0;  // token span
  size_t end = 0;
  bool year_like = false;  // four plain digits, 1800..2100
};

enum class NumberOutcome { kNone, kNumber, kNotFigure };

struct NumberResult {
  NumberOutcome outcome = NumberOutcome::kNone;
  Number number;
  size_t skip_to = 0;  // kNotFigure: the first token after it
};

// Reads the number that starts at token `i`. `in_slot`: the number is the
// first figure of a range template ("from 2000 to 3000"), so a year
// preposition before it does not make it a year.
NumberResult ParseNumber(const ParseContext& ctx, size_t i, bool in_slot);

// True when a number (or a non-figure written with digits) starts at `i`.
bool StartsNumber(const ParseContext& ctx, size_t i);

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_NUMBER_PARSER_H_
