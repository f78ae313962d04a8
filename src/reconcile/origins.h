// Origins and echoes: a figure that several reports give is one claim, not
// several confirmations. Every stored claim is linked to the earliest
// claim it repeats -- the same category, side, unit and interval values,
// and the same speaker (the same codebook actor, or the same surname however
// it is spelt: speaker_key.h), or no speaker at all repeating an
// attributed figure, or the same document or a near-duplicate copy of it.
// The claims nothing earlier matches are the origins; the others are their
// echoes (restatements when they stand in the origin's own document).
//
//   Result<OriginSummary> s = LinkOrigins(store);   // after an ingest run
//
// Only figures can repeat each other, so linking goes figure by figure:
// after a run, each figure that the run's new claims give is linked again
// from scratch (a report published earlier but ingested later still
// becomes the origin), and no other claim is read. One figure's claims are
// streamed from the store in date order and matched in constant time each;
// memory holds one figure's origins, never the store's claims.
#ifndef TALLY_SRC_RECONCILE_ORIGINS_H_
#define TALLY_SRC_RECONCILE_ORIGINS_H_

#include <cstddef>
#include <string>

#include "src/store/store.h"
#include "tally/status.h"

namespace tally::reconcile {

// What one linking pass went through: the figures it relinked and their
// claims.
struct OriginSummary {
  size_t figures = 0;
  size_t claims = 0;
  size_t origins = 0;
  size_t echoes = 0;        // repeats in another document
  size_t restatements = 0;  // repeats in the origin's own document
};

enum class LinkScope {
  kNew,  // the figures of the claims stored since the last link
  kAll,  // every figure in the store
};

// Links claims to their origins (claims.origin) inside one transaction,
// and records how far the store is linked, so that a run cut short before
// linking is caught up by the next. Fails only when the store does.
Result<OriginSummary> LinkOrigins(store::Store& store, LinkScope scope = LinkScope::kNew);

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_ORIGINS_H_
