#include "src/collect/sources.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace tally::collect {
namespace {

constexpr std::chrono::seconds kMinInterval{60};
constexpr std::chrono::seconds kMaxInterval{30 * 24 * 3600};
constexpr size_t kMaxFileBytes = 4u << 20;
constexpr int64_t kMaxBackfill = 1000;

Status Bad(const std::string& path, int line, const std::string& what) {
  return Status::InvalidArgument(path + ":" + std::to_string(line) + ": " + what);
}

bool IsHttpUrl(std::string_view url) {
  for (std::string_view scheme : {"http://", "https://"}) {
    if (url.size() > scheme.size() && url.substr(0, scheme.size()) == scheme) return true;
  }
  return false;
}

// The keys each kind of table may hold; the first are required.
struct TableShape {
  SourceKind kind;
  std::vector<std::string_view> required;
  std::vector<std::string_view> optional;
};

const std::vector<TableShape>& Shapes() {
  static const std::vector<TableShape> kShapes = {
      {SourceKind::kFeed, {"url"}, {"every", "lang", "label"}},
      {SourceKind::kSite, {"url", "follow"}, {"every", "lang", "label"}},
      {SourceKind::kTelegram, {"channel"}, {"preview", "backfill", "every", "lang", "label"}},
  };
  return kShapes;
}

bool Contains(const std::vector<std::string_view>& keys, std::string_view key) {
  for (std::string_view k : keys) {
    if (k == key) return true;
  }
  return false;
}

// A channel name as Telegram allows it: letters, digits, underscores.
bool IsChannelName(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

Result<Source> ReadTable(const toml::table& table, const TableShape& shape,
                         const std::string& path) {
  Source source;
  source.kind = shape.kind;
  source.line = static_cast<int>(table.source().begin.line);
  const std::string where = "[[" + std::string(SourceKindName(shape.kind)) + "]]";
  for (std::string_view key : shape.required) {
    if (!table.contains(key)) {
      return Bad(path, source.line, where + " needs '" + std::string(key) + "'");
    }
  }
  for (auto&& [key, node] : table) {
    const int line = static_cast<int>(node.source().begin.line);
    const std::string name(key.str());
    if (!Contains(shape.required, name) && !Contains(shape.optional, name)) {
      return Bad(path, line, "unknown key '" + name + "' in " + where);
    }
    if (name == "backfill") {
      const std::optional<int64_t> pages = node.value<int64_t>();
      if (!node.is_integer() || !pages || *pages < 1 || *pages > kMaxBackfill) {
        return Bad(path, line, "'backfill' must be a number of pages from 1 to " +
                                   std::to_string(kMaxBackfill));
      }
      source.backfill = static_cast<int>(*pages);
      continue;
    }
    const std::string* value = node.is_string() ? &node.as_string()->get() : nullptr;
    if (value == nullptr) return Bad(path, line, "'" + name + "' must be a string");
    if (name == "url" || name == "follow" || name == "preview") {
      if (!IsHttpUrl(*value)) {
        return Bad(path, line, "'" + name + "' is not an http(s) URL: \"" + *value + "\"");
      }
    }
    if (name == "url") source.url = *value;
    if (name == "follow") source.follow = *value;
    if (name == "preview") source.preview = *value;
    if (name == "lang") source.lang = *value;
    if (name == "label") source.label = *value;
    if (name == "channel") {
      if (!IsChannelName(*value)) {
        return Bad(path, line, "'channel' must be a public channel name (letters, digits, _): \"" +
                                   *value + "\"");
      }
      source.channel = *value;
    }
    if (name == "every") {
      Result<std::chrono::seconds> every = ParseInterval(*value);
      if (!every.ok()) return Bad(path, line, "'every': " + every.status().message());
      source.every = *every;
    }
  }
  return source;
}

}  // namespace

std::string_view SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kFeed:
      return "feed";
    case SourceKind::kSite:
      return "site";
    case SourceKind::kTelegram:
      return "telegram";
  }
  return "?";
}

std::string Source::Key() const {
  const std::string kind_name(SourceKindName(kind));
  return kind_name + " " + (kind == SourceKind::kTelegram ? channel : url);
}

Result<std::chrono::seconds> ParseInterval(std::string_view text) {
  if (text.empty()) return Status::InvalidArgument("an empty interval");
  long long total = 0;
  size_t i = 0;
  while (i < text.size()) {
    long long n = 0;
    const size_t digits_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && n < 1'000'000'000) {
      n = n * 10 + (text[i++] - '0');
    }
    if (i == digits_start || i == text.size()) {
      return Status::InvalidArgument("\"" + std::string(text) +
                                     "\" is not an interval such as \"15m\", \"1h30m\" or \"2d\"");
    }
    const char unit = text[i++];
    const long long scale = unit == 's' ? 1 : unit == 'm' ? 60 : unit == 'h' ? 3600
                          : unit == 'd' ? 86400 : 0;
    if (scale == 0) {
      return Status::InvalidArgument("unknown unit '" + std::string(1, unit) + "' in \"" +
                                     std::string(text) + "\" (s, m, h or d)");
    }
    total += n * scale;
    if (total > kMaxInterval.count()) break;
  }
  if (total < kMinInterval.count() || total > kMaxInterval.count()) {
    return Status::InvalidArgument("\"" + std::string(text) +
                                   "\" is outside 1m to 30d");
  }
  return std::chrono::seconds(total);
}

Result<std::vector<Source>> ParseSources(std::string_view text, const std::string& path) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return Bad(path, static_cast<int>(e.source().begin.line), std::string(e.description()));
  }
  std::vector<Source> sources;
  std::set<std::string> keys;
  for (auto&& [key, node] : root) {
    const int line = static_cast<int>(node.source().begin.line);
    const std::string name(key.str());
    const TableShape* shape = nullptr;
    for (const TableShape& s : Shapes()) {
      if (SourceKindName(s.kind) == name) shape = &s;
    }
    if (shape == nullptr) {
      return Bad(path, line, "unknown table '" + name +
                                 "' (expected [[feed]], [[site]] or [[telegram]])");
    }
    const toml::array* tables = node.as_array();
    if (tables == nullptr || !tables->is_array_of_tables()) {
      return Bad(path, line, "'" + name + "' must be written [[" + name + "]]");
    }
    for (const toml::node& element : *tables) {
      Result<Source> source = ReadTable(*element.as_table(), *shape, path);
      if (!source.ok()) return source.status();
      if (!keys.insert(source->Key()).second) {
        return Bad(path, source->line, "listed twice: " + source->Key());
      }
      sources.push_back(std::move(*source));
    }
  }
  // The file's order, whatever order the TOML library keeps its keys in.
  std::stable_sort(sources.begin(), sources.end(),
                   [](const Source& a, const Source& b) { return a.line < b.line; });
  return sources;
}

Result<std::vector<Source>> LoadSources(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the sources file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": cannot read the sources file");
  if (text.str().size() > kMaxFileBytes) {
    return Status::ResourceExhausted(path + ": the sources file is over 4 MiB");
  }
  return ParseSources(text.str(), path);
}

}  // namespace tally::collect
