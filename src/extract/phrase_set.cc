#include "src/extract/phrase_set.h"

#include <algorithm>

namespace tally::extract {
namespace {

constexpr size_t kMaxPhraseTokens = 16;
// Prefix words are bucketed by this many leading bytes (two Cyrillic
// letters, four Latin ones); shorter prefixes by all their bytes.
constexpr size_t kBucketBytes = 4;

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

Status PhraseSet::Add(std::string_view phrase, int32_t payload) {
  TokenList tokens;
  Status s = Tokenize(phrase, kMaxPhraseTokens * 2, &tokens);
  if (!s.ok()) return Status::InvalidArgument("phrase too long");
  Phrase p;
  p.payload = payload;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view key = tokens.Key(i);
    // "refus*": the star glued to the word before it.
    if (key == "*" && tokens[i].glued && !p.words.empty() && !p.words.back().prefix &&
        tokens[i - 1].kind == TokenKind::kWord) {
      if (p.words.back().key.size() < 2) {
        return Status::InvalidArgument("prefix word '" + p.words.back().key +
                                       "*' is too short");
      }
      p.words.back().prefix = true;
      continue;
    }
    p.words.push_back({std::string(key), false});
  }
  if (p.words.empty()) return Status::InvalidArgument("empty phrase");
  if (p.words.size() > kMaxPhraseTokens) {
    return Status::InvalidArgument("phrase of more than 16 words");
  }
  const auto id = static_cast<uint32_t>(phrases_.size());
  const Word& first = p.words[0];
  if (first.prefix) {
    prefix_first_.Add(std::string_view(first.key).substr(0, kBucketBytes)).push_back(id);
  } else {
    exact_first_.Add(first.key).push_back(id);
  }
  phrases_.push_back(std::move(p));
  return Status::Ok();
}

bool PhraseSet::Matches(const Phrase& p, const TokenList& tokens, size_t i,
                        size_t* end) const {
  size_t j = i;
  for (const Word& w : p.words) {
    if (j >= tokens.size()) return false;
    const std::string_view key = tokens.Key(j);
    if (w.prefix ? !StartsWith(key, w.key) : key != w.key) return false;
    ++j;
  }
  *end = j;
  return true;
}

void PhraseSet::Collect(const std::vector<uint32_t>& ids, const TokenList& tokens,
                        size_t i, std::vector<PhraseMatch>* out) const {
  for (uint32_t id : ids) {
    const Phrase& p = phrases_[id];
    size_t end = 0;
    if (!Matches(p, tokens, i, &end)) continue;
    PhraseMatch m;
    m.end = end;
    m.payload = p.payload;
    m.words = static_cast<uint32_t>(p.words.size());
    m.exact = std::none_of(p.words.begin(), p.words.end(),
                           [](const Word& w) { return w.prefix; });
    for (const Word& w : p.words) m.key_bytes += static_cast<uint32_t>(w.key.size());
    out->push_back(m);
  }
}

void PhraseSet::MatchAt(const TokenList& tokens, size_t i,
                        std::vector<PhraseMatch>* out) const {
  if (i >= tokens.size()) return;
  const size_t before = out->size();
  const std::string_view key = tokens.Key(i);
  if (const std::vector<uint32_t>* ids = exact_first_.Find(key)) Collect(*ids, tokens, i, out);
  if (!prefix_first_.empty()) {
    for (size_t len = 2; len <= kBucketBytes && len <= key.size(); ++len) {
      if (const std::vector<uint32_t>* ids = prefix_first_.Find(key.substr(0, len))) {
        Collect(*ids, tokens, i, out);
      }
    }
  }
  // Longest first; among equals, exact before prefix matches, then the
  // longer prefix ("voennoplenn*" before "voenn*").
  if (out->size() - before < 2) return;
  std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(before), out->end(),
                   [](const PhraseMatch& a, const PhraseMatch& b) {
                     if (a.end != b.end) return a.end > b.end;
                     if (a.exact != b.exact) return a.exact;
                     return a.key_bytes > b.key_bytes;
                   });
}

PhraseMatch PhraseSet::LongestAt(const TokenList& tokens, size_t i) const {
  // One scratch list a thread: this runs at every word of every document.
  thread_local std::vector<PhraseMatch> matches;
  matches.clear();
  MatchAt(tokens, i, &matches);
  return matches.empty() ? PhraseMatch{} : matches.front();
}

bool PhraseSet::MayStart(const TokenList& tokens, size_t i) const {
  if (i >= tokens.size()) return false;
  const std::string_view key = tokens.Key(i);
  if (exact_first_.Find(key) != nullptr) return true;
  for (size_t len = 2; len <= kBucketBytes && len <= key.size(); ++len) {
    if (prefix_first_.Find(key.substr(0, len)) != nullptr) return true;
  }
  return false;
}

}  // namespace tally::extract
