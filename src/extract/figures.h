// Figures: every number in a text that could count something, read as an
// interval (tally/quantity.h) with the words that bound it -- the first
// step of claim extraction.
//
//   Result<NumberLexicon> lex = NumberLexicon::LoadDir(dir + "/numbers");
//   Result<std::vector<Figure>> figures =
//       FindFigures("more than 1,000 soldiers", *lex, "en");
//   // one Figure: bytes [0, 15), lo 1000, lo_open, qualifier more_than
//
// What counts as a figure: numbers in digits or words, with qualifiers
// ("more than", "okolo"), ranges ("from 20 to 40 percent", "20-40%"), two
// bounds joined ("above 1000 and below 1500"), vague counts ("dozens",
// "sotni"), zero words ("no one", "ni odin") and percentages. What does
// not: years and dates, times, phone numbers, ordinals, model names and
// the number after a label ("No. 21005"). Figures do not overlap; each is
// the longest reading at its place, scanning left to right.
//
// Spans are byte offsets into the input; convert them to code points only
// for output. Thread-safe for concurrent calls with one lexicon.
#ifndef TALLY_SRC_EXTRACT_FIGURES_H_
#define TALLY_SRC_EXTRACT_FIGURES_H_

#include <string_view>
#include <vector>

#include "src/extract/number_lexicon.h"
#include "src/extract/tokenizer.h"
#include "tally/quantity.h"
#include "tally/status.h"

namespace tally::extract {

struct FigureOptions {
  // Longest text accepted. Default: 64 MiB.
  size_t max_text_bytes = size_t{64} << 20;
  // Most tokens in one text. Default: 16 Mi.
  size_t max_tokens = size_t{16} << 20;
  // Most figures returned for one text. Default: 1 Mi.
  size_t max_figures = size_t{1} << 20;
  // Most tokens read for one spelled-out number. Default: 64.
  size_t max_number_tokens = 64;
};

struct Figure {
  size_t begin = 0;  // byte span of the figure's words in the text
  size_t end = 0;
  Quantity quantity;
};

// Finds the figures in `utf8_text` (which should be valid UTF-8; invalid
// bytes are never part of a figure). `lang` ("en", "ru", "uk") selects the
// lexicon's phrases and the digit conventions; "" or a language the
// lexicon lacks uses every language's phrases. Fails with
// kResourceExhausted when the text or its tokens or figures exceed
// `options`.
Result<std::vector<Figure>> FindFigures(std::string_view utf8_text,
                                        const NumberLexicon& lexicon,
                                        std::string_view lang,
                                        const FigureOptions& options = {});

// The same over text already cut into `tokens` (tokenizer.h), for callers
// that read the tokens for other things too.
Result<std::vector<Figure>> FindFiguresInTokens(std::string_view utf8_text,
                                                const TokenList& tokens,
                                                const NumberLexicon& lexicon,
                                                std::string_view lang,
                                                const FigureOptions& options = {});

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_FIGURES_H_
