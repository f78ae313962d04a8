// Military units named in a text: numbered formations ("136th Guards Motor
// Rifle Brigade", Russian "v 136-y gvardeyskoy motostrelkovoy brigade",
// Ukrainian "93-tya okrema mekhanizovana bryhada"), formations known by
// name ("Azov", "Wagner Group") and numbered unit designations ("v/ch
// 21005", "viyskova chastyna A4321", "Military Unit No. 21005"; the Russian
// and Ukrainian ones in Cyrillic, of course). What each language writes
// lives in codebook/units/<lang>.tsv; format: doc/codebook.md.
//
//   Result<UnitFinder> units = UnitFinder::LoadDir(codebook + "/units");
//   if (!units.ok()) return units.status();
//   for (const UnitMention& m : units->Find(text, "ru")) {
//     // "v 136-y gvardeyskoy motostrelkovoy brigade" (in Cyrillic) gives
//     // the span of "136-y ... brigade" and the name
//     // "136-ya gvardeyskaya motostrelkovaya brigada".
//   }
//
// Names are normalised so that one unit reads the same in every text of a
// language: a formation becomes its nominative singular, the ordinal in
// digits with the ending the codebook gives for the type word's gender
// ("136-ya", "47-ma", "1443rd"), each word spelled as the codebook spells
// it; a designation becomes "military unit 21005" or "military unit A4321"
// (the prefix is an option; the letter as the codebook maps it, Cyrillic A
// to Latin A), the same in every language.
//
// Matching goes by token keys (case-folded; see src/extract/tokenizer.h),
// so "the 1443rd regiment" is found too; a name or spelled ordinal written
// with a capital in the codebook must have one in the text ("Wagner", not
// "wagner"; "First Tank Army", not "the first tank army"). Phrases are
// indexed by their first key: one hash probe per token and kind, at most
// Options::max_phrase_tokens tokens per mention, so Find is linear in the
// text. A loaded UnitFinder is immutable; Find is thread-safe.
#ifndef TALLY_SRC_RESOLVE_MILITARY_UNITS_H_
#define TALLY_SRC_RESOLVE_MILITARY_UNITS_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "src/extract/key_hash.h"
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/extract/tokenizer.h"
#include "tally/status.h"

namespace tally::resolve {

struct UnitMention {
  size_t begin = 0, end = 0;  // byte span in the text
  std::string name;           // normalised name
};

struct UnitOptions {
  // The most tokens one mention may span ("136", "-", "y", "otdelnoy",
  // ... count one each). Default 12.
  size_t max_phrase_tokens = 12;
  // How many digits a unit designation's number has. Defaults 4 and 6.
  size_t min_designation_digits = 4;
  size_t max_designation_digits = 6;
  // Written before a designation's letter and number. Default
  // "military unit ".
  std::string designation_prefix = "military unit ";
};

class UnitFinder {
 public:
  explicit UnitFinder(UnitOptions options = {})
      : options_(std::move(options)) {}

  // Loads every "<lang>.tsv" in `dir`, in name order. Fails with kNotFound
  // when there is none, kIOError when one cannot be read, kCorruption
  // "file:line: what is wrong" for a bad line.
  static Result<UnitFinder> LoadDir(const std::string& dir,
                                    const UnitOptions& options = {});

  // Adds one file's entries for language `lang`; `name` is used in error
  // messages. Fails as LoadDir does, and with kResourceExhausted beyond 32
  // languages. Nothing of a file that fails is kept.
  Status AddFile(std::string_view lang, std::string_view content,
                 std::string_view name);

  // The units named in `utf8_text`, left to right, without overlaps, read
  // with the entries of `lang` ("en", "ru", "uk"); with every language's
  // when `lang` is empty or not loaded. Never fails.
  std::vector<UnitMention> Find(std::string_view utf8_text,
                                std::string_view lang) const;

  // The number of phrases loaded (every form of every entry).
  size_t size() const { return phrases_.size(); }

 private:
  enum class Kind : uint8_t {
    kType,
    kAdjective,
    kComplement,
    kName,
    kNot,
    kDesignation,
    kLabel,
    kLetter,
    kOrdinalEnding,
    kOrdinal,
  };
  enum class Gender : uint8_t { kNone, kMasculine, kFeminine, kNeuter };

  // One entry of a file: what its phrases normalise to.
  struct Entry {
    Kind kind = Kind::kType;
    uint8_t lang = 0;
    size_t line = 0;
    std::vector<std::string> canon;  // one, or masculine/feminine/neuter
    Gender gender = Gender::kNone;   // kType
    int value = 0;                   // kOrdinal
  };
  // One way an entry is written, as tokens.
  struct Phrase {
    uint32_t entry = 0;
    std::vector<std::string> keys;
    std::vector<uint8_t> glued;  // no space before token k (k > 0)
    std::string raw_first;       // token 0 as written (kLetter)
    bool needs_capital = false;
  };
  // How an ordinal is written in the normalised name.
  struct OrdinalRule {
    uint8_t lang = 0;
    Gender gender = Gender::kNone;
    std::string digits;  // the number ends with these; "" for any
    std::string suffix;
  };
  struct Found {
    size_t end = 0;  // token after the mention; 0 for none
    std::string name;
    bool skip = false;  // a "not" phrase: never a unit
  };
  template <typename V>
  using KeyMap = std::unordered_map<std::string, V, extract::KeyHash, std::equal_to<>>;
  using LangMask = uint32_t;

  Status AddRecord(uint8_t lang, size_t line,
                   const std::vector<std::string_view>& f,
                   std::string_view name);
  Status AddPhrases(uint32_t entry, std::string_view forms, size_t line,
                    std::string_view name);
  void SortIndex();

  const Phrase* Longest(const extract::TokenList& tokens, std::string_view text,
                        size_t i, size_t limit, Kind kind,
                        LangMask langs) const;
  Found AtToken(const extract::TokenList& tokens, std::string_view text,
                size_t i, LangMask langs) const;
  Found Formation(const extract::TokenList& tokens, std::string_view text,
                  size_t i, size_t limit, uint8_t lang) const;
  Found Designation(const extract::TokenList& tokens, std::string_view text,
                    size_t i, size_t limit, uint8_t lang) const;
  std::string OrdinalText(uint8_t lang, Gender gender,
                          const std::string& digits) const;

  UnitOptions options_;
  std::vector<std::string> langs_;
  std::vector<Entry> entries_;
  std::vector<Phrase> phrases_;
  std::vector<OrdinalRule> ordinal_rules_;
  KeyMap<std::vector<uint32_t>>
      by_first_;                // first key -> phrases, longest first
  KeyMap<uint32_t> by_phrase_;  // kind, lang and keys -> entry (duplicates)
};

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_MILITARY_UNITS_H_
