// The number lexicon: what the codebook's codebook/numbers/<lang>.tsv files
// say about figures in each language -- number words and their values,
// scale words and abbreviations, qualifiers ("more than", "bolee"), range
// patterns ("from # to #"), vague counts ("dozens"), zero words, percent
// words, and the context words that mark dates. Format: doc/codebook.md.
//
//   Result<NumberLexicon> lex = NumberLexicon::LoadDir(codebook + "/numbers");
//   if (!lex.ok()) return lex.status();
//   LangMask ru = lex->MaskFor("ru");
//   Match m = lex->Longest(tokens, text, i, EntryKind::kQualifier, ru);
//
// Phrases are stored as token keys (see tokenizer.h) in a hash map from
// their first key, longest first, so a lookup costs one hash probe plus a
// few key comparisons. A loaded lexicon is immutable and thread-safe.
#ifndef TALLY_SRC_EXTRACT_NUMBER_LEXICON_H_
#define TALLY_SRC_EXTRACT_NUMBER_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>

#include "src/extract/flat_index.h"
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/extract/tokenizer.h"
#include "tally/quantity.h"
#include "tally/status.h"

namespace tally::extract {

// One bit per language, in load order. kAllLangs matches every language.
using LangMask = uint32_t;
inline constexpr LangMask kAllLangs = 0xFFFFFFFFu;

// The codebook's kinds, by their name in the files.
enum class EntryKind : uint8_t {
  kNumber,         // number   PHRASE VALUE      seven, semi, poltora
  kScale,          // scale    PHRASE VALUE      hundred, thousand, tysyach
  kSuffix,         // suffix   PHRASE VALUE      k, bn, tys. (after digits;
                   //                            case-sensitive)
  kArticle,        // article  PHRASE            a (1, before a scale word)
  kMinus,          // minus    PHRASE            minus, negative
  kPoint,          // point    PHRASE            point (decimal point)
  kJoin,           // join     PHRASE            and (one hundred and six)
  kQualifier,      // qualifier PHRASE QUALIFIER more than -> more_than
  kPostfix,        // postfix  PHRASE EFFECT     or more -> at_least
  kBoundJoin,      // bound_join PHRASE          and (above 10 and below 20)
  kRange,          // range    TEMPLATE          from # to #
  kVague,          // vague    PHRASE LO HI      dozens 24 99
  kZero,           // zero     PHRASE            no one, nikto
  kPercent,        // percent  PHRASE            %, percent, protsentov
  kPercentPrefix,  // percent_prefix PHRASE      percent of
  kMonth,          // month    PHRASE            February, fevralya
  kYearBefore,     // year_before PHRASE         in (in 2009)
  kYearAfter,      // year_after PHRASE          goda (2022 goda)
  kOrdinalSuffix,  // ordinal_suffix PHRASE      y (136-y)
  kLabel,          // label    PHRASE            No. (the number after is a name)
  kSkip,           // skip     PHRASE            that one (never a figure)
  kShare,          // share    PHRASE PERCENT    half 50, treti 33.33 (a share
                   //                            by itself: "more than half")
  kFraction,       // fraction PHRASE DENOMINATOR thirds 3 (after a
                   //                            numerator: "two thirds")
  kShareLink,      // share_link PHRASE          of ("a third of"): an
                   //                            article-led share needs one
  kEvery,          // every    PHRASE            every, kazhdyi ("every fifth")
  kOrdinal,        // ordinal  PHRASE N          fifth 5 (after `every`)
  kRatio,          // ratio    TEMPLATE          # in # ("one in five": 20 %)
  kMeasure,        // measure  PHRASE            days, km: a number before it
                   //                            measures, so "5 in 10 days"
                   //                            is no ratio
  kNegation,       // negation PHRASE            not, ne: "does not exceed X"
                   //                            is at most X
  kAndFraction,    // and_fraction PHRASE VALUE  and a half 0.5 ("one and a
                   //                            half thousand")
};

// What a postfix does to the figure before it.
enum class PostfixEffect : uint8_t {
  kOrEqual,    // "or equal": less_than -> at_most, more_than -> at_least
  kQualifier,  // sets `qualifier` ("or more" -> at_least)
};

struct LexEntry {
  EntryKind kind = EntryKind::kNumber;
  LangMask langs = 0;
  std::vector<std::string> keys;  // token keys; "#" is a slot in templates
  std::vector<std::string> raw;   // the tokens as written (kSuffix)
  double value = 0;               // kNumber, kScale, kSuffix, kShare,
                                  // kFraction, kOrdinal, kAndFraction;
                                  // kVague: lo
  double value2 = 0;              // kVague: hi
  Qualifier qualifier = Qualifier::kExact;  // kQualifier, kPostfix
  PostfixEffect effect = PostfixEffect::kQualifier;
};

struct Match {
  const LexEntry* entry = nullptr;  // nullptr: no match
  size_t end = 0;                   // token index after the phrase
  explicit operator bool() const { return entry != nullptr; }
};

class NumberLexicon {
 public:
  NumberLexicon() = default;
  NumberLexicon(NumberLexicon&&) = default;
  NumberLexicon& operator=(NumberLexicon&&) = default;

  // Loads every "<lang>.tsv" in `dir`, in name order. Fails with kNotFound
  // when `dir` holds none, kIOError when one cannot be read, kCorruption
  // naming "file:line: what is wrong" for a bad line.
  static Result<NumberLexicon> LoadDir(const std::string& dir);

  // Adds the entries in `content` (one file's text) for language `lang`;
  // `name` is used in error messages. Fails as LoadDir does, and with
  // kResourceExhausted beyond 32 languages.
  Status AddFile(std::string_view lang, std::string_view content,
                 std::string_view name);

  // The mask of `lang` ("en", "ru", ...); kAllLangs when `lang` is empty or
  // not loaded.
  LangMask MaskFor(std::string_view lang) const;

  // The longest phrase of `kind` (and a language in `langs`) that starts at
  // token `i`. kSuffix phrases compare the text as written, all others the
  // keys.
  Match Longest(const TokenList& tokens, std::string_view text, size_t i,
                EntryKind kind, LangMask langs) const;

  // The same among `entries`, the phrases that start at token `i` (for
  // callers that keep StartingWith's answer for a token).
  static Match LongestOf(const std::vector<const LexEntry*>& entries, const TokenList& tokens,
                         std::string_view text, size_t i, EntryKind kind, LangMask langs);

  // True when a phrase that can begin a figure (a number or scale word, a
  // qualifier, a range's first word, a share, a zero or vague word, a label
  // or skip phrase) starts with `key`: a cheap test that lets the caller
  // pass over ordinary words, and over words that only matter beside a
  // figure ("days", "ne", "of").
  bool Starts(std::string_view key) const;

  // The phrases (any kind) whose first key is `key`, longest first.
  const std::vector<const LexEntry*>& StartingWith(std::string_view key) const;

  // True when `entry` matches the tokens from `i` on; sets `*end`.
  static bool Matches(const LexEntry& entry, const TokenList& tokens,
                      std::string_view text, size_t i, size_t* end);

  size_t size() const { return entries_.size(); }

 private:
  using Index = FlatIndex<std::vector<const LexEntry*>>;

  std::vector<std::unique_ptr<LexEntry>> entries_;
  Index by_first_;
  FlatIndex<uint8_t> starters_;  // first keys of phrases that begin a figure
  std::vector<std::string> langs_;
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_NUMBER_LEXICON_H_
