// URLs as the collector needs them, over libcurl's URL parser: the parts
// of an absolute http(s) URL, and a link resolved against its page.
#ifndef TALLY_SRC_COLLECT_URL_H_
#define TALLY_SRC_COLLECT_URL_H_

#include <string>
#include <string_view>

#include "tally/status.h"

namespace tally::collect {

struct UrlParts {
  std::string scheme;  // "http" or "https"
  std::string host;    // lower case
  int port = 0;        // the explicit or default port
  std::string path;    // path and query, "/" at least; no fragment
  // scheme://host:port: what robots.txt and the rate limit are kept by.
  std::string Origin() const;
};

// Parses an absolute http(s) URL. Fails with kInvalidArgument naming it.
Result<UrlParts> ParseUrl(std::string_view url);

// Resolves `link` (absolute, or relative to `base`) and drops its
// fragment. Fails with kInvalidArgument when the result is not http(s).
Result<std::string> ResolveUrl(std::string_view base, std::string_view link);

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_URL_H_
