// NameBook: the given names the codebook lists (codebook/names.tsv), in
// Latin and Cyrillic script, with the case endings that Russian and
// Ukrainian add to them. It tells a person's first name from other
// capitalised words: "Olga said" is a person named by first name only (so
// a private individual), "Arkady Sorin" a full name.
//
//   Result<NameBook> names = NameBook::Load(codebook + "/names.tsv");
//   std::string lemma;
//   if (names->Given(tokens.Key(i), &lemma, &alone)) ...   // "kirilla" -> "kirill"
//   if (names->Common(tokens.Key(i))) ...   // "lyudi": people, not Lyuda
//
// Immutable after loading; thread-safe for concurrent lookups.
#ifndef TALLY_SRC_EXTRACT_NAME_BOOK_H_
#define TALLY_SRC_EXTRACT_NAME_BOOK_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/extract/key_hash.h"
#include "tally/status.h"

namespace tally::extract {

class NameBook {
 public:
  // Fails with kNotFound for a missing file, kCorruption naming
  // "file:line: what is wrong".
  static Result<NameBook> Load(const std::string& path);
  Status AddFile(std::string_view content, std::string_view name);

  // True when the case-folded word `key` is a given name in some case form
  // ("kirilla", "yelena's"). Sets `*lemma` to the name's folded nominative
  // and `*alone` to whether the name, standing alone, marks a person named
  // by first name only (Slavic names; not English ones such as "Will").
  bool Given(std::string_view key, std::string* lemma, bool* alone) const;

  // True when the case-folded word `key` is also a common word of its
  // language ("lyudi" people, "koly" when, "slava" glory, "vira" faith):
  // standing alone it is a name only with more evidence than a capital.
  bool Common(std::string_view key) const;

  // The dictionary (nominative) form of a person's full name that a
  // sentence puts in another case: "Leonida Tymchenka" -> "Leonid
  // Tymchenko", "Sergeya Kuzhugetovicha Shoigu" -> "Sergei Kuzhugetovich
  // Shoigu". The given name's case form decides: a nominative given name
  // leaves the name as written; the other words lose the case endings that
  // the codebook's male_ending or female_ending lines list.
  std::string Nominative(std::string_view full_name) const;

  size_t size() const { return names_.size(); }

 private:
  struct Entry {
    std::string lemma;
    bool alone = true;
  };
  // Folded form or stem -> entry. Stems are the nominative less its final
  // vowel, soft sign or short i, for matching with an ending.
  std::unordered_map<std::string, Entry, KeyHash, std::equal_to<>> names_;
  std::unordered_map<std::string, Entry, KeyHash, std::equal_to<>> stems_;
  std::vector<std::string> endings_;  // folded, longest first
  std::unordered_map<std::string, bool, KeyHash, std::equal_to<>> common_;
  // Case endings of surnames and patronymics and their nominative, longest
  // first ("enka" -> "enko"); given names in -a or -ya that are men's.
  std::vector<std::pair<std::string, std::string>> male_endings_, female_endings_;
  std::unordered_map<std::string, bool, KeyHash, std::equal_to<>> male_in_a_;
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_NAME_BOOK_H_
