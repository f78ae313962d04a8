// The query string of an HTTP request, parsed and checked before any
// handler sees it: percent escapes decoded, every name and value valid
// UTF-8 without control characters, each name at most once, a length cap.
// Anything else is a 400 that says what is wrong, never a guess.
//
//   Result<QueryParams> p = QueryParams::Parse("side=RU&q=more%20than", 2048);
//   if (!p.ok()) ...                      // kInvalidArgument
//   Status s = p->OnlyThese({"side", "q"});
//   std::string side = p->Get("side");    // "RU"; "" when absent or empty
//
// Stateless parsing; a QueryParams is a value, safe to share once built.
#ifndef TALLY_SRC_SERVE_QUERY_PARAMS_H_
#define TALLY_SRC_SERVE_QUERY_PARAMS_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tally/status.h"

namespace tally::serve {

class QueryParams {
 public:
  // Parses `query` (what follows '?', without it). kInvalidArgument when
  // it is longer than `max_bytes`, has a bad percent escape, a name given
  // twice, or a name or value that is not clean UTF-8 text.
  static Result<QueryParams> Parse(std::string_view query, size_t max_bytes);

  // The value of `name`; "" when absent or given empty (a form's blank
  // field narrows nothing).
  const std::string& Get(std::string_view name) const;
  // kInvalidArgument naming the first parameter not in `allowed`.
  Status OnlyThese(std::initializer_list<std::string_view> allowed) const;

  // A whole number in [lo, hi], or `fallback` when absent.
  // kInvalidArgument naming the parameter otherwise.
  Result<int64_t> GetInt(std::string_view name, int64_t fallback, int64_t lo,
                         int64_t hi) const;
  // "1"/"true" or "0"/"false" (absent: false). kInvalidArgument otherwise.
  Result<bool> GetBool(std::string_view name) const;

  const std::vector<std::pair<std::string, std::string>>& items() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// Decodes %XX escapes and '+' (a space in a query). kInvalidArgument for a
// '%' not followed by two hex digits. Exposed for the asset paths.
Result<std::string> PercentDecode(std::string_view s, bool plus_is_space);

// Whether `s` is valid UTF-8 free of control characters (below U+0020,
// and DEL): what a parameter value may hold.
bool IsCleanText(std::string_view s);

}  // namespace tally::serve

#endif  // TALLY_SRC_SERVE_QUERY_PARAMS_H_
