// Design. One left-to-right pass over the tokens. At each token the parser
// tries, in order: a phrase that is never a figure ("that one") or a label
// ("No."), then a figure: an optional qualifier, a quantity (a range
// template, a zero word, a vague count, or a number with an optional
// percent word and an optional infix range "# - #"), an optional postfix
// ("or more"), and a second one-sided figure joined by "and" that closes
// the interval from the other side. The first reading that succeeds is
// taken and the scan resumes after it; a non-figure (a year, a date)
// resumes after its digits. There is no recursion and no backtracking
// beyond a bounded lookahead, so the pass is linear in the tokens.
//
// Interval conventions are claims.md's: plain ranges are closed, "more
// than X" is (X, inf), "nearly X" is (-inf, X) and approximate, vague
// counts carry the interval the codebook gives them.
#include "src/extract/figures.h"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>

#include "src/extract/number_parser.h"
#include "src/extract/tokenizer.h"

namespace tally::extract {
namespace {

enum class Outcome { kNone, kFigure, kNotFigure };

enum class Shape { kNumber, kRange, kVague, kZero };

struct Candidate {
  Outcome outcome = Outcome::kNone;
  size_t skip_to = 0;  // kNotFigure
  size_t begin = 0, end = 0;  // tokens
  size_t number_begin = 0;    // where the number itself starts
  Shape shape = Shape::kNumber;
  double value = 0;           // kNumber
  Quantity q;
  bool qualified = false;     // a qualifier or postfix word is part of it
};

Candidate None() { return {}; }

Candidate NotFigure(size_t skip_to) {
  Candidate c;
  c.outcome = Outcome::kNotFigure;
  c.skip_to = skip_to;
  return c;
}

bool IsLowerBound(const Quantity& q) {
  return q.lo.has_value() && !q.hi.has_value() &&
         (q.qualifier == Qualifier::kMoreThan ||
          q.qualifier == Qualifier::kAtLeast);
}

bool IsUpperBound(const Quantity& q) {
  return q.hi.has_value() && !q.lo.has_value() &&
         (q.qualifier == Qualifier::kLessThan ||
          q.qualifier == Qualifier::kAtMost);
}

// The interval a bound qualifier makes of the value x.
void SetBound(Qualifier qual, double x, Quantity* q) {
  q->lo.reset();
  q->hi.reset();
  q->lo_open = q->hi_open = false;
  q->qualifier = qual;
  q->approx = false;
  switch (qual) {
    case Qualifier::kMoreThan:
      q->lo = x;
      q->lo_open = true;
      break;
    case Qualifier::kAtLeast:
      q->lo = x;
      break;
    case Qualifier::kAtMost:
      q->hi = x;
      break;
    case Qualifier::kLessThan:
      q->hi = x;
      q->hi_open = true;
      break;
    case Qualifier::kNearly:
      q->hi = x;
      q->hi_open = true;
      q->approx = true;
      break;
    case Qualifier::kApprox:
      q->lo = q->hi = x;
      q->approx = true;
      break;
    default:
      q->lo = q->hi = x;
      q->qualifier = Qualifier::kExact;
      break;
  }
}

class FigureParser {
 public:
  explicit FigureParser(const ParseContext& ctx) : c_(ctx), n_(ctx.size()) {}

  // The figure that starts at token i, with a second bound joined to it.
  Candidate ParseAt(size_t i) {
    Candidate first = ParseBounded(i);
    if (first.outcome != Outcome::kFigure) return first;
    const bool lower = IsLowerBound(first.q), upper = IsUpperBound(first.q);
    if (!lower && !upper) return first;
    Match join = c_.Longest(first.end, EntryKind::kBoundJoin);
    if (!join) return first;
    Candidate second = ParseBounded(join.end);
    if (second.outcome != Outcome::kFigure) return first;
    const Quantity& lo_side = lower ? first.q : second.q;
    const Quantity& hi_side = lower ? second.q : first.q;
    if (!IsLowerBound(lo_side) || !IsUpperBound(hi_side) ||
        !(*lo_side.lo < *hi_side.hi)) {
      return first;
    }
    Candidate both = first;
    both.q.lo = lo_side.lo;
    both.q.lo_open = lo_side.lo_open;
    both.q.hi = hi_side.hi;
    both.q.hi_open = hi_side.hi_open;
    both.q.qualifier = Qualifier::kRange;
    both.q.approx = false;
    if (second.q.unit == Unit::kPercent) both.q.unit = Unit::kPercent;
    both.shape = Shape::kRange;
    both.end = second.end;
    return both;
  }

