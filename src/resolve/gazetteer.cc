// Gazetteer matching. Each form is cut into tokens by the document
// tokenizer when the file is loaded and indexed under its first token's
// case-folded key, longest forms first. Find tokenizes the text (in pieces
// of about a megabyte, see text_lines.h), probes the index once per token
// and compares the few candidate forms token by token: keys first (cheap,
// and they decide which forms can match at all), then the case as written,
// then the two case exceptions the header describes. A match moves the scan
// past its last token, so the work is linear in the text.
#include "src/resolve/gazetteer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "src/resolve/text_lines.h"

namespace tally::resolve {
namespace {

constexpr size_t kMaxFormTokens = 16;

// The first code point of `s`, or -1.
UChar32 FirstCodePoint(std::string_view s, int32_t* length) {
  int32_t i = 0;
  UChar32 c = -1;
  const auto n = static_cast<int32_t>(s.size());
  if (n > 0) U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
  *length = i;
  return c;
}

// True when `word` has no lower-case letter and at least one upper-case one.
bool IsAllCaps(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  bool upper = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || u_islower(c)) return false;
    upper = upper || u_isupper(c) || u_istitle(c);
  }
  return upper;
}

// True when `text` is `form` with its first letter (small in `form`)
// written as a capital.
bool IsCapitalised(std::string_view text, std::string_view form) {
  int32_t form_len = 0, text_len = 0;
  const UChar32 f = FirstCodePoint(form, &form_len);
  const UChar32 t = FirstCodePoint(text, &text_len);
  if (f < 0 || t < 0 || !u_islower(f)) return false;
  if (t != u_toupper(f) && t != u_totitle(f)) return false;
  return text.substr(static_cast<size_t>(text_len)) ==
         form.substr(static_cast<size_t>(form_len));
}

bool StartsWithCapital(std::string_view word) {
  int32_t len = 0;
  const UChar32 c = FirstCodePoint(word, &len);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

std::string_view Raw(std::string_view text, const extract::TokenList& tokens,
                     size_t i) {
  return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
}

bool IsOpeningPunctuation(std::string_view key) {
  // Quotes, brackets and dashes that may stand before a sentence's first
  // word; these are typography, not language.
  static constexpr std::string_view kOpeners[] = {
      "\"", "'", "(", "[", "-", "\u00AB", "\u201C", "\u201E", "\u2018"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), key) !=
         std::end(kOpeners);
}

bool IsSentenceEnd(std::string_view key) {
  return key == "." || key == "!" || key == "?" || key == "\u2026";
}

// True when token i begins a sentence: it is the first token, or the
// tokens before it (past opening quotes and brackets) end a sentence or a
// line.
bool AtSentenceStart(std::string_view text, const extract::TokenList& tokens,
                     size_t i) {
  size_t j = i;
  while (true) {
    if (extract::GapBefore(text, tokens, j).find('\n') !=
        std::string_view::npos) {
      return true;
    }
    if (j == 0) return true;
    const std::string_view prev = tokens.Key(j - 1);
    if (tokens[j - 1].kind != extract::TokenKind::kSymbol) return false;
    if (IsSentenceEnd(prev)) return true;
    if (!IsOpeningPunctuation(prev) || i - j >= 3) return false;
    --j;
  }
}

// True when tokens i, i+1 are a hyphen glued to a word that starts with a
// capital: the rest of a hyphenated proper name.
bool HyphenThenCapital(std::string_view text, const extract::TokenList& tokens,
                       size_t i) {
  return i + 1 < tokens.size() && tokens[i].glued && tokens.Key(i) == "-" &&
         tokens[i + 1].glued &&
         tokens[i + 1].kind == extract::TokenKind::kWord &&
         StartsWithCapital(Raw(text, tokens, i + 1));
}

std::string JoinKeys(const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& k : keys) {
    out += k;
    out += '\x1f';
  }
  return out;
}

}  // namespace

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": cannot read");
  Gazetteer gazetteer;
  Status s = gazetteer.AddFile(ss.str(), path);
  if (!s.ok()) return s;
  return gazetteer;
}

