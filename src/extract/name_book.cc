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
        if (f[0] == "common") {
          for (std::string_view w : codebook::SplitList(f[1], '|')) {
            common_.emplace(text::FoldCase(w), true);
          }
          return Status::Ok();
        }
        if (f[0] != "given" && f[0] != "first") {
          return codebook::LineError(name, line,
                                     "unknown kind '" + std::string(f[0]) +
                                         "' (given, first, common or endings)");
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

}  // namespace tally::extract

namespace tally::extract {

bool NameBook::Common(std::string_view key) const {
  return common_.find(StripPossessive(key)) != common_.end();
}

}  // namespace tally::extract
