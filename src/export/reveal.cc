#include "src/export/reveal.h"

#include "src/text/utf8.h"

namespace tally::exporting {
namespace {

constexpr std::string_view kPrefix = "person-";
constexpr size_t kPseudonymChars = 19;  // "person-" + 12 hex digits


bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

}  // namespace

Status CheckRevealKey(store::Store* store, const resolve::Pseudonymizer& keys) {
  int64_t tried = 0;
  bool opened = false;
  Status s = store->ScanSealedNames([&](std::string_view sealed) {
    ++tried;
    opened = keys.Open(sealed).ok();
    return !opened;
  });
  if (!s.ok()) return s;
  if (tried == 0 || opened) return Status::Ok();
  if (tried == 1) return Status::InvalidArgument("the key does not open the one sealed name: a wrong key?");
  return Status::InvalidArgument("the key opens none of the " + std::to_string(tried) +
                                 " sealed names: a wrong key?");
}

const std::string& NameRevealer::Name(const std::string& pseudonym) {
  auto it = names_.find(pseudonym);
  if (it != names_.end()) return it->second;
  std::string name = pseudonym;
  Result<std::string> sealed = store_->GetSealedName(pseudonym);
  if (sealed.ok()) {
    Result<std::string> open = keys_->Open(*sealed);
    if (open.ok()) name = std::move(*open);
  }
  return names_.emplace(pseudonym, std::move(name)).first->second;
}

std::vector<Replacement> NameRevealer::Text(std::string* text) {
  std::vector<Replacement> done;
  // Code points of the original text before byte `at` of the new one:
  // counted as the scan goes, with the names' own lengths taken out.
  size_t counted_to = 0;
  int64_t shift = 0;  // code points the replacements so far added
  uint64_t cp = 0;
  for (size_t at = text->find(kPrefix); at != std::string::npos; at = text->find(kPrefix, at)) {
    if (at + kPseudonymChars > text->size()) break;
    bool hex = true;
    for (size_t i = at + kPrefix.size(); i < at + kPseudonymChars; ++i) hex = hex && IsHex((*text)[i]);
    if (!hex) {
      at += kPrefix.size();
      continue;
    }
    cp += text::CodePoints(std::string_view(*text).substr(counted_to, at - counted_to));
    const std::string pseudonym = text->substr(at, kPseudonymChars);
    const std::string& name = Name(pseudonym);
    if (name != pseudonym) {
      const uint64_t old_begin = static_cast<uint64_t>(static_cast<int64_t>(cp) - shift);
      const uint64_t chars = text::CodePoints(name);
      done.push_back({old_begin, old_begin + kPseudonymChars, chars});
      shift += static_cast<int64_t>(chars) - static_cast<int64_t>(kPseudonymChars);
    }
    text->replace(at, kPseudonymChars, name);
    cp += text::CodePoints(name);
    at += name.size();
    counted_to = at;
  }
  return done;
}

uint64_t MapOffset(const std::vector<Replacement>& replacements, uint64_t offset) {
  int64_t shift = 0;
  for (const Replacement& r : replacements) {
    if (r.begin >= offset) break;
    // Inside a pseudonym (never, for a claim's span): its end.
    if (offset < r.end) return r.begin + static_cast<uint64_t>(shift) + r.chars;
    shift += static_cast<int64_t>(r.chars) - static_cast<int64_t>(r.end - r.begin);
  }
  return static_cast<uint64_t>(static_cast<int64_t>(offset) + shift);
}

void NameRevealer::Claim(tally::Claim* claim) {
  Text(&claim->sentence);
  if (claim->speaker) Text(&claim->speaker->name);
}

}  // namespace tally::exporting
