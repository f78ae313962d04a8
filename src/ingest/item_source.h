// Where a pipeline run's raw items come from: the files and folders of
// `tally ingest` (FileSource), or the fetcher of `tally fetch`
// (src/collect/fetcher.h). The pipeline runs the source on its calling
// thread and feeds what it yields to the text stage and the writer.
#ifndef TALLY_SRC_INGEST_ITEM_SOURCE_H_
#define TALLY_SRC_INGEST_ITEM_SOURCE_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "src/ingest/reader.h"
#include "src/ingest/walker.h"

namespace tally::ingest {

struct Progress;

class ItemSource {
 public:
  virtual ~ItemSource() = default;
  // Called once before any item: sets what is known of the run's size in
  // `progress` (files_total, bytes_total) and returns the input bytes
  // expected, for the bulk-load decision (0 when unknown).
  virtual uint64_t Prepare(Progress& progress) = 0;
  // Hands every item, error and skip to `sink`, blocking as the sink
  // does, and advances `progress` (files_done, bytes_done). Problems with
  // one input go to the sink; nothing here fails the run.
  virtual void Produce(ItemSink& sink, Progress& progress) = 0;
};

// The files, folders (recursively) and "-" of `tally ingest`.
class FileSource : public ItemSource {
 public:
  FileSource(std::vector<std::string> inputs, ReaderOptions options)
      : inputs_(std::move(inputs)), options_(options) {}
  uint64_t Prepare(Progress& progress) override;
  void Produce(ItemSink& sink, Progress& progress) override;

 private:
  std::vector<std::string> inputs_;
  ReaderOptions options_;
  // What Prepare listed, for Produce.
  std::vector<InputFile> files_;
  std::vector<InputError> listing_errors_;
  uint64_t listing_skips_ = 0;
};

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_ITEM_SOURCE_H_
