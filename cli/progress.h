// A one-line progress bar on stderr (files, documents, MB/s, ETA), drawn by
// its own thread from the pipeline's counters while a terminal watches.
#ifndef TALLY_CLI_PROGRESS_H_
#define TALLY_CLI_PROGRESS_H_

#include <atomic>
#include <thread>

#include "src/ingest/pipeline.h"

namespace tally::cli {

class ProgressBar {
 public:
  // Starts drawing when stderr is a terminal; does nothing otherwise.
  // `inputs` names what files_done counts: "files", "sources".
  explicit ProgressBar(const ingest::Progress& progress, const char* inputs = "files");
  ~ProgressBar();  // stops and clears the line

 private:
  void Draw(double seconds);

  const ingest::Progress& progress_;
  const char* inputs_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace tally::cli

#endif  // TALLY_CLI_PROGRESS_H_
