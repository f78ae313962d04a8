// What `tally ingest` and `tally fetch` share: the pipeline's settings
// from their flags (codebook, claim extraction, near-duplicates), the run
// with its progress bar, origin linking after it, and the summary.
#ifndef TALLY_CLI_PIPELINE_RUN_H_
#define TALLY_CLI_PIPELINE_RUN_H_

#include <memory>
#include <string>

#include "cli/common.h"
#include "cli/extraction.h"
#include "src/ingest/pipeline.h"

namespace tally::cli {

struct PipelineFlags {
  std::string db;
  std::string codebook;
  std::string key_file;
  int threads = 0;
  bool quiet = false;
  bool no_claims = false;
  bool no_bulk_load = false;
  double dup_threshold = 0.5;
};

// Adds --db, --threads, --codebook, -q, --dup-threshold, --no-claims and
// --key-file to `cmd`.
void AddPipelineFlags(CLI::App& cmd, PipelineFlags* flags);

class PipelineRun {
 public:
  // Loads the codebook (and the extraction, unless --no-claims) and sets
  // the pipeline's options. Returns the exit code on failure (printed).
  int Prepare(const PipelineFlags& flags);

  // Runs the pipeline over `source` into `store`, links origins, prints
  // the errors and (unless quiet) the summary, with `inputs` naming what
  // the progress counts ("files", "sources") and `verb` the deed
  // ("ingested"). Returns the exit code; *summary gets the run's summary.
  int Run(store::Store& store, ingest::ItemSource& source, const std::string& command,
          const char* verb, const char* inputs, ingest::IngestSummary* summary);

 private:
  PipelineFlags flags_;
  ingest::PipelineOptions options_;
  std::unique_ptr<Extraction> extraction_;
};

}  // namespace tally::cli

#endif  // TALLY_CLI_PIPELINE_RUN_H_
