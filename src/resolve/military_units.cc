// Finding military units. Every phrase of the codebook (type words and
// their case forms, adjectives, complements, names, designations, ordinal
// endings...) is cut into tokens at load time and indexed under its first
// token's key, longest first, tagged with its kind and language.
//
// At each token Find tries, in the languages asked for:
//   - a formation: an ordinal (digits with a glued ending, "136th",
//     "136-y", or a spelled ordinal), then adjectives and type words, ending
//     at the last type word, then complements ("morskoy pekhoty");
//   - a designation: a designation phrase ("v/ch"), an optional label
//     ("No."), an optional letter glued to the digits ("A4321"), digits;
//   - a name ("Wagner Group") or a "not" phrase ("Sea of Azov").
// The longest wins (a "not" phrase on a tie), the scan moves past it, and
// nothing looks beyond max_phrase_tokens tokens, so the work per token is
// bounded and Find is linear in the text.
#include "src/resolve/military_units.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "src/codebook/tsv.h"
#include "src/resolve/text_lines.h"

namespace tally::resolve {
namespace {

constexpr size_t kMaxPhraseTokens = 16;
constexpr size_t kMaxOrdinalDigits = 4;

bool StartsWithCapital(std::string_view word) {
  int32_t i = 0;
  UChar32 c = -1;
  const auto n = static_cast<int32_t>(word.size());
  if (n > 0) U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, n, c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view Raw(std::string_view text, const extract::TokenList& tokens,
                     size_t i) {
  return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
}

void Append(std::string* name, std::string_view word) {
  if (!name->empty()) name->push_back(' ');
  name->append(word);
}

}  // namespace

Result<UnitFinder> UnitFinder::LoadDir(const std::string& dir,
                                       const UnitOptions& options) {
  UnitFinder finder(options);
  Status s = codebook::ForEachLangFile(
      dir, "unit",
      [&](std::string_view lang, std::string_view content, const std::string& path) {
        return finder.AddFile(lang, content, path);
      });
  if (!s.ok()) return s;
  return finder;
}

Status UnitFinder::AddFile(std::string_view lang, std::string_view content,
                           std::string_view name) {
  size_t lang_index = 0;
  while (lang_index < langs_.size() && langs_[lang_index] != lang) ++lang_index;
  if (lang_index == 32) {
    return Status::ResourceExhausted(std::string(name) +
                                     ": more than 32 languages");
  }
  // Work on a copy, so a file that fails half way leaves nothing behind.
  UnitFinder staged = *this;
  if (lang_index == staged.langs_.size()) staged.langs_.emplace_back(lang);
  Status s = ForEachRecord(content, name, [&](size_t line, const Fields& f) {
    return staged.AddRecord(static_cast<uint8_t>(lang_index), line, f, name);
  });
  if (!s.ok()) return s;
  staged.SortIndex();
  *this = std::move(staged);
  return Status::Ok();
}

Status UnitFinder::AddRecord(uint8_t lang, size_t line, const Fields& f,
                             std::string_view name) {
  auto fail = [&](const std::string& what) {
    return LineError(name, line, what);
  };
  struct KindInfo {
    std::string_view name;
    Kind kind;
    size_t min_fields, max_fields;  // after the kind
  };
  static constexpr KindInfo kKinds[] = {
      {"type", Kind::kType, 2, 3},
      {"adjective", Kind::kAdjective, 1, 2},
      {"complement", Kind::kComplement, 1, 2},
      {"name", Kind::kName, 1, 2},
      {"not", Kind::kNot, 1, 1},
      {"designation", Kind::kDesignation, 1, 1},
      {"label", Kind::kLabel, 1, 1},
      {"designation_letter", Kind::kLetter, 2, 2},
      {"ordinal_ending", Kind::kOrdinalEnding, 1, 1},
      {"ordinal", Kind::kOrdinal, 2, 2},
      {"ordinal_form", Kind::kOrdinal, 3, 3},  // not an Entry; see below
  };
  const KindInfo* info = nullptr;
  for (const KindInfo& k : kKinds) {
    if (k.name == f[0]) info = &k;
  }
  if (info == nullptr) return fail("unknown kind '" + std::string(f[0]) + "'");
  const size_t fields = f.size() - 1;
  if (fields < info->min_fields || fields > info->max_fields) {
    return fail("'" + std::string(f[0]) + "' takes " +
                std::to_string(info->min_fields) +
                (info->max_fields > info->min_fields
                     ? " or " + std::to_string(info->max_fields)
                     : std::string()) +
                " fields, not " + std::to_string(fields));
  }
  for (size_t k = 1; k < f.size(); ++k) {
    if (f[k].empty()) return fail("empty field " + std::to_string(k + 1));
  }
  auto parse_gender = [](std::string_view g, Gender* out) {
    static constexpr std::pair<std::string_view, Gender> kGenders[] = {
        {"m", Gender::kMasculine},
        {"f", Gender::kFeminine},
        {"n", Gender::kNeuter},
        {"-", Gender::kNone}};
    for (const auto& [name, gender] : kGenders) {
      if (g == name) {
        *out = gender;
        return true;
      }
    }
    return false;
  };

  if (f[0] == "ordinal_form") {
    OrdinalRule rule;
    rule.lang = lang;
    if (!parse_gender(f[1], &rule.gender)) {
      return fail("unknown gender '" + std::string(f[1]) + "' (m, f, n or -)");
    }
    if (f[2] != "*" && !AllDigits(f[2])) {
      return fail("'" + std::string(f[2]) + "' is neither digits nor *");
    }
    rule.digits = f[2] == "*" ? "" : std::string(f[2]);
    rule.suffix = std::string(f[3]);
    ordinal_rules_.push_back(std::move(rule));
    return Status::Ok();
  }

  Entry entry;
  entry.kind = info->kind;
  entry.lang = lang;
  entry.line = line;
  std::string_view forms;  // every phrase of the entry, '|'-separated
  std::string canon_forms;
  switch (info->kind) {
    case Kind::kType:
      entry.canon.emplace_back(f[1]);
      if (!parse_gender(f[2], &entry.gender)) {
        return fail("unknown gender '" + std::string(f[2]) +
                    "' (m, f, n or -)");
      }
      canon_forms =
          std::string(f[1]) + (fields == 3 ? "|" + std::string(f[3]) : "");
      forms = canon_forms;
      break;
    case Kind::kAdjective: {
      std::vector<std::string_view> canons;
      if (!SplitBars(f[1], &canons) ||
          (canons.size() != 1 && canons.size() != 3)) {
        return fail("an adjective has one nominative or three (m|f|n)");
      }
      for (std::string_view c : canons) entry.canon.emplace_back(c);
      canon_forms =
          std::string(f[1]) + (fields == 2 ? "|" + std::string(f[2]) : "");
      forms = canon_forms;
      break;
    }
    case Kind::kComplement:
    case Kind::kName:
      entry.canon.emplace_back(f[1]);
      canon_forms =
          std::string(f[1]) + (fields == 2 ? "|" + std::string(f[2]) : "");
      forms = canon_forms;
      break;
    case Kind::kLetter:
      entry.canon.emplace_back(f[2]);
      forms = f[1];
      break;
    case Kind::kOrdinal: {
      const char* end = f[1].data() + f[1].size();
      auto [ptr, ec] = std::from_chars(f[1].data(), end, entry.value);
      if (ec != std::errc() || ptr != end || entry.value < 1 ||
          entry.value > 9999) {
        return fail("bad ordinal value '" + std::string(f[1]) + "'");
      }
      forms = f[2];
      break;
    }
    default:  // kNot, kDesignation, kLabel, kOrdinalEnding: phrases only
      forms = f[1];
      break;
  }
  entries_.push_back(std::move(entry));
  return AddPhrases(static_cast<uint32_t>(entries_.size() - 1), forms, line,
                    name);
}

Status UnitFinder::AddPhrases(uint32_t entry_index, std::string_view forms,
                              size_t line, std::string_view name) {
  const Entry& entry = entries_[entry_index];
  std::vector<std::string_view> parts;
  if (!SplitBars(forms, &parts)) return LineError(name, line, "empty form");
  extract::TokenList tokens;
  for (std::string_view form : parts) {
    if (!extract::Tokenize(form, kMaxPhraseTokens, &tokens).ok() ||
        tokens.size() == 0) {
      return LineError(name, line,
                       "form '" + std::string(form) +
                           "' is empty or longer than " +
                           std::to_string(kMaxPhraseTokens) + " tokens");
    }
    Phrase phrase;
    phrase.entry = entry_index;
    phrase.raw_first = std::string(Raw(form, tokens, 0));
    phrase.needs_capital =
        (entry.kind == Kind::kName || entry.kind == Kind::kOrdinal) &&
        StartsWithCapital(phrase.raw_first);
    std::string key(1, static_cast<char>(entry.kind));
    key.push_back(static_cast<char>(entry.lang));
    for (size_t t = 0; t < tokens.size(); ++t) {
      phrase.keys.emplace_back(tokens.Key(t));
      phrase.glued.push_back(t > 0 && tokens[t].glued);
      key += '\x1f';
      key += entry.kind == Kind::kLetter ? Raw(form, tokens, t) : tokens.Key(t);
      if (phrase.glued.back()) key += '\x1e';
    }
    if (auto it = by_phrase_.find(key); it != by_phrase_.end()) {
      if (it->second == entry_index) continue;  // a form written twice
      return LineError(name, line,
                       "'" + std::string(form) +
                           "' is already listed on line " +
                           std::to_string(entries_[it->second].line));
    }
    by_phrase_.emplace(std::move(key), entry_index);
    by_first_[phrase.keys[0]].push_back(static_cast<uint32_t>(phrases_.size()));
    phrases_.push_back(std::move(phrase));
  }
  return Status::Ok();
}

void UnitFinder::SortIndex() {
  for (auto& [key, list] : by_first_) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return phrases_[a].keys.size() > phrases_[b].keys.size();
    });
  }
  // Longer digit endings first: "11" before "1" before "" (any).
  std::stable_sort(ordinal_rules_.begin(), ordinal_rules_.end(),
                   [](const OrdinalRule& a, const OrdinalRule& b) {
                     return a.digits.size() > b.digits.size();
                   });
}

