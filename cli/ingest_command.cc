// tally ingest PATH... : read files, folders and stdin into the store.
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "cli/extraction.h"
#include "cli/progress.h"
#include "src/ingest/pipeline.h"
#include "src/reconcile/near_duplicates.h"
#include "src/reconcile/origins.h"

namespace tally::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db;
  std::string codebook;
  std::string key_file;
  int threads = 0;
  bool quiet = false;
  bool no_claims = false;
  bool no_bulk_load = false;
  double dup_threshold = reconcile::DedupOptions().threshold;
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
  // Near-duplicate clustering with its defaults (doc/reconcile.md).
  reconcile::DedupOptions dedup;
  dedup.threshold = flags.dup_threshold;
  ingest::PipelineOptions options;
  options.threads = flags.threads;
  if (flags.no_bulk_load) options.bulk_load_ratio = 0;
  std::unique_ptr<Extraction> extraction;
  if (flags.no_claims) {
    Result<bool> codebook = LoadProcessOptions(flags.codebook, &options.process);
    if (!codebook.ok()) return ReportError(codebook.status());
    if (!*codebook && !flags.quiet) {
      std::fprintf(stderr, "tally: warning: no codebook folder found; "
                           "page chrome phrases will not be recognised\n");
    }
  } else {
    Result<std::unique_ptr<Extraction>> ex =
        Extraction::Load(flags.codebook, /*ephemeral_key=*/false, flags.key_file);
    if (!ex.ok()) return ReportError(ex.status());
    extraction = std::move(*ex);
    options.process = extraction->process();
    const Extraction* e = extraction.get();
    options.on_document = [e, dedup](Document* doc, ingest::DocumentAddOn* out) -> Status {
      Result<resolve::DocumentClaims> claims = e->Extract(*doc);
      if (!claims.ok()) return claims.status().WithContext("claims not extracted");
      // The store keeps the text with private names replaced; the names
      // themselves only sealed with the operator's key.
      doc->text = std::move(claims->text);
      out->claims = std::move(claims->claims);
      for (const resolve::PrivateName& n : claims->private_names) {
        out->sealed_names.emplace_back(n.pseudonym, e->keys().Seal(n.name));
      }
      out->signature = reconcile::MinHashOf(doc->text, dedup.minhash);
      return Status::Ok();
    };
    options.on_stored = [dedup](store::Store& store, int64_t rowid,
                                const ingest::DocumentAddOn& a) {
      return reconcile::AddToClusters(store, rowid, a.signature, dedup);
    };
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
  // Origins and echoes of every figure this run's claims give, so that a
  // report published earlier but ingested later still becomes the origin.
  std::pair<int64_t, int64_t> claims_and_origins{0, 0};
  if (!flags.no_claims) {
    Result<reconcile::OriginSummary> origins = reconcile::LinkOrigins(**store);
    if (!origins.ok()) return ReportError(origins.status());
    Result<std::pair<int64_t, int64_t>> counts = (*store)->CountClaimsAndOrigins();
    if (!counts.ok()) return ReportError(counts.status());
    claims_and_origins = *counts;
  }

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
    if (!flags.no_claims) {
      std::printf("  claims found:     %llu (tally claims)\n",
                  static_cast<unsigned long long>(s.claims_new));
      std::printf("  in the store:     %lld claims, %lld origins (tally measures)\n",
                  static_cast<long long>(claims_and_origins.first),
                  static_cast<long long>(claims_and_origins.second));
    }
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
  cmd->add_option("--dup-threshold", flags->dup_threshold,
                  "Similarity (estimated Jaccard of 5-word shingles) from which a document "
                  "is a copy of a stored one; applies to the documents this run adds")
      ->check(CLI::Range(0.05, 1.0))
      ->capture_default_str();
  cmd->add_flag("--no-claims", flags->no_claims, "Store the documents only, without extracting claims");
  cmd->add_flag("--no-bulk-load", flags->no_bulk_load,
                "Keep the claim indexes during a large run (by default a run larger than a quarter "
                "of the store drops them and makes them again at its end, which is faster, but "
                "readers such as tally serve query without them meanwhile)");
  cmd->add_option("--key-file", flags->key_file,
                  "Pseudonym key file (default: $TALLY_KEY, $TALLY_KEY_FILE, ~/.config/tally/key)");
  return [flags] {
    std::string command = "tally ingest";
    for (const std::string& in : flags->inputs) command += " " + in;
    return RunIngest(*flags, command);
  };
}

}  // namespace tally::cli
