// Fuzzes the codebook's phrase-list loader over a temporary file (it reads
// by path). Differential: the load succeeds exactly when the whole file is
// valid UTF-8, and fails with kCorruption otherwise.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "src/codebook/boilerplate.h"
#include "src/text/charset.h"

namespace tally::fuzz {
namespace {

// One file per process, so parallel fuzzing jobs do not share it; removed
// at exit. Never destroyed, so the exit handler can still read it.
const std::string& ScratchPath() {
  static const std::string* path = [] {
    auto* p = new std::string(
        (std::filesystem::temp_directory_path() /
         ("tally-codebook-fuzz-" + std::to_string(::getpid()) + ".txt"))
            .string());
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove(ScratchPath(), ec);
    });
    return p;
  }();
  return *path;
}

void WriteScratch(std::string_view bytes) {
  std::FILE* f = std::fopen(ScratchPath().c_str(), "wb");
  Require(f != nullptr, "codebook: cannot create the scratch file");
  const size_t put = std::fwrite(bytes.data(), 1, bytes.size(), f);
  Require(std::fclose(f) == 0 && put == bytes.size(),
          "codebook: cannot write the scratch file");
}

}  // namespace
}  // namespace tally::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > tally::fuzz::kMaxInputBytes) return 0;
  using tally::fuzz::Require;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  tally::fuzz::WriteScratch(bytes);

  tally::Result<std::vector<std::string>> phrases =
      tally::codebook::LoadPhraseList(tally::fuzz::ScratchPath());
  if (!tally::text::IsValidUtf8(bytes)) {
    Require(!phrases.ok() &&
                phrases.status().code() == tally::StatusCode::kCorruption,
            "codebook: a file that is not UTF-8 was not refused as corrupt");
    return 0;
  }
  Require(phrases.ok(), "codebook: a UTF-8 file was refused");
  for (const std::string& p : *phrases) {
    Require(!p.empty(), "codebook: empty phrase");
    Require(p[0] != '#', "codebook: comment kept as a phrase");
    Require(p.find('\n') == std::string::npos, "codebook: phrase spans lines");
    Require(tally::text::IsValidUtf8(p), "codebook: phrase not UTF-8");
  }
  return 0;
}
