// tally reextract: the stored documents' claims read again with the
// current codebook and rules, then origins linked again, so that a fix
// reaches a store without ingesting its files anew. Private names are
// opened with the operator's key first, so the extraction sees the text it
// saw the first time; a document is held one at a time.
#include <chrono>
#include <cstdio>
#include <memory>

#include <unistd.h>

#include "cli/common.h"
#include "cli/extraction.h"
#include "src/export/reveal.h"
#include "src/reconcile/origins.h"

namespace tally::cli {
namespace {

struct ReextractFlags {
  std::string db, codebook, key_file;
  bool quiet = false;
};

// Documents written in one transaction: large enough that commits cost
// little, small enough that an interrupted pass loses little.
constexpr int kBatchDocuments = 200;

struct ReextractCounts {
  int64_t documents = 0, failed = 0, texts_changed = 0, claims_before = 0, claims_after = 0;
};

// Re-reads one document's claims into the open batch.
Status ReextractOne(const Extraction& ex, store::Store& store, exporting::NameRevealer& reveal,
                    int64_t rowid, Document doc, ReextractCounts* counts) {
  const std::string stored = doc.text;
  reveal.Text(&doc.text);
  Result<resolve::DocumentClaims> claims = ex.Extract(doc);
  if (!claims.ok()) return claims.status();
  if (claims->text != stored) {
    // The codebook now finds another private name (or one fewer): the
    // text the claims point into changes with it.
    Status s = store.ReplaceDocumentText(rowid, claims->text);
    if (!s.ok()) return s;
    ++counts->texts_changed;
  }
  for (const resolve::PrivateName& n : claims->private_names) {
    Status s = store.PutSealedName(n.pseudonym, ex.keys().Seal(n.name));
    if (!s.ok()) return s;
  }
  counts->claims_after += static_cast<int64_t>(claims->claims.size());
  return store.PutClaims(doc.id, claims->claims);
}

int RunReextract(const ReextractFlags& flags) {
  const auto start = std::chrono::steady_clock::now();
  Result<std::unique_ptr<Extraction>> ex = Extraction::Load(flags.codebook, false, flags.key_file);
  if (!ex.ok()) return ReportError(ex.status());
  // A store that is not there is an error here, not a new empty file.
  if (Result<std::unique_ptr<store::Store>> there = OpenStoreForReading(flags.db); !there.ok()) {
    return ReportError(there.status());
  }
  Result<std::unique_ptr<store::Store>> opened = store::Store::Open(flags.db, {});
  if (!opened.ok()) return ReportError(opened.status());
  store::Store& store = **opened;
  // With the wrong key every private person would come back unnamed.
  Status key = exporting::CheckRevealKey(&store, (*ex)->keys());
  if (!key.ok()) {
    return ReportError(key.WithContext("reextract needs the key the names were sealed with (--key-file)"));
  }
  ReextractCounts counts;
  Result<std::pair<int64_t, int64_t>> before = store.CountClaimsAndOrigins();
  if (!before.ok()) return ReportError(before.status());
  counts.claims_before = before->first;

  exporting::NameRevealer reveal(&store, &(*ex)->keys());
  const bool progress = !flags.quiet && isatty(fileno(stderr));
  int64_t after = 0;
  bool more = true;
  while (more) {
    Status s = store.BeginBatch();
    if (!s.ok()) return ReportError(s);
    for (int i = 0; i < kBatchDocuments && more; ++i) {
      int64_t rowid = 0;
      Document doc;
      Result<bool> next = store.NextDocument(after, &rowid, &doc);
      if (!next.ok()) s = next.status();
      more = next.ok() && *next;
      if (!more) break;
      after = rowid;
      ++counts.documents;
      const std::string id = doc.id;
      Status one = ReextractOne(**ex, store, reveal, rowid, std::move(doc), &counts);
      if (one.code() == StatusCode::kIOError) {
        s = one;
        break;
      }
      if (!one.ok()) {
        // This document keeps the claims it had; the others go on.
        ++counts.failed;
        std::fprintf(stderr, "tally: %s: %s\n", id.c_str(), one.message().c_str());
      }
    }
    if (s.ok()) s = store.CommitBatch();
    if (!s.ok()) {
      (void)store.RollbackBatch();
      return ReportError(s);
    }
    if (progress && more) {
      std::fprintf(stderr, "\rreextract: %lld documents", static_cast<long long>(counts.documents));
    }
  }
  if (progress && counts.documents > 0) std::fprintf(stderr, "\r\033[K");
  // Every figure again: a claim that went away may have been an origin.
  Result<reconcile::OriginSummary> origins = reconcile::LinkOrigins(store, reconcile::LinkScope::kAll);
  if (!origins.ok()) return ReportError(origins.status());
  Result<std::pair<int64_t, int64_t>> now = store.CountClaimsAndOrigins();
  if (!now.ok()) return ReportError(now.status());
  if (!flags.quiet) {
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("reextracted %lld documents in %.1f s (%s)\n", static_cast<long long>(counts.documents),
                secs, flags.db.c_str());
    std::printf("  claims:           %lld before, %lld now, %lld origins (tally measures)\n",
                static_cast<long long>(counts.claims_before), static_cast<long long>(now->first),
                static_cast<long long>(now->second));
    std::printf("  texts changed:    %lld (private names found anew)\n",
                static_cast<long long>(counts.texts_changed));
    std::printf("  failed:           %lld (kept their claims)\n", static_cast<long long>(counts.failed));
  }
  return counts.failed > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

Runner AddReextractCommand(CLI::App& app) {
  auto flags = std::make_shared<ReextractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "reextract",
      "Read the stored documents' claims again with the current codebook and rules, and link "
      "origins again: a codebook fix reaches an existing store (measures follow)");
  AddDbOption(*cmd, &flags->db);
  cmd->add_option("--codebook", flags->codebook,
                  "Codebook folder ($TALLY_CODEBOOK, else the built-in one)");
  cmd->add_option("--key-file", flags->key_file,
                  "Pseudonym key file the names were sealed with (default: $TALLY_KEY, "
                  "$TALLY_KEY_FILE, ~/.config/tally/key)");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress or summary");
  return [flags] { return RunReextract(*flags); };
}

}  // namespace tally::cli
