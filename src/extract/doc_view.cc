#include "src/extract/doc_view.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tally::extract {
namespace {

// Capitalisation and script of a word token.
uint8_t WordFlags(std::string_view word, uint8_t capital, uint8_t all_caps,
                  uint8_t cyrillic) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, n, c);
  if (c < 0) return 0;
  uint8_t flags = 0;
  if (c >= 0x0400 && c <= 0x052F) flags |= cyrillic;
  if (!u_isupper(c)) return flags;
  flags |= capital;
  int letters = 1;
  bool all_upper = true;
  while (i < n) {
    U8_NEXT(s, i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    if (!u_isupper(c)) {
      all_upper = false;
      break;
    }
  }
  if (all_upper && letters >= 2) flags |= all_caps;
  return flags;
}

}  // namespace

Status DocView::Build(std::string_view text, std::string_view lang,
                      const ClaimLexicon& lexicon,
                      const text::Abbreviations& abbreviations,
                      const DocViewOptions& options) {
  text_ = text;
  lang_ = std::string(lang);
  langs_ = lang.empty() ? kAllLangs : lexicon.MaskFor(lang);
  Status s = Tokenize(text, options.max_tokens, &tokens_);
  if (!s.ok()) return s;
  seg_ = text::Segment(text, abbreviations);
  const size_t n = tokens_.size();

  flags_.assign(n, 0);
  for (size_t t = 0; t < n; ++t) {
    if (tokens_[t].kind == TokenKind::kWord) {
      flags_[t] = WordFlags(Word(t), kCapital, kAllCaps, kCyrillic);
    }
  }

  // Tokens to sentences: both lists are in text order, so one merge pass.
  const size_t sentences = seg_.sentences.size();
  sentence_tokens_.assign(sentences + 1, static_cast<uint32_t>(n));
  size_t t = 0;
  for (size_t k = 0; k < sentences; ++k) {
    while (t < n && tokens_[t].begin < seg_.sentences[k].begin) ++t;
    sentence_tokens_[k] = static_cast<uint32_t>(t);
  }
  if (sentences > 0) sentence_tokens_[0] = 0;
  sentence_of_.assign(n, 0);
  for (size_t k = 0; k < sentences; ++k) {
    for (size_t u = sentence_tokens_[k]; u < sentence_tokens_[k + 1]; ++u) {
      sentence_of_[u] = static_cast<uint32_t>(k);
    }
  }

  quote_of_.assign(n, -1);
  size_t q = 0;
  for (size_t t = 0; t < n && q < seg_.quotes.size(); ++t) {
    while (q < seg_.quotes.size() && tokens_[t].begin >= seg_.quotes[q].end) ++q;
    if (q < seg_.quotes.size() && tokens_[t].begin >= seg_.quotes[q].begin) {
      quote_of_[t] = static_cast<int32_t>(q);
    }
  }

  cues_.clear();
  cue_start_.assign(n + 1, 0);
  for (size_t t = 0; t < n; ++t) {
    cue_start_[t] = static_cast<uint32_t>(cues_.size());
    if (tokens_[t].kind == TokenKind::kDigits) continue;
    lexicon.CuesAt(tokens_, t, langs_, &cues_);
  }
  cue_start_[n] = static_cast<uint32_t>(cues_.size());
  return Status::Ok();
}

std::string_view DocView::Span(size_t a, size_t b) const {
  if (a >= b || b > tokens_.size()) return {};
  return text_.substr(tokens_[a].begin, tokens_[b - 1].end - tokens_[a].begin);
}

size_t DocView::paragraph_first_token(size_t p) const {
  const text::Paragraph& para = seg_.paragraphs[p];
  return para.sentence_count == 0 ? size() : first_token(para.first_sentence);
}

size_t DocView::paragraph_end_token(size_t p) const {
  const text::Paragraph& para = seg_.paragraphs[p];
  return para.sentence_count == 0 ? size()
                                  : end_token(para.first_sentence + para.sentence_count - 1);
}

std::span<const CueMatch> DocView::CuesIn(size_t a, size_t b) const {
  const size_t n = tokens_.size();
  if (a > n) a = n;
  if (b > n) b = n;
  if (a >= b) return {};
  return std::span<const CueMatch>(cues_.data() + cue_start_[a],
                                   cue_start_[b] - cue_start_[a]);
}

const CueMatch* DocView::CueAt(size_t t, CueKind kind) const {
  for (const CueMatch& c : CuesAt(t)) {
    if (c.cue->kind == kind) return &c;
  }
  return nullptr;
}

bool DocView::HasCue(size_t a, size_t b, CueKind kind) const {
  for (const CueMatch& c : CuesIn(a, b)) {
    if (c.cue->kind == kind) return true;
  }
  return false;
}

}  // namespace tally::extract
