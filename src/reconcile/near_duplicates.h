// Near-duplicate documents: each new document's MinHash signature is
// compared with the stored documents that share one of its LSH bands, and
// the document joins the cluster of the most similar one when their
// estimated Jaccard similarity reaches the threshold. The cost of a
// document is a few index lookups and a few signature comparisons, so the
// whole corpus costs time linear in its size, never all pairs.
//
//   Signature sig = MinHashOf(doc.text, options.minhash);   // worker thread
//   Status s = AddToClusters(store, doc_rowid, sig, options);  // writer thread
#ifndef TALLY_SRC_RECONCILE_NEAR_DUPLICATES_H_
#define TALLY_SRC_RECONCILE_NEAR_DUPLICATES_H_

#include <cstdint>

#include "src/reconcile/minhash.h"
#include "src/store/store.h"
#include "tally/status.h"

namespace tally::reconcile {

struct DedupOptions {
  MinHashOptions minhash;
  // Estimated Jaccard similarity of 5-word shingles at which two documents
  // are copies of one story. Default: 0.5 (doc/reconcile.md: copies under
  // a new headline score 0.79 and up, with the end cut 0.74, with one word
  // in twenty changed 0.45-0.6; distinct articles at most 0.13, a rewrite
  // of the same facts 0).
  double threshold = 0.5;
};

// Stores `signature` for document `doc` (a rowid) and puts the document in
// the cluster of its most similar stored neighbour at or above the
// threshold. Uses the caller's batch; fails only when the store does.
Status AddToClusters(store::Store& store, int64_t doc, const Signature& signature,
                     const DedupOptions& options);

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_NEAR_DUPLICATES_H_
