// tally sources: the collected sources and their health, from the store
// (and, with --sources, the file's sources not fetched yet).
#include <cstdio>
#include <ctime>
#include <map>
#include <set>

#include "cli/common.h"
#include "src/collect/source_health.h"
#include "src/collect/source_json.h"
#include "src/collect/sources.h"

namespace tally::cli {
namespace {

struct SourcesFlags {
  std::string db, format, sources;
};

// The health word, with the run of failures when there is one: "backed-off (3)".
std::string HealthText(const store::SourceState& s, int64_t now) {
  std::string word(collect::SourceHealth(s, now));
  if (s.failures > 0) word += " (" + std::to_string(s.failures) + ")";
  return word;
}

int RunSources(const SourcesFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  Result<std::vector<store::SourceState>> states = (*store)->ListSourceStates();
  if (!states.ok()) return ReportError(states.status());
  Result<std::vector<store::Count>> pages = (*store)->CountFetchedUrlsBySource();
  if (!pages.ok()) return ReportError(pages.status());
  std::map<std::string, int64_t> pages_by_source;
  for (const store::Count& c : *pages) pages_by_source[c.key] = c.n;
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  std::vector<store::SourceState> rows = std::move(*states);
  if (!flags.sources.empty()) {
    Result<std::vector<collect::Source>> file = collect::LoadSources(flags.sources);
    if (!file.ok()) return ReportError(file.status());
    std::set<std::string> known;
    for (const store::SourceState& s : rows) known.insert(s.key);
    for (const collect::Source& source : *file) {
      if (known.count(source.Key()) > 0) continue;
      store::SourceState s;
      s.key = source.Key();
      s.kind = std::string(collect::SourceKindName(source.kind));
      s.target = source.kind == collect::SourceKind::kTelegram ? source.channel : source.url;
      s.label = source.label;
      s.every = source.every.count();
      rows.push_back(std::move(s));
    }
  }
  if (flags.format == "jsonl") {
    for (const store::SourceState& s : rows) {
      auto it = pages_by_source.find(s.key);
      const int64_t pages_fetched = it == pages_by_source.end() ? 0 : it->second;
      std::printf("%s\n", collect::SourceStateJson(s, pages_fetched, now).c_str());
    }
    return kExitOk;
  }
  std::printf("%s  %s  %s  %s  %s  %s\n", Pad("kind", 8).c_str(), Pad("health", 15).c_str(),
              Pad("last fetch", 20).c_str(), Pad("items", 6).c_str(),
              Pad("source", 44).c_str(), "last error");
  for (const store::SourceState& s : rows) {
    std::printf("%s  %s  %s  %6lld  %s  %s\n", Pad(s.kind, 8).c_str(), Pad(HealthText(s, now), 15).c_str(),
                Pad(s.last_fetch.empty() ? "-" : s.last_fetch, 20).c_str(),
                static_cast<long long>(s.items_seen),
                Pad(s.label.empty() ? s.target : s.label + " (" + s.target + ")", 44).c_str(),
                Fit(s.last_error.empty() ? "-" : s.last_error, 60).c_str());
  }
  std::printf("%zu sources\n", rows.size());
  return kExitOk;
}

}  // namespace

Runner AddSourcesCommand(CLI::App& app) {
  auto flags = std::make_shared<SourcesFlags>();
  CLI::App* cmd = app.add_subcommand(
      "sources", "List the collected sources and their health: last fetch, failures, last error");
  AddDbOption(*cmd, &flags->db);
  AddFormatOption(*cmd, &flags->format);
  cmd->add_option("--sources", flags->sources,
                  "Also list this sources file's sources that were never fetched");
  return [flags] { return RunSources(*flags); };
}

}  // namespace tally::cli
