// Opaque paging cursors: where the next page of a listing starts. A
// client only hands back what `next` gave it; the server decodes and
// checks it, so a damaged or hand-made cursor is a 400, never a wrong page.
//
//   std::string next = EncodeCursor({'c', 2, "2024-03-05", 1234});
//   Result<Cursor> c = DecodeCursor(next, 'c');   // kind must match
//
// The text is base64url (no padding) of "kind|order|date|position": URL
// safe, and not meant to be read. Stateless.
#ifndef TALLY_SRC_SERVE_CURSOR_H_
#define TALLY_SRC_SERVE_CURSOR_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "tally/status.h"

namespace tally::serve {

struct Cursor {
  // Which listing: 'c' claims, 'd' documents, 's' search.
  char kind = 'c';
  // The listing's order (store::ClaimOrder for claims; 0 otherwise).
  int order = 0;
  // The last row's date for date orders, "" for none.
  std::string date;
  // The last row's rowid, or for search the offset of the next page; > 0.
  int64_t position = 0;
};

std::string EncodeCursor(const Cursor& cursor);

// kInvalidArgument ("bad cursor") unless `text` is a cursor EncodeCursor
// made for a listing of `kind`.
Result<Cursor> DecodeCursor(std::string_view text, char kind);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_CURSOR_H_
