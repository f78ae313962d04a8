// Short renderings of a claim for people: the interval in compact
// notation, the speaker as one label, and the sentence cut down to the
// words around the figure. Used by `tally claims`' table.
//
//   CompactInterval(q);                  // "(1000, inf)", "[20, 40]%", "~17300"
//   SpeakerLabel(claim.speaker);         // "Pavel Chikov, Agora (independent)"
//   FigureSnippet(sentence, "more than 1,000", 60, "[", "]");
//   // "...written on Telegram that [more than 1,000] military personnel..."
//
// Widths count code points (no East Asian wide forms in tally's languages).
// Stateless; safe from any thread.
#ifndef TALLY_SRC_EXPORT_CLAIM_TEXT_H_
#define TALLY_SRC_EXPORT_CLAIM_TEXT_H_

#include <optional>
#include <string>
#include <string_view>

#include "tally/claim.h"
#include "tally/quantity.h"

namespace tally::exporting {

// The interval as mathematics writes it: a single value when lo == hi and
// both ends are closed ("1351"), else "[lo, hi]" with "(" / ")" at open
// ends and "-inf" / "inf" where unbounded. Approximate figures start with
// "~"; the unit follows unless it is persons: "%" for percent, else
// " regions", " units", " cases".
std::string CompactInterval(const Quantity& q);

// "name, org (stance)", either part alone when the other is unknown;
// "(private)" replaces a missing stance for a private individual (whose
// name is a pseudonym); "-" when there is no speaker.
std::string SpeakerLabel(const std::optional<Speaker>& speaker);

// About `width` code points of `sentence` around the first occurrence of
// `figure`, which is wrapped in `open`/`close` (brackets, or a terminal's
// bold on and off); "..." marks a cut, made at a space when one is near.
// Line breaks become spaces. When `figure` does not occur, the start of
// the sentence. `open`, `close` and "..." do not count against `width`.
std::string FigureSnippet(std::string_view sentence, std::string_view figure,
                          size_t width, std::string_view open, std::string_view close);

}  // namespace tally::exporting

#endif  // TALLY_SRC_EXPORT_CLAIM_TEXT_H_
