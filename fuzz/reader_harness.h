// Shared body of the reader fuzz targets (warc, telegram, feed, jsonl).
//
// Each input is read twice: in one piece, and in short pieces of a size
// derived from the input. Both runs must give the same items, errors and
// skips (a differential check: record boundaries, byte offsets and
// buffering must not depend on how the source hands out bytes). Inputs
// that start with the gzip magic are also read through Gunzip.
#ifndef TALLY_FUZZ_READER_HARNESS_H_
#define TALLY_FUZZ_READER_HARNESS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_check.h"
#include "fuzz/memory_source.h"
#include "src/ingest/reader.h"

namespace tally::fuzz {

using ReaderFn = Status (*)(ingest::ByteSource&, const std::string&,
                            const ingest::ReaderOptions&, ingest::ItemSink&);

// Small limits, so the over-the-limit paths are reachable with small
// inputs. Equal, because only WARC and feeds apply max_document_bytes.
inline ingest::ReaderOptions FuzzReaderOptions() {
  ingest::ReaderOptions options;
  options.max_document_bytes = 64 << 10;
  options.max_record_bytes = 64 << 10;
  return options;
}

// Decompressed bytes read from a gzip input at most.
inline constexpr uint64_t kMaxInflatedBytes = 8 << 20;

class CollectingSink : public ingest::ItemSink {
 public:
  void Item(RawItem item) override { items.push_back(std::move(item)); }
  void Error(ingest::InputError error) override {
    errors.push_back(std::move(error));
  }
  void Skipped(std::string_view why) override { skipped.emplace_back(why); }

  std::vector<RawItem> items;
  std::vector<ingest::InputError> errors;
  std::vector<std::string> skipped;
};

struct ReadOutcome {
  Status status;
  CollectingSink sink;
};

inline ReadOutcome ReadOnce(ReaderFn read, std::string_view data, size_t chunk,
                            bool gunzip) {
  static const std::string kPath = "fuzz-input";
  std::unique_ptr<ingest::ByteSource> in =
      std::make_unique<MemorySource>(data, chunk);
  if (gunzip) {
    in = std::make_unique<CappedSource>(ingest::Gunzip(std::move(in)),
                                        kMaxInflatedBytes);
  }
  ReadOutcome out;
  out.status = read(*in, kPath, FuzzReaderOptions(), out.sink);
  for (const RawItem& item : out.sink.items) {
    Require(item.meta.path == kPath, "reader: item without its path");
    Require(item.body.size() <= FuzzReaderOptions().max_document_bytes,
            "reader: body over max_document_bytes");
    Require(item.input_bytes > 0 || item.body.empty(),
            "reader: item stands for no input bytes");
  }
  for (const ingest::InputError& e : out.sink.errors) {
    Require(!e.status.ok(), "reader: error with an OK status");
  }
  return out;
}

inline bool SameMeta(const DocumentMeta& a, const DocumentMeta& b) {
  return a.path == b.path && a.record == b.record && a.url == b.url &&
         a.source == b.source && a.title == b.title && a.author == b.author &&
         a.published == b.published && a.captured == b.captured &&
         a.forwarded_from == b.forwarded_from;
}

inline bool SameOutput(const ReadOutcome& a, const ReadOutcome& b) {
  if (a.status.code() != b.status.code() ||
      a.status.message() != b.status.message() ||
      a.sink.items.size() != b.sink.items.size() ||
      a.sink.errors.size() != b.sink.errors.size() ||
      a.sink.skipped != b.sink.skipped) {
    return false;
  }
  for (size_t i = 0; i < a.sink.items.size(); ++i) {
    const RawItem& x = a.sink.items[i];
    const RawItem& y = b.sink.items[i];
    if (x.format != y.format || x.kind != y.kind || x.body != y.body ||
        x.charset_hint != y.charset_hint || x.input_bytes != y.input_bytes ||
        !SameMeta(x.meta, y.meta)) {
      return false;
    }
  }
  for (size_t i = 0; i < a.sink.errors.size(); ++i) {
    const ingest::InputError& x = a.sink.errors[i];
    const ingest::InputError& y = b.sink.errors[i];
    if (x.path != y.path || x.record != y.record ||
        x.status.code() != y.status.code() ||
        x.status.message() != y.status.message()) {
      return false;
    }
  }
  return true;
}

// FNV-1a over the first bytes: picks a chunk size that varies with the
// input but is the same on every replay.
inline size_t ChunkFor(std::string_view data) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < data.size() && i < 64; ++i) {
    h = (h ^ static_cast<unsigned char>(data[i])) * 16777619u;
  }
  // Tiny pieces only for small inputs: BufferedReader zero-fills a 64 KiB
  // buffer per read, so 1-byte reads of 1 MiB would only time out.
  return data.size() <= (16 << 10) ? 1 + h % 61 : 4096 + h % 4096;
}

enum class Compare {
  kAlways,
  // libxml2's recovery after an error depends on where its input pieces
  // end, so feeds are compared only when neither run met an error.
  kWhenClean,
};

inline void FuzzReader(ReaderFn read, const uint8_t* bytes, size_t size,
                       Compare compare) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  const bool gzip = size >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;
  const ReadOutcome whole = ReadOnce(read, data, data.size(), gzip);
  const ReadOutcome pieces = ReadOnce(read, data, ChunkFor(data), gzip);
  if (compare == Compare::kWhenClean &&
      (!whole.sink.errors.empty() || !pieces.sink.errors.empty())) {
    return;
  }
  Require(SameOutput(whole, pieces),
          "reader: output depends on the source's read sizes");
}

}  // namespace tally::fuzz

#endif  // TALLY_FUZZ_READER_HARNESS_H_
