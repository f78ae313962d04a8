// Design. The text is cut into words with the claim tokenizer's keys (so
// case, apostrophes and dashes do not matter), each k-word shingle hashed
// once with XXH3, and the i-th hash function derived from that 64-bit value
// by a multiply-xorshift mix with the i-th seed: one pass over the words,
// `hashes` cheap mixes per shingle.
#include "src/reconcile/minhash.h"

#include <xxhash.h>

#include <limits>
#include <string>

#include "src/extract/tokenizer.h"

namespace tally::reconcile {
namespace {

uint32_t Mix(uint64_t x, uint64_t seed) {
  x ^= seed;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 31;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 29;
  return static_cast<uint32_t>(x >> 16);
}

uint64_t Seed(int i) { return 0x9e3779b97f4a7c15ull * static_cast<uint64_t>(i + 1); }

}  // namespace

Signature MinHashOf(std::string_view utf8_text, const MinHashOptions& options) {
  // Only the first max_words words count, so only the text that can hold
  // them is tokenized (32 bytes a word is more than any language here
  // takes); a document of tens of MB costs no more than an article.
  if (utf8_text.size() > options.max_words * 32) {
    size_t cut = options.max_words * 32;
    while (cut > 0 && (static_cast<unsigned char>(utf8_text[cut]) & 0xC0) == 0x80) --cut;
    utf8_text = utf8_text.substr(0, cut);
  }
  extract::TokenList tokens;
  if (!extract::Tokenize(utf8_text, options.max_words * 4, &tokens).ok()) {
    // Too long: read the beginning only.
    utf8_text = utf8_text.substr(0, options.max_words * 8);
    if (!extract::Tokenize(utf8_text, options.max_words * 4, &tokens).ok()) return {};
  }
  std::vector<uint64_t> words;
  for (size_t i = 0; i < tokens.size() && words.size() < options.max_words; ++i) {
    const extract::TokenKind kind = tokens[i].kind;
    if (kind != extract::TokenKind::kWord && kind != extract::TokenKind::kDigits) continue;
    const std::string_view key = tokens.Key(i);
    words.push_back(XXH3_64bits(key.data(), key.size()));
  }
  if (words.empty()) return {};
  const size_t k = static_cast<size_t>(options.shingle_words);
  Signature sig(static_cast<size_t>(options.hashes), std::numeric_limits<uint32_t>::max());
  const size_t shingles = words.size() >= k ? words.size() - k + 1 : 1;
  for (size_t s = 0; s < shingles; ++s) {
    const size_t n = std::min(k, words.size() - s);
    const uint64_t h = XXH3_64bits(words.data() + s, n * sizeof(uint64_t));
    for (int i = 0; i < options.hashes; ++i) {
      const uint32_t v = Mix(h, Seed(i));
      if (v < sig[static_cast<size_t>(i)]) sig[static_cast<size_t>(i)] = v;
    }
  }
  return sig;
}

double EstimatedJaccard(const Signature& a, const Signature& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

std::vector<int64_t> BandKeys(const Signature& signature, const MinHashOptions& options) {
  std::vector<int64_t> keys;
  if (signature.empty() || options.bands <= 0) return keys;
  const size_t rows = signature.size() / static_cast<size_t>(options.bands);
  if (rows == 0) return keys;
  for (int b = 0; b < options.bands; ++b) {
    uint64_t band[2] = {static_cast<uint64_t>(b), 0};
    const uint64_t h = XXH3_64bits_withSeed(signature.data() + static_cast<size_t>(b) * rows,
                                            rows * sizeof(uint32_t), static_cast<uint64_t>(b));
    band[1] = h;
    keys.push_back(static_cast<int64_t>(XXH3_64bits(band, sizeof band)));
  }
  return keys;
}

}  // namespace tally::reconcile
