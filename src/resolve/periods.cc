// Design. The sentence (or, when it is long, a window around the figure)
// is tokenised once and scanned left to right for time expressions, each
// the longest one starting at its token (period_reader.h), without
// overlaps and never using the figure's own tokens: an expression before
// the figure must end where the figure begins. Clause phrases cut the
// token list into clauses. The expression that governs the figure is the
// nearest one in the figure's clause, else the nearest one anywhere;
// nearness counts the tokens between the two, and on a tie the one before
// the figure wins. Only that expression is placed (period_place.h), so an
// expression that cannot be placed does not hand the figure to a farther
// one.
#include "src/resolve/periods.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "src/extract/tokenizer.h"
#include "src/resolve/calendar.h"
#include "src/resolve/period_place.h"
#include "src/resolve/period_reader.h"
#include "src/text/dates.h"

namespace tally::resolve {
namespace {

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The part of `sentence` to read: all of it, or the figure's neighbourhood
// cut at code point boundaries. `*begin`, `*end` are the figure's bytes,
// made relative to the window.
std::string_view Window(std::string_view sentence, size_t max_bytes,
                        size_t* begin, size_t* end) {
  if (sentence.size() <= max_bytes) return sentence;
  const size_t half = max_bytes / 2;
  const size_t figure_end = std::min(*end, *begin + half);
  size_t from = *begin > half ? *begin - half : 0;
  size_t to = std::min(sentence.size(), figure_end + half);
  while (from < *begin && IsContinuation(sentence[from])) ++from;
  while (to > figure_end && to < sentence.size() && IsContinuation(sentence[to])) {
    --to;
  }
  *begin -= from;
  *end = figure_end - from;
  return sentence.substr(from, to - from);
}

struct Candidate {
  Expression expression;
  size_t clause = 0;
};

// Clause number of every token: how many clause phrases start at or
// before it, outside the figure's tokens [fig_begin, fig_end).
std::vector<size_t> Clauses(const ExpressionReader& reader, size_t n,
                            size_t fig_begin, size_t fig_end) {
  std::vector<size_t> clause(n, 0);
  size_t current = 0;
  for (size_t i = 0; i < n; ++i) {
    if ((i < fig_begin || i >= fig_end) && reader.ClauseAt(i) > 0) ++current;
    clause[i] = current;
  }
  return clause;
}

// Tokens between a candidate and the figure.
size_t Distance(const Expression& e, size_t fig_begin, size_t fig_end) {
  if (e.end <= fig_begin) return fig_begin - e.end;
  return e.begin >= fig_end ? e.begin - fig_end : 0;
}

Period Format(const Placed& p) {
  Period out;
  if (p.from.has_value()) out.from = FormatIso(*p.from);
  if (p.to.has_value()) out.to = FormatIso(*p.to);
  return out;
}

}  // namespace

Period FindPeriod(std::string_view sentence, size_t figure_begin,
                  size_t figure_end, std::string_view lang,
                  std::string_view published, const PeriodLexicon& lexicon,
                  const PeriodOptions& options) {
  const std::optional<Day> pub = ParseIsoDay(text::ToIsoDate(published));
  Period fallback;
  if (pub.has_value()) fallback.to = FormatIso(*pub);

  figure_begin = std::min(figure_begin, sentence.size());
  figure_end = std::clamp(figure_end, figure_begin, sentence.size());
  const std::string_view text =
      Window(sentence, std::max<size_t>(options.max_sentence_bytes, 2),
             &figure_begin, &figure_end);

  extract::TokenList tokens;
  if (!extract::Tokenize(text, text.size() + 1, &tokens).ok()) return fallback;
  const size_t n = tokens.size();
  // The figure's tokens: those that overlap its bytes (or, for an empty
  // span, none, at the first token after it).
  size_t fig_begin = 0;
  while (fig_begin < n && tokens[fig_begin].end <= figure_begin) ++fig_begin;
  if (figure_begin == figure_end) {
    while (fig_begin < n && tokens[fig_begin].begin < figure_begin) ++fig_begin;
  }
  size_t fig_end = fig_begin;
  while (fig_end < n && tokens[fig_end].begin < figure_end) ++fig_end;

  const ExpressionReader reader(lexicon, tokens, text, lang);
  const std::vector<size_t> clause = Clauses(reader, n, fig_begin, fig_end);
  const size_t figure_clause =
      fig_begin < n ? clause[fig_begin] : (n > 0 ? clause[n - 1] : 0);

  std::optional<Candidate> best;
  auto better = [&](const Candidate& c) {
    if (!best.has_value()) return true;
    const bool same = c.clause == figure_clause;
    const bool best_same = best->clause == figure_clause;
    if (same != best_same) return same;
    // Scanning runs left to right, so on a tie the earlier one stays.
    return Distance(c.expression, fig_begin, fig_end) <
           Distance(best->expression, fig_begin, fig_end);
  };
  for (size_t i = 0; i < n;) {
    if (i >= fig_begin && i < fig_end) {
      i = fig_end;
      continue;
    }
    const size_t limit = i < fig_begin ? fig_begin : n;
    Candidate c;
    if (!reader.ReadAt(i, limit, &c.expression)) {
      ++i;
      continue;
    }
    c.clause = clause[i];
    if (better(c)) best = c;
    i = c.expression.end;
  }
  if (!best.has_value()) return fallback;
  const std::optional<Placed> placed = Place(best->expression, pub);
  if (!placed.has_value()) return fallback;
  return Format(*placed);
}

}  // namespace tally::resolve
