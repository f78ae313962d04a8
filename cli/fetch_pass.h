// What `tally fetch` and `tally watch` share: their flags, and one pass
// over the sources that are due, stored through the ingest pipeline, with
// its summary printed.
#ifndef TALLY_CLI_FETCH_PASS_H_
#define TALLY_CLI_FETCH_PASS_H_

#include <atomic>
#include <cstdint>
#include <string>

#include "cli/common.h"
#include "cli/pipeline_run.h"

namespace tally::cli {

struct FetchFlags {
  std::string sources;
  std::string warc_dir;
  std::string contact;
  bool all = false;
  int max_links = 200;
  double timeout = 60;
  double host_interval = 1;
  PipelineFlags pipeline;
};

// Adds --sources, --warc-dir, --contact, --max-links, --timeout,
// --host-interval and the pipeline's flags to `cmd` (not --all).
void AddFetchFlags(CLI::App& cmd, FetchFlags* flags);

struct FetchPassResult {
  int code = kExitOk;         // tally ingest's exit codes
  uint64_t new_documents = 0;
  int64_t seconds_until_due = 0;  // until the first source is due again
};

// Reads the sources file again and makes one pass over the sources that
// are due, printing its summary (unless quiet) and its errors. `stop`
// (may be null) ends the pass early, cleanly (FetchOptions::stop).
FetchPassResult RunFetchPass(const FetchFlags& flags, const std::string& command,
                             const std::atomic<bool>* stop);

}  // namespace tally::cli

#endif  // TALLY_CLI_FETCH_PASS_H_
