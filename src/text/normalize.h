// Text normalisation: the one convention every stored text follows.
//
// - Unicode NFC.
// - Paragraphs are separated by exactly one blank line ("\n\n"); a single
//   "\n" inside a paragraph is a kept line break (lists, poems, posts).
// - Runs of spaces, tabs and Unicode space separators (no-break, thin, ...)
//   become one ASCII space; lines are trimmed.
// - Zero-width spaces, soft hyphens, BOMs and control characters go.
//
// Input must be UTF-8 (see charset.h); output is UTF-8.
#ifndef TALLY_SRC_TEXT_NORMALIZE_H_
#define TALLY_SRC_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace tally::text {

std::string NormalizeText(std::string_view utf8);

// Collapses all whitespace (line breaks included) to single spaces and
// trims: for one-line fields such as titles.
std::string NormalizeLine(std::string_view utf8);

// Unicode case folding (for matching, never for stored text).
std::string FoldCase(std::string_view utf8);

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_NORMALIZE_H_
