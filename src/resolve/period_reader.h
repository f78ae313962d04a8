// Reading time expressions at a token: a frame from the codebook ("since
// @", "between @ and @", "over the past #") with its anchors (dates,
// months, years, parts of a year, "last week", events, "the start of
// ...") or span ("two years", "sutki"), or an anchor that stands alone
// ("last week", "yesterday"). The result is still as written: years may be
// missing and "last" is not yet a date; periods.cc places it in the
// calendar against the publication date.
//
//   ExpressionReader reader(lexicon, tokens, text, "en");
//   Expression e;
//   if (reader.ReadAt(i, tokens.size(), &e)) ...  // e.end: token after it
//
// Internal to src/resolve.
#ifndef TALLY_SRC_RESOLVE_PERIOD_READER_H_
#define TALLY_SRC_RESOLVE_PERIOD_READER_H_

#include <cstddef>
#include <string_view>

#include "src/extract/number_lexicon.h"
#include "src/extract/tokenizer.h"
#include "src/resolve/calendar.h"
#include "src/resolve/period_lexicon.h"

namespace tally::resolve {

// Years a text may name with four digits. Others are not read as years.
inline constexpr int kFirstTextYear = 1900;
inline constexpr int kLastTextYear = 2100;

// "the start of" / "the end of" in front of an anchor.
enum class Edge : uint8_t { kNone, kStart, kEnd };

// One anchor as written.
struct Anchor {
  enum class Base : uint8_t {
    kDate,      // a day of a month; `year` when said: "February 24", "24.02.2022"
    kMonth,     // a month; `year` when said: "October", "October 2023"
    kYear,      // "2023", "2023 goda"
    kPart,      // months first_month..last_month of a year: "Q1 2023"
    kRelative,  // the calendar unit holding the publication date, moved by
                // `shift` units: "last week" (-1), "this year" (0)
    kRelDay,    // days from_day..to_day from the publication date: "yesterday"
    kEvent,     // a named event that began on `event`: "the invasion"
    kBareDay,   // a day number alone, one end of a range: "March 1 to [15]"
  };
  Base base = Base::kDate;
  Edge edge = Edge::kNone;
  int year = 0;  // as written; 0 when not said
  // The year is said as "this year" / "last year": the publication year
  // plus year_shift.
  bool year_from_published = false;
  int year_shift = 0;
  int month = 0;  // kDate, kMonth
  int day = 0;    // kDate, kBareDay
  int first_month = 0, last_month = 0;  // kPart
  TimeUnit unit;                        // kRelative
  int shift = 0;                        // kRelative
  int from_day = 0, to_day = 0;         // kRelDay
  Day event;                            // kEvent
  size_t begin = 0, end = 0;            // tokens

  // True when the year must come from a reference date.
  bool NeedsYear() const {
    return (base == Base::kDate || base == Base::kMonth || base == Base::kPart) &&
           year == 0 && !year_from_published;
  }
  // Its AnchorClass bit (0 for a bare day).
  uint8_t Class() const;
};

// A length of time back from the publication date: `count` units.
struct Span {
  TimeUnit unit;
  double count = 1;
};

struct Expression {
  FrameMeaning meaning = FrameMeaning::kIn;
  Anchor first;   // every meaning but kSpan
  Anchor second;  // kRange
  Span span;      // kSpan
  size_t begin = 0, end = 0;  // tokens
};

// Reads expressions in one token list. Holds references to its arguments,
// which must outlive it. Cheap to build; one per call of FindPeriod.
class ExpressionReader {
 public:
  ExpressionReader(const PeriodLexicon& lexicon,
                   const extract::TokenList& tokens, std::string_view text,
                   std::string_view lang);

  // The longest expression that starts at token `i` and reads no token at
  // or after `limit`; false when none does. Frames win over a lone anchor,
  // and among frames of one length the one with more template words.
  bool ReadAt(size_t i, size_t limit, Expression* out) const;

  // The token after a clause phrase (";", ", but") that starts at `i`, or 0.
  size_t ClauseAt(size_t i) const;

 private:
  bool ReadFrame(const PeriodEntry& frame, size_t i, size_t limit,
                 Expression* out) const;
  bool ReadAnchor(size_t i, size_t limit, bool bare_day, Anchor* out) const;
  bool ReadBase(size_t i, size_t limit, bool bare_day, Anchor* out) const;
  bool ReadMonthFirst(size_t i, size_t limit, Anchor* out) const;
  bool ReadDigitsFirst(size_t i, size_t limit, bool bare_day, Anchor* out) const;
  bool ReadNumericDate(size_t i, size_t limit, Anchor* out) const;
  size_t ReadYearRef(size_t i, size_t limit, bool bare_unit, Anchor* out) const;
  size_t ReadYear(size_t i, size_t limit, int* year) const;
  size_t ReadDay(size_t i, size_t limit, int* day) const;
  bool ReadRelative(size_t i, size_t limit, Anchor* out) const;
  size_t ReadEventDate(size_t i, size_t limit) const;
  bool ReadSpan(size_t i, size_t limit, Span* out, size_t* end) const;
  size_t ReadCount(size_t i, size_t limit, double* count) const;

  const PeriodEntry* Find(size_t i, size_t limit, PeriodKind kind,
                          size_t* end) const {
    return lexicon_.Longest(tokens_, i, limit, kind, langs_, end);
  }
  // Digits at token `i` (before `limit`) as a number, or -1; at most
  // `max_digits` of them.
  int DigitsAt(size_t i, size_t limit, size_t max_digits) const;
  // True when token `i` is `key` and glued to the token before it.
  bool GluedIs(size_t i, size_t limit, std::string_view key) const;

  const PeriodLexicon& lexicon_;
  const extract::TokenList& tokens_;
  std::string_view text_;
  std::string_view lang_;
  extract::LangMask langs_;
};

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_PERIOD_READER_H_