const UnitFinder::Phrase* UnitFinder::Longest(const extract::TokenList& tokens,
                                              std::string_view text, size_t i,
                                              size_t limit, Kind kind,
                                              LangMask langs) const {
  if (i >= limit) return nullptr;
  auto it = by_first_.find(tokens.Key(i));
  if (it == by_first_.end()) return nullptr;
  for (uint32_t index : it->second) {
    const Phrase& p = phrases_[index];
    const Entry& e = entries_[p.entry];
    if (e.kind != kind || ((LangMask{1} << e.lang) & langs) == 0 ||
        i + p.keys.size() > limit) {
      continue;
    }
    bool match = true;
    for (size_t k = 1; k < p.keys.size() && match; ++k) {
      match = tokens.Key(i + k) == p.keys[k] &&
              tokens[i + k].glued == static_cast<bool>(p.glued[k]);
    }
    if (!match) continue;
    if (p.needs_capital && !StartsWithCapital(Raw(text, tokens, i))) continue;
    if (kind == Kind::kLetter && Raw(text, tokens, i) != p.raw_first) continue;
    return &p;
  }
  return nullptr;
}

std::string UnitFinder::OrdinalText(uint8_t lang, Gender gender,
                                    const std::string& digits) const {
  // The rules are sorted by how many digits they test; the first that fits
  // the gender (or, failing any, the genderless rules) decides.
  for (Gender g : {gender, Gender::kNone}) {
    for (const OrdinalRule& rule : ordinal_rules_) {
      if (rule.lang != lang || rule.gender != g) continue;
      if (digits.size() >= rule.digits.size() &&
          digits.compare(digits.size() - rule.digits.size(), std::string::npos,
                         rule.digits) == 0) {
        return digits + rule.suffix;
      }
    }
  }
  return digits;
}

