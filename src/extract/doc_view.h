// DocView: one document as the claim extractor reads it -- its tokens,
// sentences, paragraphs and quotations, every codebook cue that matches in
// it, and the maps between them. Built once per document; the stages of
// claim extraction (mentions, attribution, figure context) only read it.
//
//   DocView view;
//   Status s = view.Build(doc.text, "ru", lexicon, abbreviations, options);
//   for (const CueMatch& c : view.CuesIn(first, last)) ...
#ifndef TALLY_SRC_EXTRACT_DOC_VIEW_H_
#define TALLY_SRC_EXTRACT_DOC_VIEW_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/extract/claim_lexicon.h"
#include "src/extract/tokenizer.h"
#include "src/text/segmenter.h"
#include "tally/status.h"

namespace tally::extract {

struct DocViewOptions {
  // Most tokens read in one document. Default: 16 Mi.
  size_t max_tokens = size_t{16} << 20;
};

class DocView {
 public:
  // Tokenizes and segments `text` (which must outlive the view) and looks
  // up the lexicon's cues at every token. Fails with kResourceExhausted
  // when the text has too many tokens.
  Status Build(std::string_view text, std::string_view lang,
               const ClaimLexicon& lexicon, const text::Abbreviations& abbreviations,
               const DocViewOptions& options = {});

  std::string_view text() const { return text_; }
  const std::string& lang() const { return lang_; }
  LangMask langs() const { return langs_; }
  const TokenList& tokens() const { return tokens_; }
  const text::Segmentation& seg() const { return seg_; }
  size_t size() const { return tokens_.size(); }

  std::string_view Key(size_t t) const { return tokens_.Key(t); }
  std::string_view Word(size_t t) const {
    return text_.substr(tokens_[t].begin, tokens_[t].end - tokens_[t].begin);
  }
  // The text from token a to the end of token b-1.
  std::string_view Span(size_t a, size_t b) const;
  bool IsWord(size_t t) const { return tokens_[t].kind == TokenKind::kWord; }
  bool IsSymbol(size_t t, std::string_view key) const {
    return tokens_[t].kind == TokenKind::kSymbol && tokens_.Key(t) == key;
  }
  // The word starts with an upper-case letter.
  bool Capitalized(size_t t) const { return (flags_[t] & kCapital) != 0; }
  // Every letter of the word is upper-case (and it has two or more).
  bool AllCaps(size_t t) const { return (flags_[t] & kAllCaps) != 0; }
  bool Cyrillic(size_t t) const { return (flags_[t] & kCyrillic) != 0; }

  // Sentences and their tokens: sentence s holds tokens
  // [first_token(s), end_token(s)).
  size_t SentenceOf(size_t t) const { return sentence_of_[t]; }
  size_t first_token(size_t s) const { return sentence_tokens_[s]; }
  size_t end_token(size_t s) const { return sentence_tokens_[s + 1]; }
  size_t sentence_count() const { return seg_.sentences.size(); }
  size_t ParagraphOf(size_t t) const {
    return seg_.sentences[sentence_of_[t]].paragraph;
  }
  // Token range of paragraph p.
  size_t paragraph_first_token(size_t p) const;
  size_t paragraph_end_token(size_t p) const;
  // The quotation holding token t, or -1.
  int QuoteOf(size_t t) const { return quote_of_[t]; }

  // The cues that start at tokens [a, b), in token order.
  std::span<const CueMatch> CuesIn(size_t a, size_t b) const;
  // The cues that start at token t.
  std::span<const CueMatch> CuesAt(size_t t) const { return CuesIn(t, t + 1); }
  // The first cue of `kind` starting at t, or nullptr.
  const CueMatch* CueAt(size_t t, CueKind kind) const;
  // A cue of `kind` starts somewhere in [a, b).
  bool HasCue(size_t a, size_t b, CueKind kind) const;

 private:
  static constexpr uint8_t kCapital = 1, kAllCaps = 2, kCyrillic = 4;

  std::string_view text_;
  std::string lang_;
  LangMask langs_ = kAllLangs;
  TokenList tokens_;
  text::Segmentation seg_;
  std::vector<uint8_t> flags_;
  std::vector<uint32_t> sentence_of_;
  std::vector<uint32_t> sentence_tokens_;  // sentence -> first token; +1 entry
  std::vector<int32_t> quote_of_;
  std::vector<CueMatch> cues_;
  std::vector<uint32_t> cue_start_;  // token -> first cue index; +1 entry
};

}  // namespace tally::extract

#endif  // TALLY_SRC_EXTRACT_DOC_VIEW_H_
