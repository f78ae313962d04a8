#include "src/reconcile/origins.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "src/reconcile/speaker_key.h"

namespace tally::reconcile {
namespace {

std::string Value(const std::optional<double>& v) {
  if (!v) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", *v);
  return buf;
}

// What a repeat must share with its origin besides the speaker.
std::string FigureKey(const store::ClaimKeyRow& c) {
  return c.category + "|" + c.side + "|" + c.unit + "|" + Value(c.lo) + "|" + Value(c.hi);
}

}  // namespace

Result<OriginSummary> LinkOrigins(store::Store& store) {
  Result<std::vector<store::ClaimKeyRow>> claims = store.ListClaimKeys();
  if (!claims.ok()) return claims.status();
  // Within one document, attributed claims come first: a headline's bare
  // "More than 1,400 refused" restates the body's "more than 1,400, the
  // lawyer said", and the origin should carry the speaker.
  for (auto run = claims->begin(); run != claims->end();) {
    auto end = std::find_if(run, claims->end(), [&](const store::ClaimKeyRow& c) {
      return c.doc_rowid != run->doc_rowid;
    });
    std::stable_partition(run, end, [](const store::ClaimKeyRow& c) { return c.has_speaker; });
    run = end;
  }
  struct Prior {
    size_t index;  // into *claims
    std::string speaker;
  };
  std::unordered_map<std::string, std::vector<Prior>> by_figure;
  std::vector<std::string> origin_of(claims->size());
  std::vector<std::pair<int64_t, std::string>> changes;
  SpeakerKeys speaker_keys;
  OriginSummary summary;
  summary.claims = claims->size();
  for (size_t i = 0; i < claims->size(); ++i) {
    const store::ClaimKeyRow& c = (*claims)[i];
    const std::string speaker = speaker_keys.Of(c);
    std::vector<Prior>& priors = by_figure[FigureKey(c)];
    const Prior* match = nullptr;
    for (const Prior& p : priors) {
      const store::ClaimKeyRow& e = (*claims)[p.index];
      const bool same_speaker = !speaker.empty() && speaker == p.speaker;
      const bool echo_of_attributed = speaker.empty() && !p.speaker.empty();
      const bool same_story = e.doc == c.doc || e.cluster == c.cluster;
      if (same_speaker || echo_of_attributed || same_story) {
        match = &p;
        break;  // priors are in order: the first is the earliest
      }
    }
    std::string origin;
    if (match != nullptr) {
      const size_t root = match->index;
      origin = origin_of[root].empty() ? (*claims)[root].id : origin_of[root];
      if ((*claims)[root].doc == c.doc) {
        ++summary.restatements;
      } else {
        ++summary.echoes;
      }
    } else {
      ++summary.origins;
    }
    origin_of[i] = origin;
    // Only origins are matched against, so every chain has one root.
    if (origin.empty()) priors.push_back({i, speaker});
    if (origin != c.origin) changes.emplace_back(c.rowid, origin);
  }
  Status s = store.BeginBatch();
  if (s.ok()) s = store.SetOrigins(changes);
  if (s.ok()) s = store.CommitBatch();
  if (!s.ok()) return s;
  return summary;
}

}  // namespace tally::reconcile
