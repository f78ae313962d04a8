// Design. A number is read left to right with no backtracking beyond a
// fixed lookahead of a few tokens, so the cost is linear in its length and
// capped by ParseContext::max_number_tokens.
//
// Digits: the first run of digits is extended by groups of exactly three
// digits behind one separator (",", ".", "'", or one space: U+0020, U+00A0,
// U+2009, U+202F); one separator kind per number. A lone "," or "." group
// is ambiguous: "1,351" is a thousand and more in every language, while
// "1.351" is 1351 only in Russian and Ukrainian (ParseContext::dot_groups),
// and either is a decimal when a scale follows in those languages ("1,500
// tys."). Any other "," or "." between digits is a decimal mark, except in
// lists such as "22,24,26".
//
// Words: a Composer keeps `total` (closed groups: "three thousand") and
// `current` (the open group below the last scale: "nine hundred and
// sixty"). A word is added only where a numeral can stand: its value must
// be below the lowest non-zero decimal place of `current` (so "twenty
// five" composes and "five six" does not), and a scale must be smaller
// than the one before it ("two thousand three million" is two numbers).
#include "src/extract/number_parser.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace tally::extract {
namespace {

class Composer {
 public:
  // Starts from a value read as digits: only scales may follow.
  void SeedDigits(double v) {
    current_ = v;
    any_ = digits_ = true;
    base_ = v;
  }

  bool AddNumber(double v) {
    if (digits_ || zero_) return false;
    if (v == 0) {
      if (any_) return false;
      zero_ = any_ = true;
      return true;
    }
    last_unit_ = 1;
    if (current_ == 0) {
      if (total_ > 0 && v >= last_scale_) return false;
      current_ = v;
      any_ = true;
      Touch();
      return true;
    }
    if (v != std::floor(v) || current_ != std::floor(current_)) return false;
    auto c = static_cast<int64_t>(current_);
    int64_t place = 1;
    while (place < 1000000 && c % (place * 10) == 0) place *= 10;
    if (v >= static_cast<double>(place)) return false;
    current_ += v;
    Touch();
    return true;
  }

  // "and a half", "s polovinoi": a fraction of the last word's unit ("one
  // and a half" is 1.5, "a dozen and a half" 18), once.
  bool AddFraction(double f) {
    if (!any_ || zero_ || fraction_ || digits_) return false;
    if (current_ == 0 && total_ == 0) return false;
    if (last_unit_ >= 1000) {
      total_ += f * last_unit_;
    } else {
      current_ += f * last_unit_;
    }
    fraction_ = true;
    Touch();
    return true;
  }

  bool AddScale(double v) {
    if (zero_) return false;
    const double before = Value();
    if (v < 1000) {  // hundred, dozen: multiplies the open group in place
      if (!any_) {
        current_ = v;
        any_ = true;
        last_unit_ = v;
        Scaled(1, v);
        return true;
      }
      // Digits take any in-place scale: "322 hundred", "15 dozen".
      if (current_ <= 0 || (current_ >= v && !(digits_ && total_ == 0))) {
        return false;
      }
      last_unit_ = v;
      const double group = current_;
      current_ *= v;
      if (total_ == 0) Scaled(group, v);
      return true;
    }
    last_unit_ = v;
    if (!any_) {
      total_ = v;
      last_scale_ = v;
      any_ = true;
      Scaled(1, v);
      return true;
    }
    if (current_ == 0) {
      if (total_ > 0 && v > last_scale_) {  // "lakh crore"
        total_ *= v;
        last_scale_ = v;
        Scaled(before, v);
        return true;
      }
      return false;
    }
    if (last_scale_ != 0 && v >= last_scale_) return false;
    const bool first = total_ == 0;
    total_ += current_ * v;
    current_ = 0;
    last_scale_ = v;
    if (first) Scaled(before, v);
    else Touch();
    return true;
  }

  // Suffixes ("k", "tys.") multiply the whole number.
  void Multiply(double v) {
    const double before = Value();
    total_ = before * v;
    current_ = 0;
    Scaled(before, v);
  }

  // "and" inside a number: only after a hundred or a closed group.
  bool JoinAllowed() const {
    if (digits_ || zero_) return false;
    if (current_ == 0) return total_ > 0;
    return current_ == std::floor(current_) &&
           static_cast<int64_t>(current_) % 100 == 0;
  }

  bool any() const { return any_; }
  bool integral() const { return Value() == std::floor(Value()); }
  double Value() const { return total_ + current_; }
  double base() const { return mult_ > 1 ? base_ : Value(); }
  double mult() const { return mult_; }

