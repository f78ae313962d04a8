#include "src/ingest/item_source.h"
#include "src/ingest/pipeline.h"

namespace tally::ingest {

uint64_t FileSource::Prepare(Progress& progress) {
  // List the inputs first: totals for the progress display, and errors
  // for missing paths before any work.
  ExpandInputs(
      inputs_,
      [&](InputFile f) {
        progress.bytes_total += f.size;
        ++progress.files_total;
        files_.push_back(std::move(f));
      },
      [&](InputError e) { listing_errors_.push_back(std::move(e)); },
      [&](const std::string&) { ++listing_skips_; });
  progress.listing_done = true;
  return progress.bytes_total;
}

void FileSource::Produce(ItemSink& sink, Progress& progress) {
  for (InputError& e : listing_errors_) sink.Error(std::move(e));
  for (uint64_t i = 0; i < listing_skips_; ++i) sink.Skipped("media file in a folder");
  ReaderOptions reader_options = options_;
  reader_options.bytes_read = &progress.bytes_done;
  for (const InputFile& file : files_) {
    const uint64_t before = progress.bytes_done;
    Status s = ReadInput(file.path, file.from_folder, reader_options, sink);
    if (!s.ok()) sink.Error(ErrorFor(file.path, s));
    ++progress.files_done;
    // A file that stopped early (an error, a size limit) counts whole.
    if (file.size > progress.bytes_done - before) {
      progress.bytes_done += file.size - (progress.bytes_done - before);
    }
  }
}

}  // namespace tally::ingest
