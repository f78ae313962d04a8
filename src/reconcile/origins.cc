#include "src/reconcile/origins.h"

#include <unordered_map>
#include <utility>
#include <vector>

#include "src/reconcile/speaker_key.h"

namespace tally::reconcile {
namespace {

// A speaker key cache this large is dropped and started again, so that a
// store of millions of spellings does not keep them all.
constexpr size_t kMaxCachedSpeakers = 100000;

// The origins of one figure met so far, indexed by what a later claim may
// share with them. Each index keeps the earliest origin only, so a claim's
// origin is the earliest of at most three candidates: constant work a
// claim, however many origins the figure has.
class FigureOrigins {
 public:
  struct Origin {
    size_t order;  // position in the figure's claims
    std::string id, doc;
  };

  // The earliest origin `speaker` (its key, "" for none) in `cluster`
  // repeats, or null.
  const Origin* Match(const std::string& speaker, int64_t cluster) const {
    const Origin* best = nullptr;
    auto consider = [&best](const Origin* o) {
      if (o != nullptr && (best == nullptr || o->order < best->order)) best = o;
    };
    if (!speaker.empty()) {
      auto it = by_speaker_.find(speaker);
      if (it != by_speaker_.end()) consider(&origins_[it->second]);
    } else if (first_attributed_) {
      consider(&origins_[*first_attributed_]);  // an unattributed echo
    }
    auto it = by_cluster_.find(cluster);  // the same document or a copy of it
    if (it != by_cluster_.end()) consider(&origins_[it->second]);
    return best;
  }

  void Add(Origin origin, const std::string& speaker, int64_t cluster) {
    const size_t i = origins_.size();
    origins_.push_back(std::move(origin));
    if (!speaker.empty()) {
      by_speaker_.emplace(speaker, i);
      if (!first_attributed_) first_attributed_ = i;
    }
    by_cluster_.emplace(cluster, i);
  }

 private:
  std::vector<Origin> origins_;
  std::unordered_map<std::string, size_t> by_speaker_;
  std::unordered_map<int64_t, size_t> by_cluster_;
  std::optional<size_t> first_attributed_;
};

// Links the claims of one figure from scratch, in their order; writes
// the origins that changed.
Status LinkFigure(store::Store& store, const store::FigureKey& figure, SpeakerKeys& speaker_keys,
                  OriginSummary* summary) {
  FigureOrigins origins;
  std::vector<std::pair<int64_t, std::string>> changes;
  size_t order = 0;
  Status s = store.ForEachClaimOfFigure(figure, [&](const store::ClaimKeyRow& c) {
    const std::string speaker = speaker_keys.Of(c);
    std::string origin;
    if (const FigureOrigins::Origin* match = origins.Match(speaker, c.cluster)) {
      origin = match->id;
      if (match->doc == c.doc) {
        ++summary->restatements;
      } else {
        ++summary->echoes;
      }
    } else {
      // Only origins are matched against, so every chain has one root.
      ++summary->origins;
      origins.Add({order, c.id, c.doc}, speaker, c.cluster);
    }
    ++order;
    ++summary->claims;
    if (origin != c.origin) changes.emplace_back(c.rowid, std::move(origin));
  });
  if (!s.ok()) return s;
  ++summary->figures;
  return changes.empty() ? Status::Ok() : store.SetOrigins(changes);
}

}  // namespace

Result<OriginSummary> LinkOrigins(store::Store& store, LinkScope scope) {
  Result<int64_t> linked = store.OriginsLinkedThrough();
  if (!linked.ok()) return linked.status();
  Result<int64_t> last = store.LastClaimRowid();
  if (!last.ok()) return last.status();
  const int64_t after = scope == LinkScope::kAll ? 0 : *linked;
  OriginSummary summary;
  if (after >= *last) return summary;  // no claim to link
  Status s = store.BeginBatch();
  if (!s.ok()) return s;
  SpeakerKeys speaker_keys;
  s = store.ForEachFigure(after, *last, [&](const store::FigureKey& figure) {
    if (speaker_keys.size() > kMaxCachedSpeakers) speaker_keys.Clear();
    return LinkFigure(store, figure, speaker_keys, &summary);
  });
  if (s.ok()) s = store.SetOriginsLinkedThrough(*last);
  if (s.ok()) s = store.CommitBatch();
  if (!s.ok()) {
    (void)store.RollbackBatch();
    return s;
  }
  return summary;
}

}  // namespace tally::reconcile