 private:
  void Scaled(double base, double mult) {
    base_ = base;
    mult_ = mult;
  }
  void Touch() { mult_ = 1; }

  double total_ = 0, current_ = 0, last_scale_ = 0;
  double base_ = 0, mult_ = 1;
  double last_unit_ = 1;  // what the last word counted in: 1, 12, 1000
  bool any_ = false, digits_ = false, zero_ = false, fraction_ = false;
};

bool IsGroupSpace(std::string_view gap) {
  return gap == " " || gap == "\xC2\xA0" /* U+00A0 */ ||
         gap == "\xE2\x80\xAF" /* U+202F */ ||
         gap == "\xE2\x80\x89" /* U+2009 */ ||
         gap == "\xE2\x80\x87" /* U+2007 */;
}

class DigitsReader {
 public:
  DigitsReader(const ParseContext& ctx, size_t start, size_t k, bool neg,
               bool in_slot)
      : c_(ctx), n_(ctx.size()), start_(start), k_(k), neg_(neg),
        in_slot_(in_slot) {}

  NumberResult Read();

 private:
  bool GluedSymbol(size_t j, std::string_view s) const {
    return j < n_ && c_[j].glued && c_[j].kind == TokenKind::kSymbol &&
           c_.Key(j) == s;
  }
  bool GluedDigits(size_t j) const {
    return j < n_ && c_[j].glued && c_[j].kind == TokenKind::kDigits;
  }
  size_t Len(size_t j) const { return c_[j].end - c_[j].begin; }
  NumberResult NotFigure(size_t skip_to) const {
    NumberResult r;
    r.outcome = NumberOutcome::kNotFigure;
    r.skip_to = skip_to;
    return r;
  }
  // A month phrase that ends right before token `j`.
  bool MonthEndsAt(size_t j) const {
    for (size_t back = 1; back <= 2 && back <= j; ++back) {
      Match m = c_.Longest(j - back, EntryKind::kMonth);
      if (m && m.end == j) return true;
    }
    return false;
  }
  bool ScaleAt(size_t j) const {
    return j < n_ && (c_.Longest(j, EntryKind::kScale) ||
                      c_.Longest(j, EntryKind::kSuffix));
  }
  // Dates, times, phone numbers and the like: the chain of digit groups
  // glued by separators that starts at k_. Returns true (and `*skip`) when
  // the chain is not a figure.
  bool ChainIsNotFigure(size_t* skip) const;
  bool PhoneAfterPlus(size_t* skip) const;
  // "1. Siberian courts ...": a list number at the start of a line.
  bool IsListMarker() const {
    const std::string_view gap = GapBefore(c_.text, *c_.tokens, k_);
    const bool line_start =
        k_ == 0 ? true : gap.find('\n') != std::string_view::npos;
    return line_start && Len(k_) <= 3 &&
           (GluedSymbol(k_ + 1, ".") || GluedSymbol(k_ + 1, ")")) &&
           k_ + 2 < n_ && !c_[k_ + 2].glued &&
           c_[k_ + 2].kind == TokenKind::kWord;
  }

