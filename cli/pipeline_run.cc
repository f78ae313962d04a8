#include "cli/pipeline_run.h"

#include <cstdio>

#include "cli/progress.h"
#include "src/reconcile/near_duplicates.h"
#include "src/reconcile/origins.h"

namespace tally::cli {
namespace {

std::string Join(const std::map<std::string, uint64_t>& counts) {
  std::string out;
  for (const auto& [key, n] : counts) {
    if (!out.empty()) out += ", ";
    out += (key.empty() ? "?" : key) + " " + std::to_string(n);
  }
  return out.empty() ? "-" : out;
}

}  // namespace

void AddPipelineFlags(CLI::App& cmd, PipelineFlags* flags) {
  flags->dup_threshold = reconcile::DedupOptions().threshold;
  AddDbOption(cmd, &flags->db);
  cmd.add_option("--threads", flags->threads, "Text-stage threads (0 = one per core)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  cmd.add_option("--codebook", flags->codebook,
                 "Codebook folder ($TALLY_CODEBOOK, else the built-in one)");
  cmd.add_flag("-q,--quiet", flags->quiet, "No progress bar or summary");
  cmd.add_option("--dup-threshold", flags->dup_threshold,
                 "Similarity (estimated Jaccard of 5-word shingles) from which a document "
                 "is a copy of a stored one; applies to the documents this run adds")
      ->check(CLI::Range(0.05, 1.0))
      ->capture_default_str();
  cmd.add_flag("--no-claims", flags->no_claims, "Store the documents only, without extracting claims");
  cmd.add_option("--key-file", flags->key_file,
                 "Pseudonym key file (default: $TALLY_KEY, $TALLY_KEY_FILE, ~/.config/tally/key)");
}

int PipelineRun::Prepare(const PipelineFlags& flags) {
  flags_ = flags;
  // Near-duplicate clustering with its defaults (doc/reconcile.md).
  reconcile::DedupOptions dedup;
  dedup.threshold = flags.dup_threshold;
  options_.threads = flags.threads;
  if (flags.no_bulk_load) options_.bulk_load_ratio = 0;
  if (flags.no_claims) {
    Result<bool> codebook = LoadProcessOptions(flags.codebook, &options_.process);
    if (!codebook.ok()) return ReportError(codebook.status());
    if (!*codebook && !flags.quiet) {
      std::fprintf(stderr, "tally: warning: no codebook folder found; "
                           "page chrome phrases will not be recognised\n");
    }
    return kExitOk;
  }
  Result<std::unique_ptr<Extraction>> ex =
      Extraction::Load(flags.codebook, /*ephemeral_key=*/false, flags.key_file);
  if (!ex.ok()) return ReportError(ex.status());
  extraction_ = std::move(*ex);
  options_.process = extraction_->process();
  const Extraction* e = extraction_.get();
  options_.on_document = [e, dedup](Document* doc, ingest::DocumentAddOn* out) -> Status {
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
  options_.on_stored = [dedup](store::Store& store, int64_t rowid,
                               const ingest::DocumentAddOn& a) {
    return reconcile::AddToClusters(store, rowid, a.signature, dedup);
  };
  return kExitOk;
}

int PipelineRun::Run(store::Store& store, ingest::ItemSource& source, const std::string& command,
                     const char* verb, const char* inputs, ingest::IngestSummary* out) {
  ingest::Progress progress;
  ingest::Ingester ingester(store, options_, &progress);
  Result<ingest::IngestSummary> summary = [&] {
    std::unique_ptr<ProgressBar> bar;
    if (!flags_.quiet) bar = std::make_unique<ProgressBar>(progress, inputs);
    return ingester.Run(source, command);
  }();
  if (!summary.ok()) return ReportError(summary.status());
  // Origins and echoes of every figure this run's claims give, so that a
  // report published earlier but ingested later still becomes the origin.
  std::pair<int64_t, int64_t> claims_and_origins{0, 0};
  if (!flags_.no_claims) {
    Result<reconcile::OriginSummary> origins = reconcile::LinkOrigins(store);
    if (!origins.ok()) return ReportError(origins.status());
    Result<std::pair<int64_t, int64_t>> counts = store.CountClaimsAndOrigins();
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
  if (!flags_.quiet) {
    const double mb = static_cast<double>(s.run.bytes) / 1e6;
    std::printf("%s %llu %s (%.1f MB) in %.1f s into %s (run %lld)\n", verb,
                static_cast<unsigned long long>(s.run.files), inputs, mb, s.seconds,
                flags_.db.c_str(), static_cast<long long>(s.run_id));
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
    if (!flags_.no_claims) {
      std::printf("  claims found:     %llu (tally claims)\n",
                  static_cast<unsigned long long>(s.claims_new));
      std::printf("  in the store:     %lld claims, %lld origins (tally measures)\n",
                  static_cast<long long>(claims_and_origins.first),
                  static_cast<long long>(claims_and_origins.second));
    }
  }
  if (out != nullptr) *out = s;
  return s.run.errors > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace tally::cli
