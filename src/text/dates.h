// Publication dates as found in pages, feeds and archives, to ISO 8601.
#ifndef TALLY_SRC_TEXT_DATES_H_
#define TALLY_SRC_TEXT_DATES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace tally::text {

// Normalises a date or date-time to ISO 8601: "2024-03-05" when only the
// day is known, else "2024-03-05T09:15:03" plus the zone as given ("Z",
// "+03:00") when there is one. Reads ISO 8601 (with "T" or a space),
// RFC 822/1123 as in RSS ("Tue, 05 Mar 2024 09:15:03 GMT"), "20240305" and
// WARC's 14-digit form. Returns "" for anything else.
std::string ToIsoDate(std::string_view raw);

// Seconds since the Unix epoch to "YYYY-MM-DDTHH:MM:SSZ".
std::string IsoFromUnix(int64_t seconds);

}  // namespace tally::text

#endif  // TALLY_SRC_TEXT_DATES_H_
