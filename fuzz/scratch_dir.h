// A scratch folder for fuzz targets that read files by path: one per
// process (parallel jobs do not share it), removed at exit.
#ifndef TALLY_FUZZ_SCRATCH_DIR_H_
#define TALLY_FUZZ_SCRATCH_DIR_H_

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"

namespace tally::fuzz {

// Never destroyed, so that the exit handler can still read it.
inline const std::filesystem::path& ScratchDir() {
  static const std::filesystem::path* dir = [] {
    auto* d = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                        ("tally-fuzz-" + std::to_string(::getpid())));
    std::filesystem::create_directories(*d);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(ScratchDir(), ec);
    });
    return d;
  }();
  return *dir;
}

// Writes `bytes` to the file `name` in the scratch folder; its path.
inline std::string WriteScratchFile(std::string_view name, std::string_view bytes) {
  const std::string path = (ScratchDir() / name).string();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  Require(f != nullptr, "scratch: cannot create a file");
  const size_t put = std::fwrite(bytes.data(), 1, bytes.size(), f);
  Require(std::fclose(f) == 0 && put == bytes.size(), "scratch: cannot write a file");
  return path;
}

}  // namespace tally::fuzz

#endif  // TALLY_FUZZ_SCRATCH_DIR_H_