UnitFinder::Found UnitFinder::Formation(const extract::TokenList& tokens,
                                        std::string_view text, size_t i,
                                        size_t limit, uint8_t lang) const {
  const LangMask mask = LangMask{1} << lang;
  std::string digits;
  size_t pos = i;
  if (tokens[i].kind == extract::TokenKind::kDigits) {
    const std::string_view d = tokens.Key(i);
    if (d.size() > kMaxOrdinalDigits || d[0] == '0') return {};
    if (tokens[i].glued && i > 0 &&
        tokens[i - 1].kind != extract::TokenKind::kSymbol) {
      return {};  // "A136th": part of a longer code
    }
    if (i + 1 >= limit || !tokens[i + 1].glued) return {};
    const Phrase* ending =
        Longest(tokens, text, i + 1, limit, Kind::kOrdinalEnding, mask);
    if (ending == nullptr) return {};
    digits = std::string(d);
    pos = i + 1 + ending->keys.size();
  } else if (const Phrase* word =
                 Longest(tokens, text, i, limit, Kind::kOrdinal, mask)) {
    digits = std::to_string(entries_[word->entry].value);
    pos = i + word->keys.size();
  } else {
    return {};
  }

  // Adjectives and type words, to the last type word.
  std::vector<const Entry*> chain;
  size_t chain_at_type = 0, end = 0;
  const Entry* type = nullptr;
  while (pos < limit) {
    const Phrase* adj =
        Longest(tokens, text, pos, limit, Kind::kAdjective, mask);
    const Phrase* typ = Longest(tokens, text, pos, limit, Kind::kType, mask);
    if (typ != nullptr) {
      type = &entries_[typ->entry];
      chain_at_type = chain.size();
      end = pos + typ->keys.size();
    }
    const Phrase* step = adj != nullptr ? adj : typ;
    if (step == nullptr) break;
    chain.push_back(&entries_[step->entry]);
    pos += step->keys.size();
  }
  if (type == nullptr) return {};

  Found found;
  Append(&found.name, OrdinalText(lang, type->gender, digits));
  const size_t gender_index = type->gender == Gender::kFeminine ? 1
                              : type->gender == Gender::kNeuter ? 2
                                                                : 0;
  for (size_t k = 0; k < chain_at_type; ++k) {
    const Entry& e = *chain[k];
    Append(&found.name,
           e.canon.size() == 3 ? e.canon[gender_index] : e.canon[0]);
  }
  Append(&found.name, type->canon[0]);
  while (const Phrase* c =
             Longest(tokens, text, end, limit, Kind::kComplement, mask)) {
    Append(&found.name, entries_[c->entry].canon[0]);
    end += c->keys.size();
  }
  found.end = end;
  return found;
}

