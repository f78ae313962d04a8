// The period lexicon: what codebook/periods/<lang>.tsv says about the
// words that place a figure in time -- month names, year words ("goda"),
// parts of a year ("first half of"), units ("weeks", "sutki"), "this" and
// "last", days said as words ("yesterday"), "the start of" / "the end of",
// named events with their dates ("the full-scale invasion" 2022-02-24),
// the framings that make a period of them ("since @", "between @ and @",
// "over the past #") and the phrases that start a new clause. Format:
// doc/codebook.md, "periods/<lang>.tsv".
//
//   Result<PeriodLexicon> lex = PeriodLexicon::LoadDir(codebook + "/periods",
//                                                      numbers);
//   if (!lex.ok()) return lex.status();
//   extract::LangMask en = lex->MaskFor("en");
//   const PeriodEntry* month = lex->Longest(tokens, i, limit,
//                                           PeriodKind::kMonth, en, &end);
//
// Phrases are stored as token keys (src/extract/tokenizer.h) in a hash map
// from their first key, longest first. A loaded lexicon is immutable and
// safe to share between threads.
#ifndef TALLY_SRC_RESOLVE_PERIOD_LEXICON_H_
#define TALLY_SRC_RESOLVE_PERIOD_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>

#include "src/extract/key_hash.h"
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/extract/number_lexicon.h"
#include "src/extract/tokenizer.h"
#include "src/resolve/calendar.h"
#include "tally/status.h"

namespace tally::resolve {

// The kinds of line, by their name in the files.
enum class PeriodKind : uint8_t {
  kMonth,      // month      PHRASE NUMBER         October, oktyabrya -> 10
  kYearWord,   // year_word  PHRASE                goda, roku, -go (after digits)
  kDaySuffix,  // day_suffix PHRASE                th, -go (glued to a day)
  kDateJoin,   // date_join  PHRASE                of (24th of February)
  kPart,       // part       PHRASE FIRST LAST     first half of -> months 1..6
  kUnit,       // unit       PHRASE LENGTH         week 1w, polgoda 6m
  kUnits,      // units      PHRASE LENGTH         weeks 1w (only after a count)
  kThis,       // this       PHRASE                this, etom, tsogo
  kPrevious,   // previous   PHRASE                last, proshlom, mynuloho
  kRelDay,     // relday     PHRASE FROM TO        yesterday -1 0 (days)
  kStart,      // start      PHRASE                the start of, nachala
  kEnd,        // end        PHRASE                the end of, kontsu
  kEvent,      // event      PHRASE DATE           the invasion 2022-02-24
  kEventOn,    // event_on   PHRASE                on (the war began on Feb 24)
  kFrame,      // frame      TEMPLATE MEANING [ACCEPTS]   since @ -> since
  kClause,     // clause     PHRASE                ;  , but  , a
};

// What a frame makes of its time expressions (see doc/codebook.md).
enum class FrameMeaning : uint8_t {
  kSince,  // from the anchor's first day to the publication date
  kIn,     // the anchor's days
  kAsOf,   // up to the anchor's last day; from unknown
  kRange,  // from the first anchor's first day to the second's last
  kSpan,   // the span's length back from the publication date
};

// Bits of PeriodEntry::accepts: the kinds of anchor a frame's "@" takes.
enum AnchorClass : uint8_t {
  kAnchorDate = 1 << 0,      // a day: "February 24", "24.02.2022", "yesterday"
  kAnchorMonth = 1 << 1,     // "October", "oktyabre 2023 goda"
  kAnchorYear = 1 << 2,      // "2023", "2023 godu"
  kAnchorPart = 1 << 3,      // "the first half of 2023"
  kAnchorRelative = 1 << 4,  // "last week", "etom godu"
  kAnchorEvent = 1 << 5,     // "the full-scale invasion"
  kAnchorEdge = 1 << 6,      // "the end of 2023", "nachala goda"
  kAnchorAll = 0x7F,
};

// A length of time: `count` days, weeks, months, years or hours.
struct TimeUnit {
  enum class Base : uint8_t { kDay, kWeek, kMonth, kYear, kHour };
  Base base = Base::kDay;
  int count = 1;
};

struct PeriodEntry {
  PeriodKind kind = PeriodKind::kMonth;
  extract::LangMask langs = 0;
  std::vector<std::string> keys;  // token keys; "@", "#" are frame slots
  int first = 0;   // kMonth: the month; kPart: first month; kRelDay: from
  int second = 0;  // kPart: last month; kRelDay: to
  TimeUnit unit;   // kUnit, kUnits
  Day date;        // kEvent
  FrameMeaning meaning = FrameMeaning::kIn;  // kFrame
  uint8_t accepts = kAnchorAll;              // kFrame
};

class PeriodLexicon {
 public:
  // `numbers` (may be null) reads spelled-out counts ("the past two
  // years"); without it only digits count. Shared, so a copy of the
  // lexicon keeps it alive.
  explicit PeriodLexicon(
      std::shared_ptr<const extract::NumberLexicon> numbers = nullptr)
      : numbers_(std::move(numbers)) {}
  PeriodLexicon(PeriodLexicon&&) = default;
  PeriodLexicon& operator=(PeriodLexicon&&) = default;

  // Loads every "<lang>.tsv" in `dir` (codebook/periods), in name order.
  // Fails with kNotFound when `dir` holds none, kIOError when one cannot be
  // read, kCorruption naming "file:line: what is wrong" for a bad line.
  static Result<PeriodLexicon> LoadDir(
      const std::string& dir,
      std::shared_ptr<const extract::NumberLexicon> numbers = nullptr);

  // Adds the lines of `content` (one file's text) for language `lang`;
  // `name` is used in error messages. Fails as LoadDir does, and with
  // kResourceExhausted beyond 32 languages.
  Status AddFile(std::string_view lang, std::string_view content,
                 std::string_view name);

  // The mask of `lang`; extract::kAllLangs when `lang` is empty or not
  // loaded.
  extract::LangMask MaskFor(std::string_view lang) const;

  // The longest phrase of `kind` in `langs` that starts at token `i` and
  // ends at or before token `limit`; sets `*end` to the token after it.
  // nullptr when there is none.
  const PeriodEntry* Longest(const extract::TokenList& tokens, size_t i,
                             size_t limit, PeriodKind kind,
                             extract::LangMask langs, size_t* end) const;

  // Every entry (any kind) whose first key is `key`, longest first.
  const std::vector<const PeriodEntry*>& StartingWith(
      std::string_view key) const;

  // The number lexicon given at construction; may be null.
  const extract::NumberLexicon* numbers() const { return numbers_.get(); }

  size_t size() const { return entries_.size(); }

 private:
  using Index = std::unordered_map<std::string, std::vector<const PeriodEntry*>,
                                   extract::KeyHash, std::equal_to<>>;

  std::vector<std::unique_ptr<PeriodEntry>> entries_;
  Index by_first_;
  std::vector<std::string> langs_;
  std::shared_ptr<const extract::NumberLexicon> numbers_;
};

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_PERIOD_LEXICON_H_
