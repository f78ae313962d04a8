// tally stats: what the store holds, by format, language and source, the
// claims by category, side and stance, and the latest errors.
#include <cstdio>

#include "cli/common.h"

namespace tally::cli {
namespace {

struct StatsFlags {
  std::string db, format;
};

void AppendCounts(std::string* out, const char* key,
                  const std::vector<store::Count>& counts) {
  *out += ",";
  AppendJsonString(out, key);
  *out += ":{";
  for (size_t i = 0; i < counts.size(); ++i) {
    if (i > 0) *out += ",";
    AppendJsonString(out, counts[i].key);
    *out += ":" + std::to_string(counts[i].n);
  }
  *out += "}";
}

void PrintCounts(const char* title, const std::vector<store::Count>& counts) {
  std::printf("%s\n", title);
  if (counts.empty()) std::printf("  (none)\n");
  for (const store::Count& c : counts) {
    std::printf("  %s %8lld\n", Pad(c.key.empty() ? "(unknown)" : c.key, 32).c_str(),
                static_cast<long long>(c.n));
  }
}

int RunStats(const StatsFlags& flags) {
  Result<std::unique_ptr<store::Store>> store = OpenStoreForReading(flags.db);
  if (!store.ok()) return ReportError(store.status());
  Result<store::Stats> stats = (*store)->GetStats();
  if (!stats.ok()) return ReportError(stats.status());
  const store::Stats& s = *stats;
  if (flags.format == "jsonl") {
    std::string out = "{\"documents\":" + std::to_string(s.documents) +
                      ",\"chars\":" + std::to_string(s.chars) +
                      ",\"runs\":" + std::to_string(s.runs);
    AppendCounts(&out, "by_format", s.by_format);
    AppendCounts(&out, "by_lang", s.by_lang);
    AppendCounts(&out, "by_source", s.by_source);
    AppendCounts(&out, "errors_by_code", s.errors_by_code);
    out += ",\"claims\":" + std::to_string(s.claims);
    AppendCounts(&out, "claims_by_category", s.claims_by_category);
    AppendCounts(&out, "claims_by_side", s.claims_by_side);
    AppendCounts(&out, "claims_by_stance", s.claims_by_stance);
    out += "}";
    std::printf("%s\n", out.c_str());
    return kExitOk;
  }
  std::printf("%s: %lld documents, %lld characters, %lld ingest runs, %lld claims\n\n",
              flags.db.c_str(), static_cast<long long>(s.documents),
              static_cast<long long>(s.chars), static_cast<long long>(s.runs),
              static_cast<long long>(s.claims));
  PrintCounts("by format", s.by_format);
  PrintCounts("by language", s.by_lang);
  PrintCounts("by source (top 20)", s.by_source);
  PrintCounts("errors by kind", s.errors_by_code);
  if (s.claims > 0) {
    PrintCounts("claims by category", s.claims_by_category);
    PrintCounts("claims by side", s.claims_by_side);
    PrintCounts("claims by speaker stance", s.claims_by_stance);
  }
  if (!s.recent_errors.empty()) {
    std::printf("latest errors and warnings\n");
    for (const store::ErrorRow& e : s.recent_errors) {
      std::printf("  run %lld  %s  %s%s%s: %s\n", static_cast<long long>(e.run),
                  e.severity.c_str(), e.path.c_str(), e.record.empty() ? "" : ": ",
                  e.record.c_str(), Fit(e.message, 100).c_str());
    }
  }
  return kExitOk;
}

}  // namespace

Runner AddStatsCommand(CLI::App& app) {
  auto flags = std::make_shared<StatsFlags>();
  CLI::App* cmd = app.add_subcommand(
      "stats",
      "Counts by format, language and source, claims by category, side and "
      "stance, and the latest errors");
  AddDbOption(*cmd, &flags->db);
  AddFormatOption(*cmd, &flags->format);
  return [flags] { return RunStats(*flags); };
}

}  // namespace tally::cli
