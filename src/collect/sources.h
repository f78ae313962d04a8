// The sources file: what `tally fetch` polls. TOML, one array of tables per
// kind of source:
//
//   [[feed]]
//   url = "https://example.org/feed.xml"
//   every = "15m"                          # optional; default "1h"
//
//   [[site]]
//   url = "https://example.org/news/"      # a listing page to poll
//   follow = "https://example.org/news/"   # follow links that start with this
//
//   [[telegram]]
//   channel = "some_channel"
//   preview = "https://t.me/s/"            # the default
//   backfill = 5                           # preview pages read back, at most
//
// Every table may also set `lang` (a hint: "en", "ru", "uk") and `label`.
//
//   Result<std::vector<Source>> sources = LoadSources("sources.toml");
#ifndef TALLY_SRC_COLLECT_SOURCES_H_
#define TALLY_SRC_COLLECT_SOURCES_H_

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "tally/status.h"

namespace tally::collect {

// Persisted (the store's sources table keeps the name): never rename.
enum class SourceKind { kFeed, kSite, kTelegram };

std::string_view SourceKindName(SourceKind kind);  // "feed", "site", "telegram"

struct Source {
  SourceKind kind = SourceKind::kFeed;
  std::string url;      // feed and site: what is polled
  std::string follow;   // site: links that start with this are articles
  std::string channel;  // telegram: the channel's public name
  std::string preview = "https://t.me/s/";  // telegram: the preview base
  // telegram: preview pages (about 20 posts each) read back through the
  // channel's history on one pass, at most. Default: 5.
  int backfill = 5;
  std::chrono::seconds every{3600};  // how often it is due; default 1h
  std::string lang;   // a language hint, "" = detect
  std::string label;  // a name for people, "" = none
  int line = 0;       // where the sources file defines it

  // What identifies the source in the store, stable across edits of its
  // other settings: "feed https://...", "site https://...",
  // "telegram NAME".
  std::string Key() const;
};

// Reads the sources file at `path`. Fails with kNotFound or kIOError when
// it cannot be read, and with kInvalidArgument naming "path:line:" and what
// is wrong for a TOML error, an unknown table or key, a missing or
// ill-typed value, a `backfill` outside 1 to 1000, a URL that is not http(s), a bad interval, or a source
// listed twice.
Result<std::vector<Source>> LoadSources(const std::string& path);

// The same over text already read; `path` is for messages.
Result<std::vector<Source>> ParseSources(std::string_view text, const std::string& path);

// Reads an interval: a sequence of number+unit ("30s", "15m", "1h30m",
// "2d"), at least one minute, at most 30 days. Fails with
// kInvalidArgument saying what is wrong.
Result<std::chrono::seconds> ParseInterval(std::string_view text);

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_SOURCES_H_