 private:
  // Qualifier + quantity + postfix.
  Candidate ParseBounded(size_t i) {
    Match qual = c_.Longest(i, EntryKind::kQualifier);
    // "=>30" is no comparison: a symbol qualifier glued to another symbol.
    if (qual && c_[i].kind == TokenKind::kSymbol && i > 0 && c_[i].glued) {
      const std::string_view prev = c_.Key(i - 1);
      if (prev == "=" || prev == "<" || prev == ">" || prev == "!") qual = {};
    }
    // "<a>One hundred" is markup: a symbol qualifier glued to a word.
    if (qual && c_[qual.end - 1].kind == TokenKind::kSymbol && qual.end < n_ &&
        c_[qual.end].glued && c_[qual.end].kind == TokenKind::kWord) {
      qual = {};
    }
    Candidate cand;
    if (qual) {
      cand = ParseQuantity(qual.end, true);
      if (cand.outcome == Outcome::kNone) return None();
      if (cand.outcome == Outcome::kNotFigure) return cand;
      Qualifier q = qual.entry->qualifier;
      size_t begin = i;
      // "does not exceed 10,000", "ne prevyshaet": a negated bound turns
      // to the other side.
      if (const size_t neg = NegationBefore(i); neg < i) {
        if (q == Qualifier::kMoreThan) {
          q = Qualifier::kAtMost;
          begin = neg;
        } else if (q == Qualifier::kLessThan) {
          q = Qualifier::kAtLeast;
          begin = neg;
        }
      }
      ApplyQualifier(q, begin, &cand);
    } else {
      cand = ParseQuantity(i, false);
      if (cand.outcome != Outcome::kFigure) return cand;
    }
    if (cand.shape == Shape::kNumber) ApplyPostfix(&cand);
    return cand;
  }

  // The first token of a negation ("not", "does not", "ne") that ends
  // right before token `i`, or `i` when there is none.
  size_t NegationBefore(size_t i) const {
    size_t best = i;
    for (size_t back = 1; back <= 3 && back <= i; ++back) {
      Match m = c_.Longest(i - back, EntryKind::kNegation);
      if (m && m.end == i) best = i - back;
    }
    return best;
  }

  void ApplyQualifier(Qualifier qual, size_t begin, Candidate* c) {
    switch (c->shape) {
      case Shape::kZero:
        return;  // "more than no one" keeps only "no one"
      case Shape::kRange:
        if (qual == Qualifier::kApprox || qual == Qualifier::kNearly) {
          c->q.approx = true;
          c->begin = begin;
          c->qualified = true;
        }
        return;
      case Shape::kVague: {
        const double lo = *c->q.lo, hi = *c->q.hi;
        if (qual == Qualifier::kMoreThan || qual == Qualifier::kAtLeast) {
          SetBound(qual, lo, &c->q);
        } else if (qual == Qualifier::kLessThan ||
                   qual == Qualifier::kAtMost || qual == Qualifier::kNearly) {
          SetBound(qual, hi, &c->q);
        }
        c->q.approx = true;
        c->begin = begin;
        c->qualified = true;
        return;
      }
      case Shape::kNumber: {
        const Unit unit = c->q.unit;
        SetBound(qual, c->value, &c->q);
        c->q.unit = unit;
        c->begin = begin;
        c->qualified = true;
        return;
      }
    }
  }

