#include "src/reconcile/near_duplicates.h"

namespace tally::reconcile {

Status AddToClusters(store::Store& store, int64_t doc, const Signature& signature,
                     const DedupOptions& options) {
  if (signature.empty()) return Status::Ok();
  const std::vector<int64_t> keys = BandKeys(signature, options.minhash);
  Result<std::vector<int64_t>> neighbours = store.BandNeighbours(keys);
  if (!neighbours.ok()) return neighbours.status();
  int64_t best = -1;
  double best_j = 0;
  for (int64_t other : *neighbours) {
    if (other == doc) continue;
    Result<std::vector<uint32_t>> sig = store.GetSignature(other);
    if (!sig.ok()) return sig.status();
    const double j = EstimatedJaccard(signature, *sig);
    if (j > best_j || (j == best_j && other < best)) {
      best_j = j;
      best = other;
    }
  }
  Status s = store.PutSignature(doc, signature, keys);
  if (!s.ok()) return s;
  if (best < 0 || best_j < options.threshold) return Status::Ok();
  Result<int64_t> cluster = store.ClusterOf(best);
  if (!cluster.ok()) return cluster.status();
  if (*cluster == best) {
    s = store.SetCluster(best, best, 1.0);
    if (!s.ok()) return s;
  }
  return store.SetCluster(doc, *cluster, best_j);
}

}  // namespace tally::reconcile
