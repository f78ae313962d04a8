// When a source is due again and one word for its state, from its stored
// state alone, so that the fetcher, `tally sources` and the API's
// /sources agree. Stateless; safe from any thread.
//
//   int64_t due = NextDue(state);                      // Unix seconds
//   std::string_view word = SourceHealth(state, now);  // "backed-off"
#ifndef TALLY_SRC_COLLECT_SOURCE_HEALTH_H_
#define TALLY_SRC_COLLECT_SOURCE_HEALTH_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "src/store/store.h"

namespace tally::collect {

// Seconds between passes over a source polled every `every` seconds after
// `failures` failed passes in a row: doubled for each failure (six times
// at most), but never more than a day or its own interval if that is
// longer. A dead source is asked less and less, never forgotten.
int64_t BackoffWait(int64_t every, int64_t failures);

// Seconds since the epoch of an ISO time "YYYY-MM-DDThh:mm:ssZ"; -1 when
// it is not one.
int64_t UnixFromIso(const std::string& iso);

// When the source is due again, in seconds since the epoch: 0 when it
// never was fetched (due now), -1 when its interval is unknown (a state
// written before schema 9).
int64_t NextDue(const store::SourceState& state);

// "never" (never fetched), "ok" (its last pass read it), "disallowed"
// (robots.txt keeps us from it), "failing" (its last pass failed and the
// next one retries it) or "backed-off" (failing, and left alone until
// NextDue), at `now` (seconds since the epoch).
std::string_view SourceHealth(const store::SourceState& state, int64_t now);

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_SOURCE_HEALTH_H_
