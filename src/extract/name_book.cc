#include "src/extract/name_book.h"

#include <algorithm>

#include "src/codebook/tsv.h"
#include "src/text/normalize.h"

namespace tally::extract {
namespace {

// The last code point of a UTF-8 string, as its byte length.
size_t LastCharBytes(std::string_view s) {
  size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[s.size() - n]) & 0xC0) == 0x80) ++n;
  return n;
}

// The first code point of a UTF-8 string, as its byte length.
size_t FirstCharBytes(std::string_view s) {
  size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return n;
}

// Endings that a stem drops before a case ending is added: a, ya, i short,
// soft sign, o (Latin transliterations keep theirs).
bool DropsFinal(std::string_view last) {
  static const std::vector<std::string_view> kFinals = {
      "\xD0\xB0", "\xD1\x8F", "\xD0\xB9", "\xD1\x8C", "\xD0\xBE"};  // a ya i ' o
  return std::find(kFinals.begin(), kFinals.end(), last) != kFinals.end();
}

std::string_view StripPossessive(std::string_view key) {
  if (key.size() > 2 && key.substr(key.size() - 2) == "'s") key.remove_suffix(2);
  return key;
}

}  // namespace

Result<NameBook> NameBook::Load(const std::string& path) {
  Result<std::string> content = codebook::ReadCodebookFile(path);
  if (!content.ok()) return content.status();
  NameBook book;
  Status s = book.AddFile(*content, path);
  if (!s.ok()) return s;
  return book;
}

Status NameBook::AddFile(std::string_view content, std::string_view name) {
  return codebook::ForEachRecord(
      content, name, [&](size_t line, const std::vector<std::string_view>& f) {
        if (f.size() != 2) {
          return codebook::LineError(name, line,
                                     "a line is KIND<TAB>NAME|NAME..., with 2 fields");
        }
        if (f[0] == "endings") {
          for (std::string_view e : codebook::SplitList(f[1], '|')) {
            endings_.push_back(text::FoldCase(e));
          }
          std::sort(endings_.begin(), endings_.end(),
                    [](const std::string& a, const std::string& b) {
                      return a.size() > b.size();
                    });
          return Status::Ok();
        }
        if (f[0] == "male_ending" || f[0] == "female_ending") {
          auto& list = f[0] == "male_ending" ? male_endings_ : female_endings_;
          for (std::string_view rule : codebook::SplitList(f[1], '|')) {
            const size_t arrow = rule.find('>');
            if (arrow == std::string_view::npos || arrow == 0) {
              return codebook::LineError(name, line, "an ending is FROM>TO, not '" +
                                                         std::string(rule) + "'");
            }
            list.emplace_back(text::FoldCase(rule.substr(0, arrow)),
                              text::FoldCase(rule.substr(arrow + 1)));
          }
          std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return a.first.size() > b.first.size();
          });
          return Status::Ok();
        }
        if (f[0] == "male") {
          for (std::string_view w : codebook::SplitList(f[1], '|')) {
            male_in_a_.emplace(text::FoldCase(w), true);
          }
          return Status::Ok();
        }
        if (f[0] == "common") {
          for (std::string_view w : codebook::SplitList(f[1], '|')) {
            common_.emplace(text::FoldCase(w), true);
          }
          return Status::Ok();
        }
        if (f[0] != "given" && f[0] != "first") {
          return codebook::LineError(name, line,
                                     "unknown kind '" + std::string(f[0]) +
                                         "' (given, first, common, male, endings,"
                                         " male_ending or female_ending)");
        }
        const bool alone = f[0] == "given";
        for (std::string_view n : codebook::SplitList(f[1], '|')) {
          const std::string folded = text::FoldCase(n);
          Entry e{folded, alone};
          names_.emplace(folded, e);
          const size_t last = LastCharBytes(folded);
          const std::string stem = DropsFinal(std::string_view(folded).substr(folded.size() - last))
                                       ? folded.substr(0, folded.size() - last)
                                       : folded;
          if (stem.size() >= 4) stems_.emplace(stem, e);
        }
        return Status::Ok();
      });
}

bool NameBook::Given(std::string_view key, std::string* lemma, bool* alone) const {
  key = StripPossessive(key);
  if (auto it = names_.find(key); it != names_.end()) {
    *lemma = it->second.lemma;
    *alone = it->second.alone;
    return true;
  }
  for (const std::string& ending : endings_) {
    if (key.size() <= ending.size() ||
        key.compare(key.size() - ending.size(), ending.size(), ending) != 0) {
      continue;
    }
    auto it = stems_.find(key.substr(0, key.size() - ending.size()));
    if (it != stems_.end()) {
      *lemma = it->second.lemma;
      *alone = it->second.alone;
      return true;
    }
  }
  return false;
}


bool NameBook::Common(std::string_view key) const {
  return common_.find(StripPossessive(key)) != common_.end();
}


std::string NameBook::Nominative(std::string_view full_name) const {
  const std::vector<std::string_view> words = codebook::SplitList(full_name, ' ');
  if (words.size() < 2) return std::string(full_name);
  std::string lemma;
  bool alone = false;
  const std::string first = text::FoldCase(words[0]);
  if (!Given(first, &lemma, &alone) || lemma == first) return std::string(full_name);
  // A woman's given name ends in a or ya, but for a few men's.
  const std::string_view last = std::string_view(lemma).substr(lemma.size() - LastCharBytes(lemma));
  const bool female = (last == "\xD0\xB0" || last == "\xD1\x8F") && !male_in_a_.count(lemma);
  const auto& endings = female ? female_endings_ : male_endings_;
  // The given name's nominative keeps the capital the text gave it.
  std::string out =
      std::string(words[0].substr(0, FirstCharBytes(words[0]))) + lemma.substr(FirstCharBytes(lemma));
  for (size_t i = 1; i < words.size(); ++i) {
    std::string word(words[i]);
    const std::string folded = text::FoldCase(word);
    for (const auto& [from, to] : endings) {
      if (folded.size() > from.size() + 2 &&
          folded.compare(folded.size() - from.size(), from.size(), from) == 0) {
        // Endings are lower case: the word keeps its own first letters.
        word = word.substr(0, word.size() - from.size()) + to;
        break;
      }
    }
    out += ' ';
    out += word;
  }
  return out;
}

}  // namespace tally::extract