UnitFinder::Found UnitFinder::Designation(const extract::TokenList& tokens,
                                          std::string_view text, size_t i,
                                          size_t limit, uint8_t lang) const {
  const LangMask mask = LangMask{1} << lang;
  const Phrase* head =
      Longest(tokens, text, i, limit, Kind::kDesignation, mask);
  if (head == nullptr) return {};
  size_t pos = i + head->keys.size();
  if (const Phrase* label =
          Longest(tokens, text, pos, limit, Kind::kLabel, mask)) {
    pos += label->keys.size();
  }
  std::string letter;
  if (const Phrase* l =
          Longest(tokens, text, pos, limit, Kind::kLetter, mask)) {
    size_t next = pos + l->keys.size();
    if (next + 1 < limit && tokens.Key(next) == "-" && tokens[next].glued)
      ++next;
    if (next < limit && tokens[next].glued &&
        tokens[next].kind == extract::TokenKind::kDigits) {
      letter = entries_[l->entry].canon[0];
      pos = next;
    }
  }
  if (pos >= limit || tokens[pos].kind != extract::TokenKind::kDigits)
    return {};
  const std::string_view digits = tokens.Key(pos);
  if (digits.size() < options_.min_designation_digits ||
      digits.size() > options_.max_designation_digits) {
    return {};
  }
  // "21005th" or "21005A" is not the designation 21005.
  if (pos + 1 < tokens.size() && tokens[pos + 1].glued &&
      tokens[pos + 1].kind != extract::TokenKind::kSymbol) {
    return {};
  }
  Found found;
  found.end = pos + 1;
  found.name = options_.designation_prefix + letter + std::string(digits);
  return found;
}

UnitFinder::Found UnitFinder::AtToken(const extract::TokenList& tokens,
                                      std::string_view text, size_t i,
                                      LangMask langs) const {
  const size_t limit = std::min(tokens.size(), i + options_.max_phrase_tokens);
  Found best;
  auto consider = [&](Found f) {
    if (f.end > best.end) best = std::move(f);
  };
  if (const Phrase* p = Longest(tokens, text, i, limit, Kind::kNot, langs)) {
    best.end = i + p->keys.size();
    best.skip = true;
  }
  if (const Phrase* p = Longest(tokens, text, i, limit, Kind::kName, langs)) {
    consider({i + p->keys.size(), entries_[p->entry].canon[0], false});
  }
  for (size_t lang = 0; lang < langs_.size(); ++lang) {
    if (((LangMask{1} << lang) & langs) == 0) continue;
    consider(Formation(tokens, text, i, limit, static_cast<uint8_t>(lang)));
    consider(Designation(tokens, text, i, limit, static_cast<uint8_t>(lang)));
  }
  return best;
}

std::vector<UnitMention> UnitFinder::Find(std::string_view utf8_text,
                                          std::string_view lang) const {
  LangMask langs = ~LangMask{0};
  for (size_t k = 0; k < langs_.size(); ++k) {
    if (langs_[k] == lang) langs = LangMask{1} << k;
  }
  std::vector<UnitMention> out;
  extract::TokenList tokens;
  ForEachChunk(
      utf8_text, kChunkBytes, [&](size_t offset, std::string_view piece) {
        if (!extract::Tokenize(piece, piece.size() + 1, &tokens).ok()) return;
        for (size_t i = 0; i < tokens.size();) {
          if (by_first_.find(tokens.Key(i)) == by_first_.end() &&
              tokens[i].kind != extract::TokenKind::kDigits) {
            ++i;  // no phrase starts here, and no ordinal either
            continue;
          }
          Found f = AtToken(tokens, piece, i, langs);
          if (f.end == 0) {
            ++i;
            continue;
          }
          if (!f.skip) {
            out.push_back({offset + tokens[i].begin,
                           offset + tokens[f.end - 1].end, std::move(f.name)});
          }
          i = f.end;
        }
      });
  return out;
}

}  // namespace tally::resolve