  // "500 or more", "less than 5000 or equal", "1000 s lishnim".
  void ApplyPostfix(Candidate* c) {
    Match m = c_.Longest(c->end, EntryKind::kPostfix);
    if (!m || StartsNumber(c_, m.end)) return;  // "or less than 5000"
    const Qualifier prefix = c->q.qualifier;
    const Unit unit = c->q.unit;
    if (m.entry->effect == PostfixEffect::kOrEqual) {
      if (prefix == Qualifier::kLessThan) {
        c->q.hi_open = false;
        c->q.qualifier = Qualifier::kAtMost;
      } else if (prefix == Qualifier::kMoreThan) {
        c->q.lo_open = false;
        c->q.qualifier = Qualifier::kAtLeast;
      } else {
        return;
      }
      c->end = m.end;
      return;
    }
    if (prefix != Qualifier::kExact && prefix != Qualifier::kApprox) return;
    const Qualifier next = m.entry->qualifier;
    if (prefix == Qualifier::kApprox && next != Qualifier::kApprox) {
      c->begin = c->number_begin;  // "about five hundred or more"
    }
    SetBound(next, c->value, &c->q);
    c->q.unit = unit;
    c->end = m.end;
    c->qualified = true;
  }

  bool PercentAt(size_t j, size_t* end) const {
    if (Match m = c_.Longest(j, EntryKind::kPercent)) {
      *end = m.end;
      return true;
    }
    return false;
  }

  // One figure of a range: a number with an optional percent word.
  NumberResult Slot(size_t j, bool first, bool* percent) const {
    NumberResult r = ParseNumber(c_, j, first);
    *percent = false;
    if (r.outcome == NumberOutcome::kNumber) {
      size_t end = 0;
      if (PercentAt(r.number.end, &end)) {
        *percent = true;
        r.number.end = end;
      }
    }
    return r;
  }

  // A glued "-" followed by a glued number at `p`.
  bool HyphenChainAt(size_t p) const {
    return p + 1 < n_ && c_[p].glued && c_.Key(p) == "-" && c_[p + 1].glued &&
           StartsNumber(c_, p + 1);
  }

  Candidate MakeRange(const Number& a, bool pa, const Number& b, bool pb,
                      size_t begin, size_t end) const {
    if (a.year_like && b.year_like && !pa && !pb) return NotFigure(end);
    double lo = a.value;
    // "2-3 million", "ot 20 do 40 tysyach": the scale of the second figure
    // applies to the first.
    if (a.mult == 1 && b.mult > 1 && a.value < b.base) lo = a.value * b.mult;
    const double hi = b.value;
    if (!(lo < hi)) return None();
    Candidate c;
    c.outcome = Outcome::kFigure;
    c.shape = Shape::kRange;
    c.begin = c.number_begin = begin;
    c.end = end;
    c.q.lo = lo;
    c.q.hi = hi;
    c.q.qualifier = Qualifier::kRange;
    c.q.unit = pa || pb ? Unit::kPercent : Unit::kPersons;
    return c;
  }

  // What a template makes of its two figures: a range, or a ratio.
  using Make = Candidate (FigureParser::*)(const Number& a, bool pa, const Number& b, bool pb,
                                           size_t begin, size_t end) const;

