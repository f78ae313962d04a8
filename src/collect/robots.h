// robots.txt (RFC 9309): which paths of a site a crawler may fetch.
//
//   RobotsRules rules = RobotsRules::FromFetch(status, body, "tally");
//   if (rules.Allowed("/news/2024/story?id=3")) Fetch(...);
//
// The file is read as groups: one or more `user-agent` lines, then the
// `allow` and `disallow` rules that apply to them. The groups whose
// user-agent is our product token (case-insensitive) apply, all of them
// merged; else the `*` groups; else nothing is disallowed. A path is
// checked against every rule that applies: the longest matching pattern
// wins, and `allow` wins a tie. Patterns may use `*` (any run of
// characters) and a final `$` (the end of the path).
#ifndef TALLY_SRC_COLLECT_ROBOTS_H_
#define TALLY_SRC_COLLECT_ROBOTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace tally::collect {

// The most of a robots.txt that is read; the rest is ignored (RFC 9309
// 2.5 asks crawlers to read at least 500 KiB).
inline constexpr size_t kMaxRobotsBytes = 500u << 10;

class RobotsRules {
 public:
  // Parses `text` (only its first kMaxRobotsBytes) for the crawler whose
  // product token is `agent` ("tally"). Never fails: lines that are not
  // rules are ignored, as the RFC asks.
  static RobotsRules Parse(std::string_view text, std::string_view agent);

  // The rules after fetching /robots.txt: `status` is the final HTTP
  // status after redirects, 0 when the server could not be reached.
  // 2xx: the body's rules. 4xx other than 429: the file is absent, allow
  // all. 5xx, 429 and unreachable: the server may be in trouble, disallow
  // all (RFC 9309 2.3.1.4) until it answers again.
  static RobotsRules FromFetch(int status, std::string_view body, std::string_view agent);

  static RobotsRules AllowAll();
  static RobotsRules DisallowAll();

  // Whether `path` (the URL's path and query, "/" at least; percent-
  // encoded as in the URL) may be fetched. /robots.txt itself always may.
  bool Allowed(std::string_view path) const;

  // True when every path is disallowed because the server failed.
  bool disallow_all() const { return disallow_all_; }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;  // normalised: %xx in capitals, non-ASCII encoded
  };
  std::vector<Rule> rules_;
  bool disallow_all_ = false;
};

// Whether `pattern` (a robots.txt path pattern, normalised) matches the
// start of `path` (the whole of it when the pattern ends in `$`). Exposed
// for tests and the fuzzer, which check it against a slow reference.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

// Normalises a path or pattern for comparison: bytes outside printable
// ASCII are percent-encoded, and every %xx escape gets capital hex digits.
std::string NormalizeRobotsPath(std::string_view path);

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_ROBOTS_H_