  const ParseContext& c_;
  const size_t n_;
  const size_t start_, k_;
  const bool neg_, in_slot_;
};

bool DigitsReader::PhoneAfterPlus(size_t* skip) const {
  if (k_ == 0 || !c_[k_].glued || c_.Key(k_ - 1) != "+") return false;
  // "+7 495 123-45-67", "+1-222-2222-2222", "+44 (20) 7946 0958"
  size_t digits = 0, j = k_, last = k_;
  while (j < n_) {
    if (c_[j].kind == TokenKind::kDigits) {
      digits += Len(j);
      last = j;
      ++j;
      continue;
    }
    const std::string_view key = c_.Key(j);
    if (c_[j].kind == TokenKind::kSymbol &&
        (key == "-" || key == "(" || key == ")" || key == ".")) {
      ++j;
      continue;
    }
    break;
  }
  if (digits < 7 || last == k_) return false;
  *skip = last + 1;
  return true;
}

bool DigitsReader::ChainIsNotFigure(size_t* skip) const {
  std::vector<size_t> groups{k_};
  std::string seps;
  size_t j = k_;
  while (groups.size() < 8 && j + 2 < n_ + 1 && j + 1 < n_ &&
         c_[j + 1].glued && c_[j + 1].kind == TokenKind::kSymbol &&
         GluedDigits(j + 2)) {
    const std::string_view s = c_.Key(j + 1);
    if (s != "-" && s != "." && s != "/" && s != ":" && s != ",") break;
    seps.push_back(s[0]);
    groups.push_back(j + 2);
    j += 2;
  }
  *skip = groups.back() + 1;
  if (seps.empty()) return false;
  auto count = [&](char ch) {
    size_t c = 0;
    for (char s : seps) c += s == ch;
    return c;
  };
  auto value = [&](size_t g) {
    return std::strtod(std::string(c_.Key(groups[g])).c_str(), nullptr);
  };
  auto year = [&](size_t g) {
    return Len(groups[g]) == 4 && value(g) >= 1800 && value(g) <= 2100;
  };
  if (seps[0] == ':' || seps[0] == '/') return true;  // times, dates, ratios
  if (count('-') >= 2) return true;                   // phones, ISO dates
  if (seps[0] == '-' && year(0) && Len(groups[1]) == 2) return true;  // 1995-01
  if (seps[0] == '-' && year(0) && year(1)) return true;  // 2014-2022
  if (count('.') >= 2) {
    bool thousands = count('.') == seps.size();
    for (size_t g = 1; g < groups.size(); ++g) thousands &= Len(groups[g]) == 3;
    if (!thousands) return true;  // 24.02.2022, versions, addresses
  }
  return false;
}

NumberResult DigitsReader::Read() {
  const bool leading_dot = c_.Key(k_) == ".";
  const size_t first = leading_dot ? k_ + 1 : k_;
  // Letters right before the digits make a name: "MH17", "Su-25", "F-16".
  if (!leading_dot && c_[k_].glued && k_ > 0 && !neg_) {
    if (c_[k_ - 1].kind == TokenKind::kWord) {
      size_t skip = k_ + 1;
      (void)ChainIsNotFigure(&skip);
      return NotFigure(skip);
    }
    // ("5k-7k" is a range: the word before the hyphen ends a number.)
    if (c_.Key(k_ - 1) == "-" && c_[k_ - 1].glued && k_ >= 2 &&
        c_[k_ - 2].kind == TokenKind::kWord &&
        !(k_ >= 3 && c_[k_ - 2].glued &&
          c_[k_ - 3].kind == TokenKind::kDigits)) {
      return NotFigure(k_ + 1);
    }
  }
  size_t skip = 0;
  if (!leading_dot && (PhoneAfterPlus(&skip) || ChainIsNotFigure(&skip))) {
    return NotFigure(skip);
  }
  if (!leading_dot && !neg_ && IsListMarker()) return NotFigure(k_ + 2);
  std::string num;
  size_t j;
  bool plain = !neg_ && !leading_dot;
  if (leading_dot) {
    num = "0.";
    num += c_.Key(first);
    j = first + 1;
  } else {
    num = std::string(c_.Key(k_));
    const size_t first_len = Len(k_);
    j = k_ + 1;
    char sep = 0;
    int groups = 0;
    std::string group;
    while (first_len <= 3 && j < n_) {
      if (c_[j].glued && c_[j].kind == TokenKind::kSymbol && GluedDigits(j + 1) &&
          Len(j + 1) == 3) {
        const std::string_view s = c_.Key(j);
        if ((s == "," || s == "." || s == "'") && (sep == 0 || sep == s[0])) {
          sep = s[0];
          group = std::string(c_.Key(j + 1));
          num += group;
          ++groups;
          j += 2;
          continue;
        }
      }
      if (c_[j].kind == TokenKind::kDigits && !c_[j].glued && Len(j) == 3 &&
          (sep == 0 || sep == ' ') &&
          IsGroupSpace(GapBefore(c_.text, *c_.tokens, j))) {
        sep = ' ';
        num += c_.Key(j);
        ++groups;
        j += 1;
        continue;
      }
      break;
    }
    bool decimal_done = false;
    if (groups == 1 && (sep == ',' || sep == '.')) {
      const bool scale_after = ScaleAt(j);
      const bool decimal = sep == '.' ? (!c_.dot_groups || scale_after)
                                      : (c_.dot_groups && scale_after);
      if (decimal) {
        num = std::string(c_.Key(k_)) + "." + group;
        decimal_done = true;
        plain = false;
      }
    }
    if (groups > 0) plain = false;
    if (!decimal_done && j + 1 < n_ && c_[j].glued &&
        c_[j].kind == TokenKind::kSymbol && GluedDigits(j + 1)) {
      const std::string_view s = c_.Key(j);
      if ((s == "." || s == ",") && s[0] != sep) {
        // "22,24,26,31" is a list, not decimals.
        const bool list =
            s == "," && (GluedSymbol(j + 2, ",") ||
                         (k_ >= 2 && GluedSymbol(k_ - 1, ",") &&
                          c_[k_ - 2].kind == TokenKind::kDigits));
        if (!list) {
          num += ".";
          num += c_.Key(j + 1);
          j += 2;
          plain = false;
        }
      }
    }
  }
  Composer comp;
  comp.SeedDigits(std::strtod(num.c_str(), nullptr));
  // Glued after the digits: a multiplier ("18k", "1.2b", "18tys."), an
  // ordinal or case ending ("136-y"), or a unit or ordinal ("29km", "136th").
  if (j < n_ && c_[j].glued && c_[j].kind == TokenKind::kWord) {
    if (Match m = c_.Longest(j, EntryKind::kSuffix)) {
      comp.Multiply(m.entry->value);
      j = m.end;
      plain = false;
      if (j < n_ && c_[j].glued && c_[j].kind == TokenKind::kWord) {
        return NotFigure(j + 1);
      }
    } else if (Match s = c_.Longest(j, EntryKind::kScale);
               s && comp.AddScale(s.entry->value)) {
      j = s.end;
      plain = false;
    } else {
      return NotFigure(j + 1);
    }
  } else if (GluedSymbol(j, "-") && j + 1 < n_ && c_[j + 1].glued &&
             c_[j + 1].kind == TokenKind::kWord) {
    Match m = c_.Longest(j + 1, EntryKind::kOrdinalSuffix);
    if (m && !(m.end < n_ && c_[m.end].glued &&
               c_[m.end].kind == TokenKind::kWord)) {
      return NotFigure(m.end);
    }
  }
  // Scale words after a space: "2 million", "18 tys.", "3 dozens".
  for (size_t words = 0; j < n_ && words < c_.max_number_tokens; ++words) {
    if (Match m = c_.Longest(j, EntryKind::kScale);
        m && comp.AddScale(m.entry->value)) {
      j = m.end;
      plain = false;
      continue;
    }
    if (Match m = c_.Longest(j, EntryKind::kSuffix)) {
      if (m.end < n_ && c_[m.end].glued && c_[m.end].kind == TokenKind::kWord) {
        break;
      }
      comp.Multiply(m.entry->value);
      j = m.end;
      plain = false;
    }
    break;
  }
  Number out;
  out.value = neg_ ? -comp.Value() : comp.Value();
  out.base = neg_ ? -comp.base() : comp.base();
  out.mult = comp.mult();
  out.begin = start_;
  out.end = j;
  const double v = comp.Value();
  const size_t len = Len(k_);
  out.year_like = plain && len == 4 && v >= 1800 && v <= 2100;
  // Dates: "in 2009", "2022 goda", "February 2022", "February 24".
  if (plain && len == 4 && v >= 1000 && v <= 2100) {
    if (!in_slot_ && start_ > 0 && !c_[start_].glued) {
      Match m = c_.Longest(start_ - 1, EntryKind::kYearBefore);
      if (m && m.end == start_) return NotFigure(j);
    }
    if (Match m = c_.Longest(j, EntryKind::kYearAfter)) return NotFigure(m.end);
    if (MonthEndsAt(start_)) return NotFigure(j);
    if (start_ >= 2 && c_.Key(start_ - 1) == "," &&
        c_[start_ - 2].kind == TokenKind::kDigits && Len(start_ - 2) <= 2 &&
        MonthEndsAt(start_ - 2)) {
      return NotFigure(j);  // "February 24, 2022"
    }
  }
  if (plain && len <= 2 && v >= 1 && v <= 31) {
    if (c_.Longest(j, EntryKind::kMonth)) return NotFigure(j);
    if (MonthEndsAt(start_)) return NotFigure(j);
  }
  NumberResult r;
  r.outcome = NumberOutcome::kNumber;
  r.number = out;
  return r;
}

// Reads the decimals after "point": "seventy-one" -> "71", "nought four"
// -> "04". Returns the token after them, or `j` when none follow.
size_t ReadDecimalWords(const ParseContext& c, size_t j, std::string* digits) {
  const size_t n = c.size();
  for (size_t guard = 0; j < n && guard < c.max_number_tokens; ++guard) {
    Composer d;
    size_t p = j, end = j;
    while (p < n) {
      size_t q = p;
      if (d.any() && c.Key(q) == "-" && c[q].glued && q + 1 < n && c[q + 1].glued) {
        ++q;
      }
      Match m = c.Longest(q, EntryKind::kNumber);
      if (!m || !d.AddNumber(m.entry->value)) break;
      p = end = m.end;
    }
    if (!d.any() || !d.integral()) break;
    *digits += std::to_string(static_cast<int64_t>(d.Value()));
    j = end;
  }
  return j;
}

NumberResult ReadWords(const ParseContext& c, size_t start, size_t k, bool neg) {
  const size_t n = c.size();
  Composer comp;
  size_t j = k, end = k;
  if (Match a = c.Longest(k, EntryKind::kArticle)) {
    Match s = c.Longest(a.end, EntryKind::kScale);
    if (!s) return {};
    j = a.end;
  }
  for (size_t words = 0; j < n && words < c.max_number_tokens; ++words) {
    size_t p = j;
    if (comp.any()) {
      if (Match m = c.Longest(p, EntryKind::kAndFraction);
          m && comp.AddFraction(m.entry->value)) {
        j = end = m.end;
        continue;
      }
      // "forty-seven", and "fifty - two" with a spaced hyphen; the place
      // rule below keeps "five - six" a range.
      if (c.Key(p) == "-" && p + 1 < n && c[p + 1].kind == TokenKind::kWord &&
          (c[p].glued == c[p + 1].glued)) {
        ++p;
      } else if (Match m = c.Longest(p, EntryKind::kJoin);
                 m && comp.JoinAllowed()) {
        p = m.end;
      }
    }
    if (Match m = c.Longest(p, EntryKind::kNumber);
        m && comp.AddNumber(m.entry->value)) {
      j = end = m.end;
      continue;
    }
    if (Match m = c.Longest(p, EntryKind::kScale);
        m && comp.AddScale(m.entry->value)) {
      j = end = m.end;
      continue;
    }
    break;
  }
  if (!comp.any()) return {};
  double value = comp.Value();
  if (Match pt = c.Longest(end, EntryKind::kPoint); pt && comp.integral()) {
    std::string frac;
    const size_t after = ReadDecimalWords(c, pt.end, &frac);
    if (!frac.empty()) {
      value = std::strtod(
          (std::to_string(static_cast<int64_t>(value)) + "." + frac).c_str(),
          nullptr);
      end = after;
    }
  }
  NumberResult r;
  r.outcome = NumberOutcome::kNumber;
  r.number.value = neg ? -value : value;
  r.number.base = value == comp.Value() ? comp.base() : value;
  if (neg) r.number.base = -r.number.base;
  r.number.mult = value == comp.Value() ? comp.mult() : 1;
  r.number.begin = start;
  r.number.end = end;
  return r;
}

// Only a hyphen-minus or a minus sign glued to digits is a minus: an en or
// em dash is punctuation ("-- 12,000 troops"), and so is a dash that opens
// a line of a list.
bool IsMinusSign(const ParseContext& c, size_t i) {
  const std::string_view raw = c.text.substr(c[i].begin, c[i].end - c[i].begin);
  if (raw != "-" && raw != "\xE2\x88\x92" /* U+2212 */) return false;
  return i == 0 ||
         GapBefore(c.text, *c.tokens, i).find('\n') == std::string_view::npos;
}

bool DigitsFollow(const ParseContext& c, size_t i) {
  return i + 1 < c.size() && c[i + 1].glued &&
         c[i + 1].kind == TokenKind::kDigits;
}

}  // namespace