  // Matches the rest of `tmpl` from its key `from` at token `p`, with the
  // first figure `a` already read when from > 0.
  Candidate MatchTemplate(const LexEntry& tmpl, size_t key_index, size_t p,
                          size_t begin, const Number* a_in, bool pa_in,
                          Make make = &FigureParser::MakeRange) const {
    Number a;
    bool pa = pa_in;
    bool have_a = a_in != nullptr;
    if (have_a) a = *a_in;
    for (size_t k = key_index; k < tmpl.keys.size(); ++k) {
      if (tmpl.keys[k] == "#") {
        bool pct = false;
        NumberResult r = Slot(p, !have_a, &pct);
        if (r.outcome == NumberOutcome::kNotFigure && have_a) {
          return NotFigure(r.skip_to);  // "s 1 po 10 marta"
        }
        if (r.outcome != NumberOutcome::kNumber) return None();
        p = r.number.end;
        if (!have_a) {
          a = r.number;
          pa = pct;
          have_a = true;
        } else {
          // "three-nought-four" is a chain of numbers, not a range.
          if (HyphenChainAt(p) || (begin > 0 && c_[begin].glued &&
                                   c_.Key(begin - 1) == "-")) {
            return None();
          }
          return (this->*make)(a, pa, r.number, pct, begin, p);
        }
      } else {
        if (p >= n_ || c_.Key(p) != tmpl.keys[k]) return None();
        ++p;
      }
    }
    return None();
  }

  Candidate PrefixRange(size_t j) const {
    for (const LexEntry* e : c_.Entries(j)) {
      if (e->kind != EntryKind::kRange || (e->langs & c_.langs) == 0 ||
          e->keys[0] == "#") {
        continue;
      }
      Candidate c = MatchTemplate(*e, 0, j, j, nullptr, false);
      if (c.outcome != Outcome::kNone) return c;
    }
    return None();
  }

  // "2024 — 6 641 cases": a year, a dash, then the year's figure. A year
  // that is not round, or a figure below it, makes the dash punctuation;
  // "2000 - 3000" stays a range, "2014-2022" a span of years.
  bool YearBeforeDash(const Number& a, bool pa, size_t after) const {
    if (!a.year_like || pa || after + 1 >= n_ || c_.Key(after) != "-") {
      return false;
    }
    const bool spaced = !c_[after].glued || !c_[after + 1].glued ||
                        TokenText(after) != "-";
    if (!spaced) return false;
    size_t p = after + 1;
    if (Match q = c_.Longest(p, EntryKind::kQualifier)) p = q.end;  // "— at least 2,100"
    NumberResult r = ParseNumber(c_, p, false);
    if (r.outcome != NumberOutcome::kNumber || r.number.year_like) return false;
    return std::fmod(a.value, 100) != 0 || !(a.value < r.number.value);
  }

  std::string_view TokenText(size_t k) const {
    return c_.text.substr(c_[k].begin, c_[k].end - c_[k].begin);
  }

  Candidate InfixRange(const Number& a, bool pa, size_t after) const {
    if (YearBeforeDash(a, pa, after)) return NotFigure(after);
    for (const LexEntry* e : c_.lexicon->StartingWith("#")) {
      if (e->kind != EntryKind::kRange || (e->langs & c_.langs) == 0) continue;
      Candidate c = MatchTemplate(*e, 1, after, a.begin, &a, pa);
      if (c.outcome != Outcome::kNone) return c;
    }
    return None();
  }

  std::optional<Candidate> Vague(size_t j, bool after_qualifier) const {
    Match m = c_.Longest(j, EntryKind::kVague);
    if (!m) return std::nullopt;
    // After a qualifier a singular scale form is a number: "bolee tysyachi"
    // is more than 1000, "tysyachi" alone is thousands.
    if (after_qualifier && m.end == j + 1) {
      Match s = c_.Longest(j, EntryKind::kScale);
      if (s && s.entry->value >= 100) return std::nullopt;
    }
    Candidate c;
    c.outcome = Outcome::kFigure;
    c.shape = Shape::kVague;
    c.begin = c.number_begin = j;
    c.end = m.end;
    c.q.lo = m.entry->value;
    c.q.hi = m.entry->value2;
    c.q.qualifier = Qualifier::kVague;
    c.q.approx = true;
    return c;
  }

  // A share as a figure: claims.md reads shares as percentages, to two
  // decimals ("a third" is 33.33 %), exact until a qualifier bounds it.
  Candidate ShareFigure(size_t begin, size_t end, double percent) const {
    Candidate c;
    c.outcome = Outcome::kFigure;
    c.begin = c.number_begin = begin;
    c.end = end;
    c.value = std::round(percent * 100) / 100;
    SetBound(Qualifier::kExact, c.value, &c.q);
    c.q.unit = Unit::kPercent;
    return c;
  }

