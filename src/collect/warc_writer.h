// Appends fetched exchanges to WARC/1.1 files, the evidence of what was
// read: a `request` and a `response` record per fetch, each record its own
// gzip member (so a file cut short loses only its last record), in files
// under one folder, a new file each UTC day and whenever one passes a
// size. Each file opens with a `warcinfo` record naming the crawler.
//
//   Result<std::unique_ptr<WarcWriter>> w = WarcWriter::Open({.dir = "warc"});
//   Result<WarcRecordRef> ref = (*w)->Append(response);  // ref->id, ref->path
//
// Not thread-safe: one writer per thread, or a lock around it.
#ifndef TALLY_SRC_COLLECT_WARC_WRITER_H_
#define TALLY_SRC_COLLECT_WARC_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "src/collect/http_client.h"
#include "tally/status.h"

namespace tally::collect {

struct WarcWriterOptions {
  // The folder; made if missing. Required.
  std::string dir;
  // A file that has reached this many (compressed) bytes is closed and
  // the next record starts a new one. Default: 1 GiB, the usual size.
  uint64_t max_file_bytes = 1ull << 30;
  // Written into each file's warcinfo record. Default: "tally".
  std::string software = "tally";
  std::string user_agent;  // the crawler's User-Agent, for warcinfo
};

// Where one response was written: what a stored document keeps.
struct WarcRecordRef {
  std::string path;  // the WARC file
  std::string id;    // the response record's WARC-Record-ID, "<urn:uuid:...>"
};

class WarcWriter {
 public:
  // Makes the folder if needed. Fails with kIOError naming it.
  static Result<std::unique_ptr<WarcWriter>> Open(WarcWriterOptions options);
  ~WarcWriter();

  // Appends `response` as a request record (its request head) and a
  // response record. The body is written as received after decompression,
  // so the stored HTTP head drops Content-Encoding and Transfer-Encoding
  // and gives the body's real Content-Length (the original values are kept
  // as X-Tally-Original-* headers). Fails with kIOError naming the file.
  Result<WarcRecordRef> Append(const HttpResponse& response);

  // Flushes and closes the current file. Also done by the destructor.
  Status Close();

 private:
  explicit WarcWriter(WarcWriterOptions options) : options_(std::move(options)) {}
  // Opens a new file when none is open, the day changed or the size cap
  // was reached.
  Status Rotate(const std::string& day);
  Status WriteRecord(const std::string& head_fields, const std::string& block);

  WarcWriterOptions options_;
  FILE* file_ = nullptr;
  std::string path_;
  std::string day_;
  uint64_t bytes_ = 0;
  int sequence_ = 0;
};

// A new record id: "<urn:uuid:" + a random (version 4) UUID + ">".
std::string NewWarcRecordId();

// The HTTP response head as stored in the record: see Append.
std::string StoredResponseHead(const std::string& head, size_t body_bytes);

}  // namespace tally::collect

#endif  // TALLY_SRC_COLLECT_WARC_WRITER_H_
