// ByteSources over memory for the fuzz targets: the readers get fuzz input
// without a file, in pieces of a chosen size.
#ifndef TALLY_FUZZ_MEMORY_SOURCE_H_
#define TALLY_FUZZ_MEMORY_SOURCE_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>

#include "src/ingest/byte_source.h"

namespace tally::fuzz {

// Serves `data` (not owned; must outlive the source) at most `max_chunk`
// bytes per Read. Small chunks imitate pipes and sockets, whose reads come
// back short: a reader's output must not depend on them.
class MemorySource : public ingest::ByteSource {
 public:
  explicit MemorySource(std::string_view data,
                        size_t max_chunk = std::numeric_limits<size_t>::max())
      : data_(data), max_chunk_(std::max<size_t>(max_chunk, 1)) {}

  Result<size_t> Read(char* buf, size_t n) override {
    const size_t take = std::min({n, max_chunk_, data_.size() - pos_});
    if (take > 0) std::memcpy(buf, data_.data() + pos_, take);
    pos_ += take;
    return take;
  }
  uint64_t consumed() const override { return pos_; }

 private:
  std::string_view data_;
  size_t max_chunk_;
  size_t pos_ = 0;
};

// Ends `inner` after `limit` bytes. A 1 MiB gzip input can inflate to a
// gigabyte; streaming through all of it is by design, but it would only
// make the fuzzer time out.
class CappedSource : public ingest::ByteSource {
 public:
  CappedSource(std::unique_ptr<ingest::ByteSource> inner, uint64_t limit)
      : inner_(std::move(inner)), left_(limit) {}

  Result<size_t> Read(char* buf, size_t n) override {
    if (left_ == 0) return size_t{0};
    Result<size_t> got =
        inner_->Read(buf, static_cast<size_t>(std::min<uint64_t>(n, left_)));
    if (got.ok()) left_ -= *got;
    return got;
  }
  uint64_t consumed() const override { return inner_->consumed(); }

 private:
  std::unique_ptr<ingest::ByteSource> inner_;
  uint64_t left_;
};

}  // namespace tally::fuzz

#endif  // TALLY_FUZZ_MEMORY_SOURCE_H_
