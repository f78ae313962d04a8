#include "cli/fetch_pass.h"

#include <cstdio>
#include <map>
#include <memory>

#include "src/collect/fetcher.h"

namespace tally::cli {
namespace {

bool IsTelegram(const collect::SourceOutcome& o) { return o.key.rfind("telegram ", 0) == 0; }

void PrintOutcomes(const std::vector<collect::SourceOutcome>& outcomes) {
  std::map<std::string, uint64_t> by_result;
  for (const collect::SourceOutcome& o : outcomes) ++by_result[o.result];
  std::string line;
  for (const auto& [result, n] : by_result) {
    if (!line.empty()) line += ", ";
    line += std::to_string(n) + " " + result;
  }
  std::printf("  sources:          %s\n", line.empty() ? "-" : line.c_str());
  for (const collect::SourceOutcome& o : outcomes) {
    if (o.result == "not due") continue;
    if (IsTelegram(o)) {
      std::printf("    %-11s %s: %d new posts, %d pages, %d known, %d disallowed, %d failed%s%s\n",
                  o.result.c_str(), o.key.c_str(), o.links, o.fetched, o.known, o.disallowed,
                  o.failed, o.error.empty() ? "" : "; ", o.error.c_str());
      continue;
    }
    std::printf("    %-11s %s: %d new links, %d fetched, %d known, %d disallowed, %d failed, "
                "%d left for the next pass%s%s\n",
                o.result.c_str(), o.key.c_str(), o.links, o.fetched, o.known, o.disallowed,
                o.failed, o.deferred, o.error.empty() ? "" : "; ", o.error.c_str());
  }
}

collect::FetchOptions OptionsFrom(const FetchFlags& flags, const std::atomic<bool>* stop) {
  collect::FetchOptions options;
  options.http.contact = flags.contact;
  options.http.timeout = std::chrono::milliseconds(static_cast<int64_t>(flags.timeout * 1000));
  options.http.host_interval =
      std::chrono::milliseconds(static_cast<int64_t>(flags.host_interval * 1000));
  options.all = flags.all;
  options.max_links = static_cast<size_t>(flags.max_links);
  options.stop = stop;
  return options;
}

// The pass itself; returns its exit code.
int Pass(const FetchFlags& flags, const std::string& command, const std::atomic<bool>* stop,
         FetchPassResult* result) {
  Result<std::vector<collect::Source>> sources = collect::LoadSources(flags.sources);
  if (!sources.ok()) {
    std::fprintf(stderr, "tally: %s\n", sources.status().message().c_str());
    return sources.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitNotFound;
  }
  if (sources->empty()) {
    std::fprintf(stderr, "tally: warning: %s lists no sources ([[feed]], [[site]], [[telegram]])\n",
                 flags.sources.c_str());
  }
  PipelineRun run;
  if (int code = run.Prepare(flags.pipeline); code != kExitOk) return code;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(flags.pipeline.db, {});
  if (!store.ok()) return ReportError(store.status());
  Result<std::vector<store::SourceState>> states = (*store)->ListSourceStates();
  if (!states.ok()) return ReportError(states.status());
  // The fetcher asks whether a URL is known through a connection of its
  // own: the pipeline's writer holds the first while it runs.
  store::StoreOptions read_only;
  read_only.read_only = true;
  Result<std::unique_ptr<store::Store>> lookup = store::Store::Open(flags.pipeline.db, read_only);
  if (!lookup.ok()) return ReportError(lookup.status());
  store::Store* lookup_store = lookup->get();

  const collect::FetchOptions options = OptionsFrom(flags, stop);
  std::unique_ptr<collect::WarcWriter> warc;
  if (!flags.warc_dir.empty()) {
    collect::WarcWriterOptions warc_options;
    warc_options.dir = flags.warc_dir;
    warc_options.user_agent = collect::HttpClient(options.http).user_agent();
    Result<std::unique_ptr<collect::WarcWriter>> w = collect::WarcWriter::Open(warc_options);
    if (!w.ok()) return ReportError(w.status());
    warc = std::move(*w);
  }
  collect::Fetcher fetcher(
      std::move(*sources), *states,
      [lookup_store](const std::string& url) { return lookup_store->UrlFetched(url); },
      warc.get(), options);
  ingest::IngestSummary summary;
  const int code = run.Run(**store, fetcher, command, "fetched", "sources", &summary);
  if (code != kExitOk && code != kExitSomeInputsFailed) return code;
  Status saved = fetcher.Save(**store);
  if (!saved.ok()) return ReportError(saved);
  if (warc) {
    Status closed = warc->Close();
    if (!fetcher.warc_status().ok()) closed = fetcher.warc_status();
    if (!closed.ok()) return ReportError(closed);
  }
  if (!flags.pipeline.quiet) PrintOutcomes(fetcher.outcomes());
  std::fflush(stdout);  // a watch's log shows each pass as it ends
  result->new_documents = summary.run.documents_new;
  result->seconds_until_due = fetcher.SecondsUntilDue();
  return code;
}

}  // namespace

void AddFetchFlags(CLI::App& cmd, FetchFlags* flags) {
  cmd.add_option("--sources", flags->sources, "The sources file (TOML; see doc/collect.md)")
      ->required();
  cmd.add_option("--warc-dir", flags->warc_dir,
                 "Keep every response in WARC files in this folder (rotated by day and size)");
  cmd.add_option("--contact", flags->contact,
                 "An e-mail or URL for site owners, sent in the User-Agent ($TALLY_CONTACT)");
  cmd.add_option("--max-links", flags->max_links, "Article links followed per source and pass")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  cmd.add_option("--timeout", flags->timeout, "Seconds a request may take")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  cmd.add_option("--host-interval", flags->host_interval,
                 "Seconds between two requests to one host")
      ->check(CLI::Range(0.0, 3600.0))
      ->capture_default_str();
  AddPipelineFlags(cmd, &flags->pipeline);
}

FetchPassResult RunFetchPass(const FetchFlags& flags, const std::string& command,
                             const std::atomic<bool>* stop) {
  FetchPassResult result;
  result.code = Pass(flags, command, stop, &result);
  return result;
}

}  // namespace tally::cli
