// Design. An expression is read left to right without backtracking: a
// frame's template is followed word by word, and each slot is filled by
// the one greedy reading of an anchor or span that starts there. Anchors
// are tried as every shape that can start at the token (a day word, an
// event, "this"/"last" + unit, a part of a year, a month name, digits) and
// the longest wins. All lookahead is a few tokens past a codebook phrase
// (at most 64 tokens) or one number (capped by the number parser), so one
// ReadAt costs a bounded amount of work and a scan over a sentence is
// linear in its tokens.
//
// Nothing here knows a language: words come from the codebook, and the
// only symbols read directly are the digits of dates and the "." "-" ","
// inside and after them, which all three languages share.
#include "src/resolve/period_reader.h"

#include <algorithm>
#include <cmath>

#include "src/extract/number_parser.h"

namespace tally::resolve {
namespace {

using extract::TokenKind;

// Largest count a span may have ("the past 10000 days" is already absurd).
constexpr double kMaxCount = 10000;

// Units a calendar can be cut into: days, weeks, months in blocks that
// divide a year (1, 2, 3, 4, 6, 12) and single years.
bool IsCalendarUnit(const TimeUnit& u) {
  switch (u.base) {
    case TimeUnit::Base::kDay:
    case TimeUnit::Base::kWeek:
      return true;
    case TimeUnit::Base::kMonth:
      return u.count <= 12 && 12 % u.count == 0;
    case TimeUnit::Base::kYear:
      return u.count == 1;
    case TimeUnit::Base::kHour:
      return false;
  }
  return false;
}

bool IsYearUnit(const TimeUnit& u) {
  return u.base == TimeUnit::Base::kYear && u.count == 1;
}

}  // namespace

uint8_t Anchor::Class() const {
  if (edge != Edge::kNone) return kAnchorEdge;
  switch (base) {
    case Base::kDate:
    case Base::kRelDay:
      return kAnchorDate;
    case Base::kMonth:
      return kAnchorMonth;
    case Base::kYear:
      return kAnchorYear;
    case Base::kPart:
      return kAnchorPart;
    case Base::kRelative:
      return kAnchorRelative;
    case Base::kEvent:
      return kAnchorEvent;
    case Base::kBareDay:
      return 0;
  }
  return 0;
}

ExpressionReader::ExpressionReader(const PeriodLexicon& lexicon,
                                   const extract::TokenList& tokens,
                                   std::string_view text, std::string_view lang)
    : lexicon_(lexicon),
      tokens_(tokens),
      text_(text),
      lang_(lang),
      langs_(lexicon.MaskFor(lang)) {}

int ExpressionReader::DigitsAt(size_t i, size_t limit, size_t max_digits) const {
  if (i >= limit || i >= tokens_.size()) return -1;
  if (tokens_[i].kind != TokenKind::kDigits) return -1;
  const std::string_view key = tokens_.Key(i);
  if (key.size() > max_digits) return -1;
  int v = 0;
  for (char c : key) v = v * 10 + (c - '0');
  return v;
}

bool ExpressionReader::GluedIs(size_t i, size_t limit,
                               std::string_view key) const {
  return i < limit && i < tokens_.size() && tokens_[i].glued &&
         tokens_.Key(i) == key;
}

namespace {

// True when the digits at `i` are followed by "," or "." and more digits,
// glued: "1,351", "2.5".
bool NumberGoesOnAfter(const extract::TokenList& t, size_t i) {
  return i + 2 < t.size() && t[i + 1].glued && t[i + 2].glued &&
         t[i + 2].kind == TokenKind::kDigits &&
         (t.Key(i + 1) == "," || t.Key(i + 1) == ".");
}

// True when the digits at `i` are one part of a longer number, so they are
// neither a day nor a year.
bool NumberGoesOn(const extract::TokenList& t, size_t i) {
  return NumberGoesOnAfter(t, i) ||
         (i >= 2 && t[i].glued && t[i - 1].glued &&
          t[i - 2].kind == TokenKind::kDigits &&
          (t.Key(i - 1) == "," || t.Key(i - 1) == "."));
}

}  // namespace

size_t ExpressionReader::ReadDay(size_t i, size_t limit, int* day) const {
  const int d = DigitsAt(i, limit, 2);
  if (d < 1 || d > 31 || NumberGoesOn(tokens_, i)) return 0;
  *day = d;
  size_t end = i + 1;
  size_t suffix_end = 0;
  if (end < limit && tokens_[end].glued &&
      Find(end, limit, PeriodKind::kDaySuffix, &suffix_end) != nullptr) {
    end = suffix_end;
  }
  return end;
}

size_t ExpressionReader::ReadYear(size_t i, size_t limit, int* year) const {
  if (i >= limit || tokens_.Key(i).size() != 4) return 0;
  const int y = DigitsAt(i, limit, 4);
  if (y < kFirstTextYear || y > kLastTextYear || NumberGoesOn(tokens_, i)) {
    return 0;
  }
  *year = y;
  size_t end = i + 1, word_end = 0;
  if (Find(end, limit, PeriodKind::kYearWord, &word_end) != nullptr) {
    end = word_end;
  }
  return end;
}

bool ExpressionReader::ReadRelative(size_t i, size_t limit, Anchor* out) const {
  size_t p = 0;
  int shift = 0;
  if (Find(i, limit, PeriodKind::kThis, &p) != nullptr) {
    shift = 0;
  } else if (Find(i, limit, PeriodKind::kPrevious, &p) != nullptr) {
    shift = -1;
  } else {
    return false;
  }
  size_t end = 0;
  const PeriodEntry* unit = Find(p, limit, PeriodKind::kUnit, &end);
  if (unit == nullptr || !IsCalendarUnit(unit->unit)) return false;
  *out = Anchor();
  out->base = Anchor::Base::kRelative;
  out->unit = unit->unit;
  out->shift = shift;
  out->begin = i;
  out->end = end;
  return true;
}

size_t ExpressionReader::ReadYearRef(size_t i, size_t limit, bool bare_unit,
                                     Anchor* out) const {
  size_t p = i, join_end = 0;
  if (Find(p, limit, PeriodKind::kDateJoin, &join_end) != nullptr) p = join_end;
  int year = 0;
  if (const size_t end = ReadYear(p, limit, &year); end > 0) {
    out->year = year;
    return end;
  }
  Anchor rel;
  if (ReadRelative(p, limit, &rel) && IsYearUnit(rel.unit)) {
    out->year_from_published = true;
    out->year_shift = rel.shift;
    return rel.end;
  }
  size_t end = 0;
  const PeriodEntry* unit = Find(p, limit, PeriodKind::kUnit, &end);
  if (bare_unit && unit != nullptr && IsYearUnit(unit->unit)) {
    // "the first half of the year": which year is left unsaid, so it is
    // placed like "the first half" alone.
    return end;
  }
  return i;
}

namespace {

// A day that exists in `month` of `year`, or of some year when `year` is 0.
bool DayFits(int year, int month, int day) {
  return day >= 1 && day <= DaysInMonth(year == 0 ? 2000 : year, month);
}

}  // namespace

bool ExpressionReader::ReadMonthFirst(size_t i, size_t limit,
                                      Anchor* out) const {
  size_t p = 0;
  const PeriodEntry* month = Find(i, limit, PeriodKind::kMonth, &p);
  if (month == nullptr) return false;
  *out = Anchor();
  out->base = Anchor::Base::kMonth;
  out->month = month->first;
  if (const size_t end = ReadDay(p, limit, &out->day); end > 0) {
    out->base = Anchor::Base::kDate;
    p = end;
  }
  int year = 0;
  if (out->day > 0 && p < limit && tokens_.Key(p) == "," &&
      ReadYear(p + 1, limit, &year) > 0) {
    ++p;  // "February 24, 2022": the comma belongs to the date
  }
  p = ReadYearRef(p, limit, false, out);
  if (out->day > 0 && !DayFits(out->year, out->month, out->day)) return false;
  out->begin = i;
  out->end = p;
  return true;
}

bool ExpressionReader::ReadNumericDate(size_t i, size_t limit,
                                       Anchor* out) const {
  *out = Anchor();
  out->base = Anchor::Base::kDate;
  size_t end = 0;
  const auto digits_glued = [&](size_t k, size_t n) {
    return k < limit && tokens_[k].glued && tokens_.Key(k).size() == n
               ? DigitsAt(k, limit, n)
               : -1;
  };
  if (tokens_.Key(i).size() == 4 && GluedIs(i + 1, limit, "-") &&
      GluedIs(i + 3, limit, "-")) {
    // 2022-02-24
    out->year = DigitsAt(i, limit, 4);
    out->month = digits_glued(i + 2, 2);
    out->day = digits_glued(i + 4, 2);
    end = i + 5;
  } else if (tokens_.Key(i).size() <= 2 && GluedIs(i + 1, limit, ".")) {
    // 24.02.2022, 24.02.22, 24.02
    out->day = DigitsAt(i, limit, 2);
    const size_t month_size = i + 2 < tokens_.size() ? tokens_.Key(i + 2).size() : 0;
    out->month = month_size <= 2 ? digits_glued(i + 2, month_size) : -1;
    end = i + 3;
    if (GluedIs(i + 3, limit, ".") && i + 4 < limit) {
      const size_t year_size = tokens_.Key(i + 4).size();
      const int y = year_size == 4 || year_size == 2
                        ? digits_glued(i + 4, year_size)
                        : -1;
      if (y < 0) return false;
      out->year = year_size == 2 ? 2000 + y : y;
      end = i + 5;
    } else if (month_size != 2 || NumberGoesOnAfter(tokens_, i + 2)) {
      return false;  // "1.5" is a number; "24.02", "1.03" are days
    }
  } else {
    return false;
  }
  if (out->month < 1 || out->month > 12 || out->day < 1) return false;
  if (out->year != 0 &&
      (out->year < kFirstTextYear || out->year > kLastTextYear)) {
    return false;
  }
  if (!DayFits(out->year, out->month, out->day)) return false;
  size_t word_end = 0;
  if (out->year != 0 &&
      Find(end, limit, PeriodKind::kYearWord, &word_end) != nullptr) {
    end = word_end;
  }
  out->begin = i;
  out->end = end;
  return true;
}

bool ExpressionReader::ReadDigitsFirst(size_t i, size_t limit, bool bare_day,
                                       Anchor* out) const {
  if (i >= limit || tokens_[i].kind != TokenKind::kDigits) return false;
  if (ReadNumericDate(i, limit, out)) return true;
  int day = 0;
  if (size_t p = ReadDay(i, limit, &day); p > 0) {
    size_t join_end = 0;
    if (Find(p, limit, PeriodKind::kDateJoin, &join_end) != nullptr) {
      p = join_end;
    }
    size_t month_end = 0;
    if (const PeriodEntry* month = Find(p, limit, PeriodKind::kMonth, &month_end)) {
      *out = Anchor();
      out->base = Anchor::Base::kDate;
      out->day = day;
      out->month = month->first;
      int year = 0;
      size_t q = month_end;
      if (q < limit && tokens_.Key(q) == "," && ReadYear(q + 1, limit, &year) > 0) {
        ++q;
      }
      q = ReadYearRef(q, limit, false, out);
      if (!DayFits(out->year, out->month, out->day)) return false;
      out->begin = i;
      out->end = q;
      return true;
    }
  }
  int year = 0;
  if (const size_t end = ReadYear(i, limit, &year); end > 0) {
    *out = Anchor();
    out->base = Anchor::Base::kYear;
    out->year = year;
    out->begin = i;
    out->end = end;
    return true;
  }
  if (bare_day) {
    if (const size_t end = ReadDay(i, limit, &day); end > 0) {
      *out = Anchor();
      out->base = Anchor::Base::kBareDay;
      out->day = day;
      out->begin = i;
      out->end = end;
      return true;
    }
  }
  return false;
}

// "the war was launched [on February 24]": the date the text gives an
// event belongs to it, so it is not read again as an expression of its
// own. The codebook's date stays the event's date.
size_t ExpressionReader::ReadEventDate(size_t i, size_t limit) const {
  size_t p = i;
  const bool joined = Find(i, limit, PeriodKind::kEventOn, &p) != nullptr;
  Anchor a;
  if (!ReadMonthFirst(p, limit, &a) && !ReadDigitsFirst(p, limit, false, &a)) {
    return i;
  }
  const bool fits = a.base == Anchor::Base::kDate ||
                    (joined && (a.base == Anchor::Base::kMonth ||
                                a.base == Anchor::Base::kYear));
  return fits ? a.end : i;
}

bool ExpressionReader::ReadBase(size_t i, size_t limit, bool bare_day,
                                Anchor* out) const {
  if (i >= limit) return false;
  bool found = false;
  Anchor a;
  const auto keep = [&](const Anchor& candidate) {
    if (!found || candidate.end > out->end) *out = candidate;
    found = true;
  };
  size_t end = 0;
  if (const PeriodEntry* e = Find(i, limit, PeriodKind::kRelDay, &end)) {
    a = Anchor();
    a.base = Anchor::Base::kRelDay;
    a.from_day = e->first;
    a.to_day = e->second;
    a.begin = i;
    a.end = end;
    keep(a);
  }
  if (const PeriodEntry* e = Find(i, limit, PeriodKind::kEvent, &end)) {
    a = Anchor();
    a.base = Anchor::Base::kEvent;
    a.event = e->date;
    a.begin = i;
    a.end = ReadEventDate(end, limit);
    keep(a);
  }
  if (ReadRelative(i, limit, &a)) keep(a);
  if (const PeriodEntry* e = Find(i, limit, PeriodKind::kPart, &end)) {
    a = Anchor();
    a.base = Anchor::Base::kPart;
    a.first_month = e->first;
    a.last_month = e->second;
    a.begin = i;
    a.end = ReadYearRef(end, limit, true, &a);
    keep(a);
  }
  if (ReadMonthFirst(i, limit, &a)) keep(a);
  if (ReadDigitsFirst(i, limit, bare_day, &a)) keep(a);
  return found;
}

bool ExpressionReader::ReadAnchor(size_t i, size_t limit, bool bare_day,
                                  Anchor* out) const {
  size_t p = 0;
  Edge edge = Edge::kNone;
  if (Find(i, limit, PeriodKind::kStart, &p) != nullptr) {
    edge = Edge::kStart;
  } else if (Find(i, limit, PeriodKind::kEnd, &p) != nullptr) {
    edge = Edge::kEnd;
  }
  if (edge == Edge::kNone) return ReadBase(i, limit, bare_day, out);
  // "the start of the year": a unit alone is the one holding the
  // publication date.
  size_t unit_end = 0;
  const PeriodEntry* unit = Find(p, limit, PeriodKind::kUnit, &unit_end);
  if (ReadBase(p, limit, false, out)) {
    if (out->base == Anchor::Base::kEvent && edge == Edge::kEnd) return false;
  } else if (unit != nullptr && IsCalendarUnit(unit->unit)) {
    *out = Anchor();
    out->base = Anchor::Base::kRelative;
    out->unit = unit->unit;
    out->shift = 0;
    out->end = unit_end;
  } else {
    return false;
  }
  out->edge = edge;
  out->begin = i;
  return true;
}

size_t ExpressionReader::ReadCount(size_t i, size_t limit, double* count) const {
  if (i >= limit) return i;
  const extract::NumberLexicon* numbers = lexicon_.numbers();
  if (numbers != nullptr) {
    extract::ParseContext ctx;
    ctx.text = text_;
    ctx.tokens = &tokens_;
    ctx.lexicon = numbers;
    ctx.langs = numbers->MaskFor(lang_);
    const extract::NumberResult r = extract::ParseNumber(ctx, i, false);
    if (r.outcome != extract::NumberOutcome::kNumber) return i;
    const double v = r.number.value;
    if (r.number.end > limit || r.number.end <= i || !(v > 0) ||
        v > kMaxCount || r.number.year_like) {
      return i;
    }
    *count = v;
    return r.number.end;
  }
  const int v = DigitsAt(i, limit, 4);
  if (v < 1 || NumberGoesOn(tokens_, i) ||
      (v >= kFirstTextYear && v <= kLastTextYear)) {
    return i;
  }
  *count = v;
  return i + 1;
}

bool ExpressionReader::ReadSpan(size_t i, size_t limit, Span* out,
                                size_t* end) const {
  double count = 0;
  const size_t p = ReadCount(i, limit, &count);
  const bool counted = p > i;
  size_t unit_end = 0, units_end = 0;
  const PeriodEntry* unit = Find(p, limit, PeriodKind::kUnit, &unit_end);
  const PeriodEntry* units =
      counted ? Find(p, limit, PeriodKind::kUnits, &units_end) : nullptr;
  if (units != nullptr && (unit == nullptr || units_end > unit_end)) {
    unit = units;
    unit_end = units_end;
  }
  if (unit == nullptr) return false;
  out->unit = unit->unit;
  out->count = counted ? count : 1;
  *end = unit_end;
  return true;
}

bool ExpressionReader::ReadFrame(const PeriodEntry& frame, size_t i,
                                 size_t limit, Expression* out) const {
  *out = Expression();
  out->meaning = frame.meaning;
  const bool range = frame.meaning == FrameMeaning::kRange;
  size_t pos = i;
  int anchors = 0;
  for (const std::string& key : frame.keys) {
    if (key == "@") {
      Anchor a;
      if (!ReadAnchor(pos, limit, range, &a)) return false;
      const bool fits = a.base == Anchor::Base::kBareDay
                            ? range
                            : (a.Class() & frame.accepts) != 0;
      if (!fits) return false;
      (anchors++ == 0 ? out->first : out->second) = a;
      pos = a.end;
    } else if (key == "#") {
      if (!ReadSpan(pos, limit, &out->span, &pos)) return false;
    } else {
      if (pos >= limit || tokens_.Key(pos) != key) return false;
      ++pos;
    }
  }
  if (range && out->first.base == Anchor::Base::kBareDay &&
      out->second.base == Anchor::Base::kBareDay) {
    return false;  // "from 5 to 10": no month, so no dates
  }
  out->begin = i;
  out->end = pos;
  return true;
}

bool ExpressionReader::ReadAt(size_t i, size_t limit, Expression* out) const {
  limit = std::min(limit, tokens_.size());
  if (i >= limit) return false;
  bool found = false;
  Expression e;
  for (const PeriodEntry* frame : lexicon_.StartingWith(tokens_.Key(i))) {
    if (frame->kind != PeriodKind::kFrame || (frame->langs & langs_) == 0) {
      continue;
    }
    if (ReadFrame(*frame, i, limit, &e) && (!found || e.end > out->end)) {
      *out = e;
      found = true;
    }
  }
  if (found) return true;
  // Only what places itself needs no frame: "last week", "yesterday".
  Anchor a;
  if (ReadAnchor(i, limit, false, &a) && a.edge == Edge::kNone &&
      (a.base == Anchor::Base::kRelative || a.base == Anchor::Base::kRelDay)) {
    *out = Expression();
    out->meaning = FrameMeaning::kIn;
    out->first = a;
    out->begin = a.begin;
    out->end = a.end;
    return true;
  }
  return false;
}

size_t ExpressionReader::ClauseAt(size_t i) const {
  size_t end = 0;
  return Find(i, tokens_.size(), PeriodKind::kClause, &end) != nullptr ? end : 0;
}

}  // namespace tally::resolve
