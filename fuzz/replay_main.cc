// A main() for the fuzz targets without libFuzzer: runs
// LLVMFuzzerTestOneInput once over every file named on the command line,
// and over every file under each folder named (sorted, so runs repeat).
// For regression runs of a corpus or a crash reproducer in any build;
// sanitizers or a failed check abort the process. Arguments starting with
// "-" (libFuzzer flags) are ignored.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

bool RunFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << path.string() << "\n";
    return false;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)),
                          std::istreambuf_iterator<char>());
  // A heap copy of exactly the input's size, as libFuzzer passes it, so
  // ASan sees any read past the end.
  std::unique_ptr<uint8_t[]> copy(new uint8_t[bytes.size()]);
  if (!bytes.empty()) std::memcpy(copy.get(), bytes.data(), bytes.size());
  std::cerr << "Running: " << path.string() << "\n";
  LLVMFuzzerTestOneInput(copy.get(), bytes.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  bool ok = true;
  size_t runs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.empty() || arg[0] == '-') continue;
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<fs::path> files;
      for (const fs::directory_entry& entry :
           fs::recursive_directory_iterator(arg, ec)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files) {
        ok = RunFile(file) && ok;
        ++runs;
      }
    } else if (fs::is_regular_file(arg, ec)) {
      ok = RunFile(arg) && ok;
      ++runs;
    } else {
      std::cerr << "no such file or folder: " << arg << "\n";
      ok = false;
    }
  }
  std::cerr << "replayed " << runs << " inputs\n";
  return ok ? 0 : 1;
}
