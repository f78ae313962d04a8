// ByteSource: a stream of input bytes, read in chunks so that no input is
// ever held whole in memory. Files, standard input and gzip streams (any
// number of members, as in .warc.gz) are sources.
#ifndef TALLY_SRC_INGEST_BYTE_SOURCE_H_
#define TALLY_SRC_INGEST_BYTE_SOURCE_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "tally/status.h"

namespace tally::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`. Returns 0 at the end of the stream;
  // a non-OK status on an I/O or decoding error (the bytes already returned
  // stay valid).
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  // Bytes consumed from the underlying file so far (compressed bytes for a
  // gzip stream): for progress.
  virtual uint64_t consumed() const = 0;
};

// Opens `path` ("-" = standard input). Fails with kNotFound,
// kPermissionDenied or kIOError, naming the path. If `bytes_read` is given,
// every read adds its size there (live progress for large files).
Result<std::unique_ptr<ByteSource>> OpenFile(
    const std::string& path, std::atomic<uint64_t>* bytes_read = nullptr);

// Decompresses a gzip stream of one or more members. A stream cut short
// reports kCorruption ("truncated gzip stream") after the bytes before the
// cut.
std::unique_ptr<ByteSource> Gunzip(std::unique_ptr<ByteSource> compressed);

// A source that first replays `prefix` (bytes already read to sniff the
// format), then reports `pending` if it is an error met while reading the
// prefix, else continues with `rest`.
std::unique_ptr<ByteSource> Prepend(std::string prefix,
                                    std::unique_ptr<ByteSource> rest,
                                    Status pending = Status::Ok());

// A source over bytes already in memory (a fetched body).
std::unique_ptr<ByteSource> FromString(std::string bytes);

// Reads up to `n` bytes into `out` (fewer at the end). An error after some
// bytes is returned with them; `out` holds what was read either way.
Status ReadHead(ByteSource& source, size_t n, std::string* out);

// Reads up to `limit` bytes of `source` into a string. If the source holds
// more, fails with kResourceExhausted (and the rest is not read).
Result<std::string> ReadAll(ByteSource& source, size_t limit);


// Buffered line and block reads over a ByteSource, for the record formats
// (WARC headers, JSON Lines).
class BufferedReader {
 public:
  explicit BufferedReader(ByteSource& source) : source_(source) {}

  // Reads one line without its "\n" (and "\r"). Returns false at the end
  // of the stream. A line longer than `max` is consumed whole but returned
  // cut to `max` bytes with *too_long set.
  Result<bool> ReadLine(std::string* line, size_t max, bool* too_long);
  // Appends up to `n` bytes to `out`; returns how many (fewer at the end).
  Result<size_t> Read(size_t n, std::string* out);
  // Skips up to `n` bytes; returns how many.
  Result<size_t> Skip(size_t n);
  // Bytes handed out so far.
  uint64_t offset() const { return offset_; }

 private:
  Result<bool> Fill();

  ByteSource& source_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false;
};

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_BYTE_SOURCE_H_
