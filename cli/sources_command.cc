// tally sources: the collected sources and their health, from the store
// (and, with --sources, the file's sources not fetched yet).
#include <cstdio>
#include <set>

#include "cli/common.h"
#include "src/collect/sources.h"

namespace tally::cli {
namespace {

struct SourcesFlags {
  std::string db, format, sources;
};

// One word for a source's state: ok, failing (N in a row), disallowed
// (robots.txt), never fetched.
std::string Health(const store::SourceState& s) {
  if (s.last_fetch.empty()) return "never fetched";
  if (s.failures > 0) return "failing (" + std::to_string(s.failures) + ")";
  if (s.last_error.find("robots.txt") != std::string::npos) return "disallowed";
  return "ok";
}

std::string Json(const store::SourceState& s) {
  std::string out = "{\"key\":";
  AppendJsonString(&out, s.key);
  auto field = [&](const char* name, const std::string& value) {
    out += ",\"" + std::string(name) + "\":";
    if (value.empty()) {
      out += "null";
    } else {
      AppendJsonString(&out, value);
    }
  };
  field("kind", s.kind);
  field("target", s.target);
  field("label", s.label);
  field("health", Health(s));
  field("last_fetch", s.last_fetch);
  field("last_success", s.last_success);
  field("etag", s.etag);
  field("last_modified", s.last_modified);
  out += ",\"failures\":" + std::to_string(s.failures);
  field("last_error", s.last_error);
  out += ",\"items_seen\":" + std::to_string(s.items_seen);
  out += ",\"fetches\":" + std::to_string(s.fetches);
  out += ",\"last_item\":" + std::to_string(s.last_item) + "}";
  return out;
}

int RunSources(const SourcesFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  Result<std::vector<store::SourceState>> states = (*store)->ListSourceStates();
  if (!states.ok()) return ReportError(states.status());
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
      rows.push_back(std::move(s));
    }
  }
  if (flags.format == "jsonl") {
    for (const store::SourceState& s : rows) std::printf("%s\n", Json(s).c_str());
    return kExitOk;
  }
  std::printf("%s  %s  %s  %s  %s  %s\n", Pad("kind", 8).c_str(), Pad("health", 13).c_str(),
              Pad("last fetch", 20).c_str(), Pad("items", 6).c_str(),
              Pad("source", 44).c_str(), "last error");
  for (const store::SourceState& s : rows) {
    std::printf("%s  %s  %s  %6lld  %s  %s\n", Pad(s.kind, 8).c_str(), Pad(Health(s), 13).c_str(),
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
