// Readers: each turns one input stream of a known format into RawItems,
// one per document it holds, and reports what it could not read without
// stopping (a broken record costs that record only).
#ifndef TALLY_SRC_INGEST_READER_H_
#define TALLY_SRC_INGEST_READER_H_

#include <cstdint>
#include <functional>
#include <string>

#include "src/ingest/byte_source.h"
#include "tally/document.h"
#include "tally/status.h"

namespace tally::store {
class Store;
}  // namespace tally::store

namespace tally::ingest {

// Limits on what one input may cost. Going over one is an error for that
// document or record, never for the run.
struct ReaderOptions {
  // Largest single document body: a page, a text file, a WARC record, a
  // feed item. Default: 64 MiB.
  size_t max_document_bytes = 64u << 20;
  // Largest JSON structure held at once: one Telegram message, one JSON
  // line (their text is bounded by it too). Default: 64 MiB.
  size_t max_record_bytes = 64u << 20;
  // If set, bytes read from files are added here as they are read, for a
  // progress display. Default: none.
  std::atomic<uint64_t>* bytes_read = nullptr;
};

// Where a problem was found and what it is.
struct InputError {
  std::string path;
  std::string record;  // "record 4", "line 17", "" for the whole file
  Status status;
};

// An InputError for `path` from a status whose message may already start
// with the path (as OpenFile's and ReadInput's do): the path is kept once,
// in its own field.
InputError ErrorFor(const std::string& path, const Status& status);

// Receives a reader's output. Implementations may block (back-pressure).
class ItemSink {
 public:
  virtual ~ItemSink() = default;
  virtual void Item(RawItem item) = 0;
  virtual void Error(InputError error) = 0;
  // A record deliberately skipped (WARC request, Telegram service message).
  virtual void Skipped(std::string_view why) = 0;
  // Ends a unit of work (a fetched source): `save` runs with the store
  // once everything handed before it is stored, in the same transaction,
  // which is then committed. So the store never records work done whose
  // documents it lacks, whenever the process stops. Returns false when
  // the sink has no store (the caller saves by other means). Blocks until
  // the items handed before are processed. Default: false.
  virtual bool Checkpoint(std::function<Status(store::Store&)> save) {
    (void)save;
    return false;
  }
};

// The format readers. `path` is for messages and metadata only. They return
// a non-OK status only when the input could not be read at all; problems
// inside go to sink.Error.
Status ReadWarc(ByteSource& in, const std::string& path,
                const ReaderOptions& options, ItemSink& sink);
Status ReadTelegram(ByteSource& in, const std::string& path,
                    const ReaderOptions& options, ItemSink& sink);
Status ReadFeed(ByteSource& in, const std::string& path,
                const ReaderOptions& options, ItemSink& sink);
Status ReadJsonLines(ByteSource& in, const std::string& path,
                     const ReaderOptions& options, ItemSink& sink);
// One file = one document (HTML page, text, Markdown).
Status ReadWhole(ByteSource& in, const std::string& path, Format format,
                 const ReaderOptions& options, ItemSink& sink);

// Whether an HTTP Content-Type is an HTML page (text/html, XHTML).
bool IsHtmlType(const std::string& content_type);

// Opens `path` ("-" = standard input), sniffs its format (unpacking gzip
// whatever the name) and runs the matching reader. Problems go to the sink;
// the returned status says why nothing at all could be read, naming the
// path. `from_folder`: binary files met while walking a folder are passed
// over (counted as skipped), not reported.
Status ReadInput(const std::string& path, bool from_folder,
                 const ReaderOptions& options, ItemSink& sink);

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_READER_H_
