// PhraseSet: a set of phrases, each a run of token keys (tokenizer.h) with
// a payload, matched at a token of a text. A word written with a final "*"
// matches any word it begins ("refus*" matches "refused", "refusal"), so one
// line of the codebook covers a word's inflected forms.
//
//   PhraseSet set;
//   Status s = set.Add("were killed", 7);
//   s = set.Add("pogib*", 7);
//   std::vector<PhraseMatch> m;
//   set.MatchAt(tokens, i, &m);   // every phrase that starts at token i
//
// Lookup is one hash probe for the exact first word and at most three for
// prefix words (bucketed by their first four bytes), then a key comparison
// per candidate word.
// Immutable after loading; thread-safe for concurrent lookups.
#ifndef TALLY_SRC_EXTRACT_PHRASE_SET_H_
#define TALLY_SRC_EXTRACT_PHRASE_SET_H_

#include <cstdint>
#include <string>

#include "src/extract/flat_index.h"
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/extract/tokenizer.h"
#include "tally/status.h"

namespace tally::extract {

struct PhraseMatch {
  size_t end = 0;       // token index after the phrase
  int32_t payload = 0;  // what Add was given
  uint32_t words = 0;   // tokens in the phrase
  bool exact = true;    // no word matched as a prefix
  uint32_t key_bytes = 0;  // bytes of the phrase's words: more is more specific
};

class PhraseSet {
 public:
  // Adds `phrase` (tokenized as text is; at most 16 tokens). A prefix word
  // needs at least two letters before its "*". Fails with
  // kInvalidArgument for an empty or over-long phrase.
  Status Add(std::string_view phrase, int32_t payload);

  // Appends every phrase that matches at token `i`, longest first.
  void MatchAt(const TokenList& tokens, size_t i,
               std::vector<PhraseMatch>* out) const;
  // The longest phrase that matches at `i`; end == 0 when none.
  PhraseMatch LongestAt(const TokenList& tokens, size_t i) const;
  // True when some phrase could start with the key of token `i`.
  bool MayStart(const TokenList& tokens, size_t i) const;

  size_t size() const { return phrases_.size(); }

 private:
  struct Word {
    std::string key;
    bool prefix = false;
  };
  struct Phrase {
    std::vector<Word> words;
    int32_t payload = 0;
  };
  bool Matches(const Phrase& p, const TokenList& tokens, size_t i,
               size_t* end) const;
  void Collect(const std::vector<uint32_t>& ids, const TokenList& tokens,
               size_t i, std::vector<PhraseMatch>* out) const;

  std::vector<Phrase> phrases_;
  FlatIndex<> exact_first_;   // by the whole first word
  FlatIndex<> prefix_first_;  // by the first min(4, size) bytes of a prefix word
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_PHRASE_SET_H_