Status Gazetteer::AddFile(std::string_view content, std::string_view name) {
  // Work on a copy, so a file that fails half way leaves nothing behind.
  Gazetteer staged = *this;
  const size_t first_new = staged.forms_.size();
  Status s = ForEachRecord(content, name, [&](size_t line, const Fields& f) {
    return staged.AddRecord(line, f, name);
  });
  if (!s.ok()) return s;
  std::vector<std::string> touched;
  for (size_t i = first_new; i < staged.forms_.size(); ++i) {
    touched.push_back(staged.forms_[i].keys[0]);
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (const std::string& key : touched) {
    std::vector<uint32_t>& v = staged.by_first_[key];
    std::stable_sort(v.begin(), v.end(), [&](uint32_t a, uint32_t b) {
      return staged.forms_[a].keys.size() > staged.forms_[b].keys.size();
    });
  }
  *this = std::move(staged);
  return Status::Ok();
}

Status Gazetteer::AddRecord(size_t line, const Fields& f,
                            std::string_view name) {
  auto fail = [&](const std::string& what) {
    return LineError(name, line, what);
  };
  if (f.size() != 5) {
    return fail(std::to_string(f.size()) +
                " tab-separated fields, expected 5 (code kind parent lang "
                "forms)");
  }
  const std::string_view code = f[0], kind = f[1], parent = f[2], lang = f[3];
  if (code.empty() || code.find(' ') != std::string_view::npos) {
    return fail("bad code '" + std::string(code) + "'");
  }
  if (lang.empty()) return fail("empty lang");
  std::string region;
  if (kind == "region") {
    if (parent != "-") return fail("a region's parent must be '-'");
    if (code.substr(0, 5) == "city:")
      return fail("a region code cannot be a city:");
    region = std::string(code);
  } else if (kind == "city") {
    if (parent == "-" || parent.empty() || parent.substr(0, 5) == "city:") {
      return fail("a city needs its region as parent");
    }
    if (code.substr(0, 5) != "city:")
      return fail("a city code starts with city:");
    region = std::string(parent);
  } else {
    return fail("unknown kind '" + std::string(kind) + "' (region or city)");
  }

  uint32_t place = 0;
  if (auto it = place_index_.find(code); it != place_index_.end()) {
    place = it->second;
    if (places_[place].region != region) {
      return fail(std::string(code) + " has another parent on an earlier line");
    }
  } else {
    place = static_cast<uint32_t>(places_.size());
    places_.push_back({std::string(code), region});
    place_index_.emplace(std::string(code), place);
  }

  std::vector<std::string_view> forms;
  if (!SplitBars(f[4], &forms)) return fail("empty form");
  extract::TokenList tokens;
  for (std::string_view text : forms) {
    if (!extract::Tokenize(text, kMaxFormTokens, &tokens).ok() ||
        tokens.size() == 0) {
      return fail("form '" + std::string(text) + "' is empty or longer than " +
                  std::to_string(kMaxFormTokens) + " tokens");
    }
    Form form;
    form.place = place;
    std::string raw_key;
    for (size_t t = 0; t < tokens.size(); ++t) {
      form.raw.emplace_back(Raw(text, tokens, t));
      form.keys.emplace_back(tokens.Key(t));
      form.glued.push_back(t > 0 && tokens[t].glued);
      raw_key += form.raw.back();
      raw_key += form.glued.back() ? '\x1e' : '\x1f';
    }
    if (auto it = by_raw_.find(raw_key); it != by_raw_.end()) {
      const uint32_t other = forms_[it->second].place;
      if (other == place) continue;  // the same form in another language
      return fail("form '" + std::string(text) + "' is already listed under " +
                  places_[other].code);
    }
    const auto index = static_cast<uint32_t>(forms_.size());
    const std::string keys = JoinKeys(form.keys);
    if (auto it = by_keys_.find(keys); it == by_keys_.end()) {
      by_keys_.emplace(keys, index);
    } else if (forms_[it->second].place != place ||
               forms_[it->second].case_ambiguous) {
      // Another place reads the same ignoring case: neither may match by
      // the ALL CAPS or sentence-start exceptions.
      form.case_ambiguous = true;
      for (uint32_t other : by_first_[form.keys[0]]) {
        if (forms_[other].keys == form.keys)
          forms_[other].case_ambiguous = true;
      }
    }
    by_raw_.emplace(std::move(raw_key), index);
    by_first_[form.keys[0]].push_back(index);
    forms_.push_back(std::move(form));
  }
  return Status::Ok();
}

bool Gazetteer::Matches(const Form& form, std::string_view text,
                        const extract::TokenList& tokens, size_t i,
                        bool sentence_start) const {
  const size_t n = form.keys.size();
  if (i + n > tokens.size()) return false;
  bool exact = true;
  for (size_t k = 0; k < n; ++k) {
    if (tokens.Key(i + k) != form.keys[k]) return false;
    if (k > 0 && tokens[i + k].glued != static_cast<bool>(form.glued[k])) {
      return false;
    }
    exact = exact && Raw(text, tokens, i + k) == form.raw[k];
  }
  if (exact) return true;
  if (form.case_ambiguous) return false;
  bool caps = true, capitalised = sentence_start;
  for (size_t k = 0; k < n; ++k) {
    const std::string_view raw = Raw(text, tokens, i + k);
    if (tokens[i + k].kind == extract::TokenKind::kWord && !IsAllCaps(raw)) {
      caps = false;
    }
    if (capitalised && raw != form.raw[k] &&
        (k > 0 || !IsCapitalised(raw, form.raw[k]))) {
      capitalised = false;
    }
  }
  return caps || capitalised;
}

bool Gazetteer::StartsPlace(std::string_view text,
                            const extract::TokenList& tokens, size_t i) const {
  if (i >= tokens.size()) return false;
  auto it = by_first_.find(tokens.Key(i));
  if (it == by_first_.end()) return false;
  for (uint32_t index : it->second) {
    if (Matches(forms_[index], text, tokens, i, false)) return true;
  }
  return false;
}

void Gazetteer::FindInPiece(std::string_view text, size_t offset,
                            const extract::TokenList& tokens,
                            std::vector<PlaceMention>* out) const {
  size_t last_end = 0;  // token after the previous mention; 0 for none
  for (size_t i = 0; i < tokens.size();) {
    auto it = by_first_.find(tokens.Key(i));
    if (it == by_first_.end()) {
      ++i;
      continue;
    }
    // A hyphenated proper name that goes on before this token, unless what
    // stands before the hyphen is itself a place ("Kharkiv-Belgorod").
    const bool head_blocked = i >= 2 && last_end != i - 1 && tokens[i].glued &&
                              tokens.Key(i - 1) == "-" && tokens[i - 1].glued &&
                              tokens[i - 2].kind == extract::TokenKind::kWord &&
                              StartsWithCapital(Raw(text, tokens, i - 2));
    if (head_blocked) {
      ++i;
      continue;
    }
    const bool sentence_start = AtSentenceStart(text, tokens, i);
    const Form* found = nullptr;
    for (uint32_t index : it->second) {
      const Form& form = forms_[index];
      if (!Matches(form, text, tokens, i, sentence_start)) continue;
      // The head of a hyphenated proper name, unless what follows the
      // hyphen is itself a place.
      const size_t end = i + form.keys.size();
      if (HyphenThenCapital(text, tokens, end) &&
          !StartsPlace(text, tokens, end + 1)) {
        continue;
      }
      found = &form;
      break;
    }
    if (found == nullptr) {
      ++i;
      continue;
    }
    const size_t end = i + found->keys.size();
    const Place& place = places_[found->place];
    out->push_back({offset + tokens[i].begin, offset + tokens[end - 1].end,
                    place.code, place.region});
    last_end = end;
    i = end;
  }
}

std::vector<PlaceMention> Gazetteer::Find(std::string_view utf8_text) const {
  std::vector<PlaceMention> out;
  extract::TokenList tokens;
  ForEachChunk(utf8_text, kChunkBytes,
               [&](size_t offset, std::string_view piece) {
                 if (!extract::Tokenize(piece, piece.size() + 1, &tokens).ok())
                   return;
                 FindInPiece(piece, offset, tokens, &out);
               });
  return out;
}

}  // namespace tally::resolve
