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
// All claims are read once, in (date, document, span) order, and matched
// through a hash of (measure, interval): linear in the claims. The pass is
// repeated whole after each ingest, so a report published earlier but
// ingested later still becomes the origin.
#ifndef TALLY_SRC_RECONCILE_ORIGINS_H_
#define TALLY_SRC_RECONCILE_ORIGINS_H_

#include <cstddef>
#include <string>

#include "src/store/store.h"
#include "tally/status.h"

namespace tally::reconcile {

struct OriginSummary {
  size_t claims = 0;
  size_t origins = 0;
  size_t echoes = 0;        // repeats in another document
  size_t restatements = 0;  // repeats in the origin's own document
};

// Links every claim in `store` to its origin (claims.origin), inside one
// transaction. Fails only when the store does.
Result<OriginSummary> LinkOrigins(store::Store& store);

}  // namespace tally::reconcile

#endif  // TALLY_SRC_RECONCILE_ORIGINS_H_