NumberResult ParseNumber(const ParseContext& c, size_t i, bool in_slot) {
  const size_t n = c.size();
  if (i >= n) return {};
  size_t k = i;
  bool neg = false;
  if (Match m = c.Longest(i, EntryKind::kMinus)) {
    neg = true;
    k = m.end;
  } else if (c.Key(i) == "-" && DigitsFollow(c, i) && IsMinusSign(c, i) &&
             !(c[i].glued && i > 0 && c[i - 1].kind != TokenKind::kSymbol)) {
    neg = true;
    k = i + 1;
  }
  if (k >= n) return {};
  if (c[k].kind == TokenKind::kDigits) {
    return DigitsReader(c, i, k, neg, in_slot).Read();
  }
  if (c.Key(k) == "." && DigitsFollow(c, k) &&
      !(c[k].glued && k > 0 && c[k - 1].kind != TokenKind::kSymbol)) {
    return DigitsReader(c, i, k, neg, in_slot).Read();
  }
  if (c[k].kind == TokenKind::kWord) return ReadWords(c, i, k, neg);
  return {};
}

bool StartsNumber(const ParseContext& c, size_t i) {
  if (i >= c.size()) return false;
  if (c[i].kind == TokenKind::kDigits) return true;
  if ((c.Key(i) == "-" || c.Key(i) == ".") && DigitsFollow(c, i)) return true;
  return c.Longest(i, EntryKind::kNumber) || c.Longest(i, EntryKind::kScale) ||
         c.Longest(i, EntryKind::kMinus) || c.Longest(i, EntryKind::kArticle);
}

}  // namespace tally::extract
