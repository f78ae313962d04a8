// The gazetteer matcher: finds the places of codebook/places.tsv (Russian
// federal subjects, Ukrainian regions, cities) in a text and tags each with
// its ISO 3166-2 region. Format of the file: doc/codebook.md.
//
//   Result<Gazetteer> gaz = Gazetteer::Load(codebook + "/places.tsv");
//   if (!gaz.ok()) return gaz.status();
//   for (const PlaceMention& m : gaz->Find(u8"... in the Kursk region ...")) {
//     // m.code == "RU-KRS", m.region == "RU-KRS"; "Belgorod" gives
//     // m.code == "city:belgorod", m.region == "RU-BEL".
//   }
//
// Matching is token by token (the tokenizer of src/extract/tokenizer.h), so
// only whole words match: "Kursk" is found in "Kursk-based" but not in
// "Kurskaya". Forms are case-sensitive as written, so "Oryol" (the city, in
// Cyrillic) is not "oryol" (an eagle) and "Mirny" not "mirny" (peaceful), with
// two exceptions where the case says nothing:
//   - ALL CAPS: every word of the text is in capitals ("KURSK REGION",
//     "KURSKOY OBLASTI" in Cyrillic) and matches the form ignoring case;
//   - a sentence start: a form written with a small first letter ("gorod
//     Ufa" in Cyrillic, "city of Ufa") matches with a capital at a sentence
//     start.
// Either is taken only when it is unambiguous: no form of another place
// reads the same ignoring case.
//
// The longest form wins ("Belgorod-Dnestrovsky" over "Belgorod"), mentions
// are left to right and never overlap. A form is not taken as the head or
// tail of a hyphenated proper name ("Belgorod" in a case form of
// "Belgorod-Dnestrovsky" that the file does not list): a capitalised word
// glued to it by a hyphen blocks the match, unless that word is a place too
// ("Kharkiv-Belgorod"); a small one ("Donetsk-based") does not.
//
// Forms are indexed by the case-folded key of their first token, so a
// lookup is one hash probe per token and Find is linear in the text. A
// loaded Gazetteer is immutable; Find is thread-safe.
#ifndef TALLY_SRC_RESOLVE_GAZETTEER_H_
#define TALLY_SRC_RESOLVE_GAZETTEER_H_

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

struct PlaceMention {
  size_t begin = 0, end = 0;  // byte span in the text
  std::string code;    // as in the file: "RU-KRS", "UA-14", "city:belgorod"
  std::string region;  // ISO 3166-2 region: the code, or a city's parent
};

class Gazetteer {
 public:
  Gazetteer() = default;
  Gazetteer(const Gazetteer&) = default;
  Gazetteer& operator=(const Gazetteer&) = default;
  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;

  // Reads the places file at `path`. Fails with kNotFound or kIOError when
  // it cannot be read, kCorruption "path:line: what is wrong" for a bad
  // line.
  static Result<Gazetteer> Load(const std::string& path);

  // Adds the places of one file's text; `name` is used in error messages.
  // Fails with kCorruption "name:line: ..." for a line without five
  // tab-separated fields, an unknown kind, a region with a parent or a city
  // without one, an empty form, a form of more than 16 tokens, a form
  // already listed under another code, or text that is not UTF-8. Nothing
  // of a file that fails is kept.
  Status AddFile(std::string_view content, std::string_view name);

  // The places named in `utf8_text`, left to right, without overlaps.
  // Never fails: invalid UTF-8 bytes simply match nothing.
  std::vector<PlaceMention> Find(std::string_view utf8_text) const;

  // The number of distinct forms loaded.
  size_t size() const { return forms_.size(); }

 private:
  struct Place {
    std::string code;
    std::string region;
  };
  struct Form {
    uint32_t place = 0;             // index into places_
    std::vector<std::string> raw;   // the tokens as written
    std::vector<std::string> keys;  // their case-folded keys
    std::vector<uint8_t> glued;     // no space before token k (k > 0)
    bool case_ambiguous = false;    // another place has the same keys
  };
  template <typename V>
  using KeyMap = std::unordered_map<std::string, V, extract::KeyHash, std::equal_to<>>;

  Status AddRecord(size_t line, const std::vector<std::string_view>& fields,
                   std::string_view name);
  void FindInPiece(std::string_view text, size_t offset,
                   const extract::TokenList& tokens,
                   std::vector<PlaceMention>* out) const;
  bool Matches(const Form& form, std::string_view text,
               const extract::TokenList& tokens, size_t i,
               bool sentence_start) const;
  // True when some form matches at token i as written.
  bool StartsPlace(std::string_view text, const extract::TokenList& tokens,
                   size_t i) const;

  std::vector<Place> places_;
  KeyMap<uint32_t> place_index_;  // code -> index into places_
  std::vector<Form> forms_;
  KeyMap<std::vector<uint32_t>> by_first_;  // first key -> forms, longest first
  KeyMap<uint32_t> by_keys_;                // all keys -> first form
  KeyMap<uint32_t> by_raw_;                 // raw tokens -> form
};

}  // namespace tally::resolve

#endif  // TALLY_SRC_RESOLVE_GAZETTEER_H_
