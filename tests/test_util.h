// Helpers shared by tally's tests: paths into the source tree, scratch
// folders, and a sink that collects what a reader produces.
#ifndef TALLY_TESTS_TEST_UTIL_H_
#define TALLY_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <zlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "src/codebook/boilerplate.h"
#include "src/ingest/reader.h"

namespace tally::testing {

inline std::string SourcePath(const std::string& relative) {
  return std::string(TALLY_SOURCE_DIR) + "/" + relative;
}

inline std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// `data` as one gzip member.
inline std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// A fresh empty folder under the system temp dir, removed on destruction.
class ScratchDir {
 public:
  ScratchDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("tally-test-" + std::string(info->test_suite_name()) + "-" + info->name() +
             "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  std::string Path(const std::string& name) const { return (path_ / name).string(); }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

class CollectingSink : public ingest::ItemSink {
 public:
  void Item(RawItem item) override { items.push_back(std::move(item)); }
  void Error(ingest::InputError error) override { errors.push_back(std::move(error)); }
  void Skipped(std::string_view why) override { skipped.emplace_back(why); }

  std::vector<RawItem> items;
  std::vector<ingest::InputError> errors;
  std::vector<std::string> skipped;
};

// The source tree's codebook phrase list, as the CLI loads it.
inline std::vector<std::string> BoilerplatePhrases() {
  Result<std::vector<std::string>> phrases =
      codebook::LoadPhraseList(SourcePath("codebook/boilerplate.txt"));
  EXPECT_TRUE(phrases.ok()) << phrases.status().ToString();
  return phrases.ok() ? *phrases : std::vector<std::string>{};
}

// Reads `path` through the sniffing front door, collecting the output.
inline Status ReadPath(const std::string& path, CollectingSink* sink,
                       const ingest::ReaderOptions& options = {}) {
  return ingest::ReadInput(path, false, options, *sink);
}

}  // namespace tally::testing

#endif  // TALLY_TESTS_TEST_UTIL_H_