  bool GluedHyphenAt(size_t p) const {
    return p + 1 < n_ && c_[p].glued && c_.Key(p) == "-" && c_[p + 1].glued;
  }

  static bool IsWhole(double v) { return v >= 1 && v == std::floor(v); }

  // "2/3 of the troops": digits, a glued slash, digits, and no more of a
  // date around them ("1/2/2023", "2022/1/2").
  std::optional<Candidate> DigitShare(size_t j) const {
    if (c_[j].kind != TokenKind::kDigits || j + 2 >= n_ || !c_[j + 1].glued ||
        c_.Key(j + 1) != "/" || !c_[j + 2].glued ||
        c_[j + 2].kind != TokenKind::kDigits) {
      return std::nullopt;
    }
    auto date_glue = [&](size_t k) {
      const std::string_view key = c_.Key(k);
      return key == "/" || key == "." || key == "-" || key == ":";
    };
    if (j > 0 && c_[j].glued && date_glue(j - 1)) return std::nullopt;
    if (j + 3 < n_ && c_[j + 3].glued &&
        (c_[j + 3].kind != TokenKind::kSymbol ||
         (date_glue(j + 3) && j + 4 < n_ && c_[j + 4].glued &&
          c_[j + 4].kind == TokenKind::kDigits))) {
      return std::nullopt;
    }
    const std::string_view a = c_.Key(j), b = c_.Key(j + 2);
    if (a.size() > 2 || b.size() > 2) return std::nullopt;
    const double num = std::strtod(std::string(a).c_str(), nullptr);
    const double den = std::strtod(std::string(b).c_str(), nullptr);
    if (!IsWhole(num) || !(num < den) || den > 10) return std::nullopt;
    return ShareFigure(j, j + 3, 100 * num / den);
  }

  // "every fifth", "kazhdyi pyatyi": one in the ordinal's number.
  std::optional<Candidate> EveryShare(size_t j) const {
    Match every = c_.Longest(j, EntryKind::kEvery);
    if (!every) return std::nullopt;
    Match ord = c_.Longest(every.end, EntryKind::kOrdinal);
    if (!ord) return std::nullopt;
    return ShareFigure(j, ord.end, 100 / ord.entry->value);
  }

  // "a third of": an article-led share needs a linking word after it
  // unless a qualifier came first ("nearly a third"), so that "a third
  // time" stays an ordinal.
  std::optional<Candidate> ArticleShare(size_t j, bool after_qualifier) const {
    Match article = c_.Longest(j, EntryKind::kArticle);
    if (!article) return std::nullopt;
    Match frac = c_.Longest(article.end, EntryKind::kFraction);
    if (!frac) return std::nullopt;
    if (!after_qualifier && !c_.Longest(frac.end, EntryKind::kShareLink)) {
      return std::nullopt;
    }
    return ShareFigure(j, frac.end, 100 / frac.entry->value);
  }

  // "half", "polovina", "tretina": a share by itself; before a scale it is
  // that share of the scale ("half a dozen" is 6, "half a million").
  std::optional<Candidate> BareShare(size_t j) const {
    Match share = c_.Longest(j, EntryKind::kShare);
    if (!share) return std::nullopt;
    if (GluedHyphenAt(share.end) && c_[share.end + 1].kind == TokenKind::kWord) {
      return std::nullopt;  // "half-brother", "half-hour"
    }
    size_t p = share.end;
    if (Match article = c_.Longest(p, EntryKind::kArticle)) p = article.end;
    if (Match scale = c_.Longest(p, EntryKind::kScale)) {
      const double v = share.entry->value / 100 * scale.entry->value;
      if (v != std::floor(v)) return std::nullopt;
      Candidate c;
      c.outcome = Outcome::kFigure;
      c.begin = c.number_begin = j;
      c.end = scale.end;
      c.value = v;
      SetBound(Qualifier::kExact, v, &c.q);
      return c;
    }
    return ShareFigure(j, share.end, share.entry->value);
  }

