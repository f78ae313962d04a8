// Content sniffing: which reader an input needs, from its first bytes,
// with the file name only as a tie-breaker (a ".txt" that is HTML is read
// as HTML; a gzip is unpacked whatever its name).
#ifndef TALLY_SRC_INGEST_SNIFF_H_
#define TALLY_SRC_INGEST_SNIFF_H_

#include <string_view>

namespace tally::ingest {

enum class Sniffed {
  kEmpty,
  kGzip,
  kWarc,
  kTelegram,
  kJsonLines,
  kJson,  // JSON that is neither a Telegram export nor JSON Lines
  kRss,   // RSS 0.9x/1.0/2.0
  kAtom,
  kXml,   // other XML
  kHtml,
  kMarkdown,
  kText,
  kBinary,
};

std::string_view SniffedName(Sniffed s);

// Bytes of the head worth reading before calling Sniff.
inline constexpr size_t kSniffBytes = 8192;

// Classifies an input from `head` (its first kSniffBytes bytes or all of
// it) and `path` (may be "" or "-").
Sniffed Sniff(std::string_view head, std::string_view path);

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_SNIFF_H_
