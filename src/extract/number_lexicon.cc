// Loading the number lexicon. Each line of a codebook file is
// "kind<TAB>phrase[<TAB>field...]"; the phrase is cut into tokens with the
// same tokenizer that reads documents, so a phrase matches exactly when its
// token keys do.
#include "src/extract/number_lexicon.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/codebook/tsv.h"
#include "src/text/charset.h"

namespace tally::extract {
namespace {

struct KindInfo {
  std::string_view name;
  EntryKind kind;
  int fields;  // after the phrase
};

constexpr KindInfo kKinds[] = {
    {"number", EntryKind::kNumber, 1},
    {"scale", EntryKind::kScale, 1},
    {"suffix", EntryKind::kSuffix, 1},
    {"article", EntryKind::kArticle, 0},
    {"minus", EntryKind::kMinus, 0},
    {"point", EntryKind::kPoint, 0},
    {"join", EntryKind::kJoin, 0},
    {"qualifier", EntryKind::kQualifier, 1},
    {"postfix", EntryKind::kPostfix, 1},
    {"bound_join", EntryKind::kBoundJoin, 0},
    {"range", EntryKind::kRange, 0},
    {"vague", EntryKind::kVague, 2},
    {"zero", EntryKind::kZero, 0},
    {"percent", EntryKind::kPercent, 0},
    {"percent_prefix", EntryKind::kPercentPrefix, 0},
    {"month", EntryKind::kMonth, 0},
    {"year_before", EntryKind::kYearBefore, 0},
    {"year_after", EntryKind::kYearAfter, 0},
    {"ordinal_suffix", EntryKind::kOrdinalSuffix, 0},
    {"label", EntryKind::kLabel, 0},
    {"skip", EntryKind::kSkip, 0},
    {"share", EntryKind::kShare, 1},
    {"fraction", EntryKind::kFraction, 1},
    {"share_link", EntryKind::kShareLink, 0},
    {"every", EntryKind::kEvery, 0},
    {"ordinal", EntryKind::kOrdinal, 1},
    {"ratio", EntryKind::kRatio, 0},
    {"measure", EntryKind::kMeasure, 0},
    {"negation", EntryKind::kNegation, 0},
    {"and_fraction", EntryKind::kAndFraction, 1},
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(Trim(line.substr(start, tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool ParseNumber(std::string_view s, double* out) {
  if (s.empty()) return false;
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && ptr == end;
}

// The kinds whose phrases can stand first in a figure or a non-figure the
// scan passes over whole.
bool BeginsFigure(EntryKind kind) {
  switch (kind) {
    case EntryKind::kNumber:
    case EntryKind::kScale:
    case EntryKind::kArticle:
    case EntryKind::kMinus:
    case EntryKind::kQualifier:
    case EntryKind::kRange:
    case EntryKind::kVague:
    case EntryKind::kZero:
    case EntryKind::kPercentPrefix:
    case EntryKind::kLabel:
    case EntryKind::kSkip:
    case EntryKind::kShare:
    case EntryKind::kEvery:
      return true;
    default:
      return false;
  }
}

bool IsBound(Qualifier q) {
  return q != Qualifier::kRange && q != Qualifier::kVague;
}

}  // namespace

Result<NumberLexicon> NumberLexicon::LoadDir(const std::string& dir) {
  NumberLexicon lex;
  Status s = codebook::ForEachLangFile(
      dir, "number",
      [&](std::string_view lang, std::string_view content, const std::string& path) {
        return lex.AddFile(lang, content, path);
      });
  if (!s.ok()) return s;
  return lex;
}

Status NumberLexicon::AddFile(std::string_view lang, std::string_view content,
                              std::string_view name) {
  Result<size_t> lang_index = codebook::LangIndex(&langs_, lang, name);
  if (!lang_index.ok()) return lang_index.status();
  const LangMask mask = LangMask{1} << *lang_index;
  TokenList tokens;
  size_t line_no = 0, pos = 0;
  std::vector<std::string> touched;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    const std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    auto fail = [&](const std::string& what) {
      return Status::Corruption(std::string(name) + ":" +
                                std::to_string(line_no) + ": " + what);
    };
    if (!text::IsValidUtf8(line)) return fail("not UTF-8");
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    const std::vector<std::string_view> f = SplitTabs(line);
    const KindInfo* info = nullptr;
    for (const KindInfo& k : kKinds) {
      if (k.name == f[0]) info = &k;
    }
    if (info == nullptr) return fail("unknown kind '" + std::string(f[0]) + "'");
    if (f.size() != static_cast<size_t>(2 + info->fields)) {
      return fail("'" + std::string(f[0]) + "' takes " +
                  std::to_string(1 + info->fields) + " tab-separated fields, not " +
                  std::to_string(f.size() - 1));
    }
    if (f[1].empty()) return fail("empty phrase");
    Status s = Tokenize(f[1], 64, &tokens);
    if (!s.ok() || tokens.size() == 0) return fail("phrase too long or empty");
    auto entry = std::make_unique<LexEntry>();
    entry->kind = info->kind;
    entry->langs = mask;
    int slots = 0;
    for (size_t t = 0; t < tokens.size(); ++t) {
      entry->keys.emplace_back(tokens.Key(t));
      entry->raw.emplace_back(
          f[1].substr(tokens[t].begin, tokens[t].end - tokens[t].begin));
      slots += entry->keys.back() == "#";
    }
    switch (info->kind) {
      case EntryKind::kNumber:
      case EntryKind::kScale:
      case EntryKind::kSuffix:
        if (!ParseNumber(f[2], &entry->value)) {
          return fail("bad value '" + std::string(f[2]) + "'");
        }
        if (info->kind != EntryKind::kNumber && entry->value <= 1) {
          return fail("a scale must be more than 1");
        }
        break;
      case EntryKind::kShare:
        if (!ParseNumber(f[2], &entry->value) || entry->value <= 0 ||
            entry->value > 100) {
          return fail("a share is a percentage above 0, not '" +
                      std::string(f[2]) + "'");
        }
        break;
      case EntryKind::kFraction:
      case EntryKind::kOrdinal:
        if (!ParseNumber(f[2], &entry->value) || entry->value < 2 ||
            entry->value != static_cast<double>(static_cast<int64_t>(entry->value))) {
          return fail("a denominator is a whole number from 2, not '" +
                      std::string(f[2]) + "'");
        }
        break;
      case EntryKind::kAndFraction:
        if (!ParseNumber(f[2], &entry->value) || entry->value <= 0 ||
            entry->value >= 1) {
          return fail("a fraction is between 0 and 1, not '" +
                      std::string(f[2]) + "'");
        }
        break;
      case EntryKind::kVague:
        if (!ParseNumber(f[2], &entry->value) ||
            !ParseNumber(f[3], &entry->value2) || entry->value > entry->value2) {
          return fail("bad bounds '" + std::string(f[2]) + "' '" +
                      std::string(f[3]) + "'");
        }
        break;
      case EntryKind::kQualifier:
        if (!ParseQualifierName(f[2], &entry->qualifier) ||
            !IsBound(entry->qualifier)) {
          return fail("unknown qualifier '" + std::string(f[2]) + "'");
        }
        break;
      case EntryKind::kPostfix:
        if (f[2] == "or_equal") {
          entry->effect = PostfixEffect::kOrEqual;
        } else if (!ParseQualifierName(f[2], &entry->qualifier) ||
                   !IsBound(entry->qualifier)) {
          return fail("unknown postfix effect '" + std::string(f[2]) + "'");
        }
        break;
      case EntryKind::kRange:
      case EntryKind::kRatio:
        if (slots != 2) {
          return fail("a " + std::string(f[0]) + " needs exactly two '#'");
        }
        if (info->kind == EntryKind::kRatio &&
            (entry->keys.front() != "#" || entry->keys.back() != "#")) {
          return fail("a ratio starts and ends with '#'");
        }
        for (size_t t = 1; t < entry->keys.size(); ++t) {
          if (entry->keys[t] == "#" && entry->keys[t - 1] == "#") {
            return fail("the two '#' of a " + std::string(f[0]) +
                        " need words between them");
          }
        }
        break;
      default:
        break;
    }
    if (info->kind != EntryKind::kRange && info->kind != EntryKind::kRatio &&
        slots > 0 && entry->keys.size() > 1) {
      return fail("'#' is only for range and ratio templates");
    }
    if (BeginsFigure(info->kind) && entry->keys[0] != "#") starters_.Add(entry->keys[0]) = 1;
    touched.push_back(entry->keys[0]);
    by_first_.Add(entry->keys[0]).push_back(entry.get());
    entries_.push_back(std::move(entry));
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (const std::string& key : touched) {
    std::vector<const LexEntry*>& v = by_first_.Add(key);
    std::stable_sort(v.begin(), v.end(), [](const LexEntry* a, const LexEntry* b) {
      return a->keys.size() > b->keys.size();
    });
  }
  return Status::Ok();
}

LangMask NumberLexicon::MaskFor(std::string_view lang) const {
  for (size_t i = 0; i < langs_.size(); ++i) {
    if (langs_[i] == lang) return LangMask{1} << i;
  }
  return kAllLangs;
}

bool NumberLexicon::Starts(std::string_view key) const {
  return starters_.Find(key) != nullptr;
}

const std::vector<const LexEntry*>& NumberLexicon::StartingWith(
    std::string_view key) const {
  static const std::vector<const LexEntry*> kNone;
  const std::vector<const LexEntry*>* v = by_first_.Find(key);
  return v == nullptr ? kNone : *v;
}

bool NumberLexicon::Matches(const LexEntry& entry, const TokenList& tokens,
                            std::string_view text, size_t i, size_t* end) {
  if (i + entry.keys.size() > tokens.size()) return false;
  for (size_t k = 0; k < entry.keys.size(); ++k) {
    const Token& t = tokens[i + k];
    if (entry.kind == EntryKind::kSuffix) {
      if (text.substr(t.begin, t.end - t.begin) != entry.raw[k]) return false;
    } else if (tokens.Key(i + k) != entry.keys[k]) {
      return false;
    }
  }
  *end = i + entry.keys.size();
  return true;
}

Match NumberLexicon::Longest(const TokenList& tokens, std::string_view text,
                             size_t i, EntryKind kind, LangMask langs) const {
  if (i >= tokens.size()) return {};
  return LongestOf(StartingWith(tokens.Key(i)), tokens, text, i, kind, langs);
}

Match NumberLexicon::LongestOf(const std::vector<const LexEntry*>& entries,
                               const TokenList& tokens, std::string_view text, size_t i,
                               EntryKind kind, LangMask langs) {
  for (const LexEntry* e : entries) {
    size_t end = 0;
    if (e->kind == kind && (e->langs & langs) != 0 &&
        Matches(*e, tokens, text, i, &end)) {
      return {e, end};
    }
  }
  return {};
}

}  // namespace tally::extract