  // "two thirds", "one-third", "dve treti": a whole number below the
  // denominator, then a fraction word.
  std::optional<Candidate> NumeratorShare(const Number& a) const {
    if (a.mult != 1 || !IsWhole(a.value) || a.end >= n_) return std::nullopt;
    size_t p = a.end;
    if (GluedHyphenAt(p)) ++p;
    Match frac = c_.Longest(p, EntryKind::kFraction);
    if (!frac || !(a.value < frac.entry->value)) return std::nullopt;
    return ShareFigure(a.begin, frac.end, 100 * a.value / frac.entry->value);
  }

  // "one in five soldiers", "tri iz desyati": a whole number out of a
  // larger one, as a percentage. A ratio names what it counts, so a word
  // follows it; "5 in 10 days" measures time and is no ratio.
  Candidate MakeRatio(const Number& a, bool pa, const Number& b, bool pb, size_t begin,
                      size_t end) const {
    if (pa || pb || !IsWhole(a.value) || !IsWhole(b.value) || b.year_like ||
        !(a.value < b.value) || b.value > 1000 || end >= n_ ||
        c_[end].kind != TokenKind::kWord || c_.Longest(end, EntryKind::kMeasure)) {
      return None();
    }
    return ShareFigure(begin, end, 100 * a.value / b.value);
  }

  std::optional<Candidate> Ratio(const Number& a) const {
    for (const LexEntry* e : c_.lexicon->StartingWith("#")) {
      if (e->kind != EntryKind::kRatio || (e->langs & c_.langs) == 0) continue;
      Candidate c = MatchTemplate(*e, 1, a.end, a.begin, &a, false, &FigureParser::MakeRatio);
      if (c.outcome == Outcome::kFigure) return c;
    }
    return std::nullopt;
  }

  Candidate ParseQuantity(size_t j, bool after_qualifier) const {
    if (j >= n_) return None();
    if (c_[j].kind == TokenKind::kDigits) {
      if (auto c = DigitShare(j)) return *c;
    } else if (c_[j].kind == TokenKind::kWord) {
      if (auto c = EveryShare(j)) return *c;
      if (auto c = ArticleShare(j, after_qualifier)) return *c;
      if (auto c = BareShare(j)) return *c;
    }
    if (Match m = c_.Longest(j, EntryKind::kPercentPrefix)) {
      NumberResult r = ParseNumber(c_, m.end, false);
      if (r.outcome == NumberOutcome::kNotFigure) return NotFigure(r.skip_to);
      if (r.outcome == NumberOutcome::kNumber) {
        Candidate c;
        c.outcome = Outcome::kFigure;
        c.begin = c.number_begin = j;
        c.end = r.number.end;
        c.value = r.number.value;
        SetBound(Qualifier::kExact, c.value, &c.q);
        c.q.unit = Unit::kPercent;
        return c;
      }
    }
    if (Candidate r = PrefixRange(j); r.outcome != Outcome::kNone) return r;
    if (Match m = c_.Longest(j, EntryKind::kZero)) {
      Candidate c;
      c.outcome = Outcome::kFigure;
      c.shape = Shape::kZero;
      c.begin = c.number_begin = j;
      c.end = m.end;
      SetBound(Qualifier::kExact, 0, &c.q);
      return c;
    }
    std::optional<Candidate> vague = Vague(j, after_qualifier);
    if (vague && !after_qualifier) return *vague;
    NumberResult r = ParseNumber(c_, j, false);
    if (r.outcome == NumberOutcome::kNotFigure) return NotFigure(r.skip_to);
    if (r.outcome == NumberOutcome::kNumber) {
      if (auto c = NumeratorShare(r.number)) return *c;
      if (auto c = Ratio(r.number)) return *c;
      size_t end = r.number.end;
      const bool percent = PercentAt(end, &end);
      Candidate range = InfixRange(r.number, percent, end);
      if (range.outcome != Outcome::kNone) return range;
      Candidate c;
      c.outcome = Outcome::kFigure;
      c.begin = c.number_begin = j;
      c.end = end;
      c.value = r.number.value;
      SetBound(Qualifier::kExact, c.value, &c.q);
      c.q.unit = percent ? Unit::kPercent : Unit::kPersons;
      return c;
    }
    if (vague) return *vague;
    return None();
  }

