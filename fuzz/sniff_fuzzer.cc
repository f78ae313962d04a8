// Fuzzes tally's front door: Sniff, then ReadInput (sniffing, gzip
// unpacking, the reader chosen) on a file holding the input, then the text
// stage on every item read. Sniff is also checked against what it promises
// for empty and gzip input, under every kind of file name.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/document_check.h"
#include "fuzz/reader_harness.h"
#include "fuzz/scratch_dir.h"
#include "src/ingest/reader.h"
#include "src/ingest/sniff.h"

namespace tally::fuzz {
namespace {

// The name is a tie-breaker for Markdown and JSON Lines.
constexpr std::string_view kNames[] = {
    "",         "-",         "in.txt",      "in.md",
    "in.jsonl", "in.NDJSON", "in.markdown", "in.html"};
constexpr std::string_view kSuffixes[] = {".txt", ".md", ".jsonl", ".html"};

void CheckSniff(std::string_view head) {
  const bool gzip = head.size() >= 2 &&
                    static_cast<unsigned char>(head[0]) == 0x1F &&
                    static_cast<unsigned char>(head[1]) == 0x8B;
  for (std::string_view name : kNames) {
    const ingest::Sniffed s = ingest::Sniff(head, name);
    Require(ingest::SniffedName(s) != "unknown", "sniff: unnamed result");
    Require((s == ingest::Sniffed::kEmpty) == head.empty(),
            "sniff: kEmpty for non-empty input or the reverse");
    Require((s == ingest::Sniffed::kGzip) == gzip,
            "sniff: kGzip disagrees with the gzip magic");
  }
}

// The file's suffix varies with the input.
std::string WriteScratch(std::string_view bytes) {
  return WriteScratchFile("input" + std::string(kSuffixes[bytes.size() % std::size(kSuffixes)]), bytes);
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  tally::fuzz::CheckSniff(bytes.substr(0, tally::ingest::kSniffBytes));

  const std::string path = tally::fuzz::WriteScratch(bytes);
  tally::fuzz::CollectingSink sink;
  const bool from_folder = size % 2 == 1;
  const tally::Status status =
      tally::ingest::ReadInput(path, from_folder, {}, sink);
  tally::fuzz::Require(status.ok() || status.message().find(path) == 0,
                       "sniff: ReadInput error does not name the path");
  for (tally::RawItem& item : sink.items) {
    tally::fuzz::ProcessAndCheck(std::move(item));
  }
  return 0;
}
