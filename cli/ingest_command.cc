// tally ingest PATH... : read files, folders and stdin into the store.
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "cli/progress.h"
#include "src/ingest/pipeline.h"

namespace tally::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db;
  std::string codebook;
  int threads = 0;
  bool quiet = false;
};

std::string Join(const std::map<std::string, uint64_t>& counts) {
  std::string out;
  for (const auto& [key, n] : counts) {
    if (!out.empty()) out += ", ";
    out += (key.empty() ? "?" : key) + " " + std::to_string(n);
  }
  return out.empty() ? "-" : out;
}

int RunIngest(const IngestFlags& flags, const std::string& command) {
  ingest::PipelineOptions options;
  options.threads = flags.threads;
  Result<bool> codebook = LoadProcessOptions(flags.codebook, &options.process);
  if (!codebook.ok()) return ReportError(codebook.status());
  if (!*codebook && !flags.quiet) {
    std::fprintf(stderr, "tally: warning: no codebook folder found; "
                         "page chrome phrases will not be recognised\n");
  }
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(flags.db, {});
  if (!store.ok()) return ReportError(store.status());

  ingest::Progress progress;
  ingest::Ingester ingester(**store, options, &progress);
  Result<ingest::IngestSummary> summary = [&] {
    std::unique_ptr<ProgressBar> bar;
    if (!flags.quiet) bar = std::make_unique<ProgressBar>(progress);
    return ingester.Run(flags.inputs, command);
  }();
  if (!summary.ok()) return ReportError(summary.status());

  const ingest::IngestSummary& s = *summary;
  for (const ingest::InputError& e : s.errors) {
    std::fprintf(stderr, "tally: %s%s%s: %s\n", e.path.c_str(),
                 e.record.empty() ? "" : ": ", e.record.c_str(),
                 e.status.message().c_str());
  }
  if (s.run.errors > s.errors.size()) {
    std::fprintf(stderr, "tally: ... and %llu more errors (tally stats)\n",
                 static_cast<unsigned long long>(s.run.errors - s.errors.size()));
  }
  if (!flags.quiet) {
    const double mb = static_cast<double>(s.run.bytes) / 1e6;
    std::printf("ingested %llu files (%.1f MB) in %.1f s into %s (run %lld)\n",
                static_cast<unsigned long long>(s.run.files), mb, s.seconds,
                flags.db.c_str(), static_cast<long long>(s.run_id));
    std::printf("  new documents:    %llu\n",
                static_cast<unsigned long long>(s.run.documents_new));
    std::printf("  already stored:   %llu\n",
                static_cast<unsigned long long>(s.run.documents_known));
    std::printf("  failed:           %llu\n",
                static_cast<unsigned long long>(s.run.errors));
    std::printf("  skipped records:  %llu (%s)\n",
                static_cast<unsigned long long>(s.run.skipped),
                Join(s.skipped_by_reason).c_str());
    std::printf("  new by format:    %s\n", Join(s.new_by_format).c_str());
    std::printf("  new by language:  %s\n", Join(s.new_by_lang).c_str());
  }
  return s.run.errors > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

Runner AddIngestCommand(CLI::App& app) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read files, folders (recursively) and - (stdin) into the store: HTML, "
      "WARC(.gz), Telegram export JSON, RSS/Atom, text, Markdown, JSON Lines; "
      "gzip of any of them");
  cmd->add_option("inputs", flags->inputs, "Files, folders, or - for stdin")
      ->required();
  AddDbOption(*cmd, &flags->db);
  cmd->add_option("--threads", flags->threads, "Text-stage threads (0 = one per core)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  cmd->add_option("--codebook", flags->codebook,
                  "Codebook folder ($TALLY_CODEBOOK, else the built-in one)");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress bar or summary");
  return [flags] {
    std::string command = "tally ingest";
    for (const std::string& in : flags->inputs) command += " " + in;
    return RunIngest(*flags, command);
  };
}

}  // namespace tally::cli
