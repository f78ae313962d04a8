// MinHash signatures for near-duplicate documents: a document is the set of
// its word shingles (runs of k consecutive words, case-folded), and the
// share of equal positions in two signatures estimates the Jaccard
// similarity of their sets. Signatures are cut into bands for
// locality-sensitive hashing: two documents that share a band's value are
// candidates, so finding a document's near-duplicates costs a few index
// lookups, never a comparison with every stored document.
//
//   MinHashOptions options;                    // 5-word shingles, 128 hashes, 32 bands
//   Signature a = MinHashOf(text_a, options);
//   double j = EstimatedJaccard(a, MinHashOf(text_b, options));
//   std::vector<int64_t> keys = BandKeys(a, options);
//
// Pure functions; thread-safe.
#ifndef TALLY_SRC_RECONCILE_MINHASH_H_
#define TALLY_SRC_RECONCILE_MINHASH_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace tally::reconcile {

struct MinHashOptions {
  // Words per shingle. Default: 5.
  int shingle_words = 5;
  // Hash functions in a signature. Default: 128.
  int hashes = 128;
  // LSH bands (hashes / bands rows each). Default: 32, so pairs down to a
  // Jaccard of about 0.4 become candidates; the threshold decides after.
  int bands = 32;
  // Words read from one document; the rest is left out. Default: 200,000.
  size_t max_words = 200000;
};

using Signature = std::vector<uint32_t>;

// The signature of `utf8_text`. A text with fewer words than a shingle is
// one shingle; an empty text gives an empty signature.
Signature MinHashOf(std::string_view utf8_text, const MinHashOptions& options = {});

// The share of positions where `a` and `b` agree (0 when either is empty
// or their sizes differ).
double EstimatedJaccard(const Signature& a, const Signature& b);

// One key a band: a hash of the band's rows and the band's number.
std::vector<int64_t> BandKeys(const Signature& signature, const MinHashOptions& options = {});

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_MINHASH_H_