  const ParseContext& c_;
  const size_t n_;
};

}  // namespace

Result<std::vector<Figure>> FindFigures(std::string_view utf8_text,
                                        const NumberLexicon& lexicon,
                                        std::string_view lang,
                                        const FigureOptions& options) {
  if (utf8_text.size() > options.max_text_bytes) {
    return Status::ResourceExhausted(
        "text of " + std::to_string(utf8_text.size()) + " bytes is over the " +
        std::to_string(options.max_text_bytes) + "-byte limit for figures");
  }
  TokenList tokens;
  Status s = Tokenize(utf8_text, options.max_tokens, &tokens);
  if (!s.ok()) return s;
  return FindFiguresInTokens(utf8_text, tokens, lexicon, lang, options);
}

Result<std::vector<Figure>> FindFiguresInTokens(std::string_view utf8_text,
                                                const TokenList& tokens,
                                                const NumberLexicon& lexicon,
                                                std::string_view lang,
                                                const FigureOptions& options) {
  ParseContext ctx;
  ctx.text = utf8_text;
  ctx.tokens = &tokens;
  ctx.lexicon = &lexicon;
  ctx.langs = lexicon.MaskFor(lang);
  ctx.dot_groups = lang == "ru" || lang == "uk";
  ctx.max_number_tokens = options.max_number_tokens;
  FigureParser parser(ctx);
  std::vector<Figure> figures;
  const size_t n = tokens.size();
  size_t i = 0;
  while (i < n) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kOther ||
        (t.kind == TokenKind::kWord && !lexicon.Starts(tokens.Key(i)))) {
      ++i;
      continue;
    }
    if (Match m = ctx.Longest(i, EntryKind::kSkip);
        m && !StartsNumber(ctx, m.end)) {
      i = m.end;
      continue;
    }
    if (Match m = ctx.Longest(i, EntryKind::kLabel);
        m && m.end < n && tokens[m.end].kind == TokenKind::kDigits) {
      NumberResult r = ParseNumber(ctx, m.end, true);
      i = r.outcome == NumberOutcome::kNumber ? r.number.end
          : r.outcome == NumberOutcome::kNotFigure ? r.skip_to
                                                   : m.end + 1;
      // "No. 1-457", "№ 12/3": the whole glued name goes with the label.
      while (i + 1 < n && tokens[i].glued && tokens[i + 1].glued &&
             tokens[i].kind == TokenKind::kSymbol &&
             tokens[i + 1].kind == TokenKind::kDigits) {
        const std::string_view key = tokens.Key(i);
        if (key != "-" && key != "/" && key != ".") break;
        i += 2;
      }
      continue;
    }
    Candidate c = parser.ParseAt(i);
    if (c.outcome == Outcome::kFigure && c.end > c.begin) {
      if (figures.size() >= options.max_figures) {
        return Status::ResourceExhausted(
            "more than " + std::to_string(options.max_figures) +
            " figures in one text");
      }
      Figure f;
      f.begin = tokens[c.begin].begin;
      f.end = tokens[c.end - 1].end;
      f.quantity = c.q;
      figures.push_back(f);
      i = c.end;
    } else if (c.outcome == Outcome::kNotFigure && c.skip_to > i) {
      i = c.skip_to;
    } else {
      ++i;
    }
  }
  return figures;
}

}  // namespace tally::extract
