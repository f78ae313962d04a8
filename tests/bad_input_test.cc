// Bad input costs only itself: every good document beside it is stored and
// the problem is recorded with the file (and record) it came from.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "src/ingest/pipeline.h"
#include "tests/test_util.h"

namespace tally {
namespace {

struct Outcome {
  ingest::IngestSummary summary;
  store::Stats stats;
};

Outcome Ingest(const std::vector<std::string>& inputs,
               const ingest::PipelineOptions& options = {}) {
  testing::ScratchDir db_dir;
  Outcome out;
  Result<std::unique_ptr<store::Store>> store = store::Store::Open(db_dir.Path("t.db"), {});
  EXPECT_TRUE(store.ok());
  ingest::Ingester ingester(**store, options, nullptr);
  Result<ingest::IngestSummary> summary = ingester.Run(inputs, "test");
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  if (summary.ok()) out.summary = *summary;
  out.stats = *(*store)->GetStats();
  return out;
}

bool HasError(const Outcome& o, const std::string& path, StatusCode code) {
  for (const ingest::InputError& e : o.summary.errors) {
    if (e.path == path && e.status.code() == code) return true;
  }
  return false;
}

TEST(BadInput, EachProblemIsRecordedAndGoodFilesStored) {
  testing::ScratchDir dir;
  const std::string good = dir.Path("good.txt");
  testing::WriteFile(good, "Lawyers say more than 1,000 soldiers refused to deploy.");
  testing::WriteFile(dir.Path("empty.txt"), "");
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) % 256);
  testing::WriteFile(dir.Path("junk.html"), junk);
  testing::WriteFile(dir.Path("bad.jsonl"), "{\"text\": \"fine line\"}\n{broken\n");
  testing::WriteFile(dir.Path("array.json"), "[1,2,3]");
  testing::WriteFile(dir.Path("cut.warc"),
                     "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nshort");
  // "Отказники" twice around one broken byte: damaged UTF-8, repaired.
  const std::string word = "\xD0\x9E\xD1\x82\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xBD\xD0\xB8\xD0\xBA\xD0\xB8";
  testing::WriteFile(dir.Path("latin.txt"), word + " \xC3\x28 " + word);

  const std::string missing = dir.Path("missing.html");
  Outcome o = Ingest({good, missing, dir.Path("empty.txt"), dir.Path("junk.html"),
                      dir.Path("bad.jsonl"), dir.Path("array.json"), dir.Path("cut.warc"),
                      dir.Path("latin.txt")});
  // good.txt, the good JSON line, latin.txt (repaired, with a warning).
  EXPECT_EQ(o.summary.run.documents_new, 3u);
  EXPECT_TRUE(HasError(o, missing, StatusCode::kNotFound));
  EXPECT_TRUE(HasError(o, dir.Path("empty.txt"), StatusCode::kInvalidArgument));
  EXPECT_TRUE(HasError(o, dir.Path("junk.html"), StatusCode::kUnsupported));
  EXPECT_TRUE(HasError(o, dir.Path("bad.jsonl"), StatusCode::kCorruption));
  EXPECT_TRUE(HasError(o, dir.Path("array.json"), StatusCode::kUnsupported));
  EXPECT_TRUE(HasError(o, dir.Path("cut.warc"), StatusCode::kCorruption));
  EXPECT_EQ(o.summary.run.errors, 6u);
  // The repaired file's warning is in the store's error table.
  bool warned = false;
  for (const store::ErrorRow& e : o.stats.recent_errors) {
    if (e.path == dir.Path("latin.txt") && e.severity == "warning") warned = true;
  }
  EXPECT_TRUE(warned);
}

TEST(BadInput, PermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("secret.txt"), "text");
  ::chmod(dir.Path("secret.txt").c_str(), 0);
  Outcome o = Ingest({dir.Path("secret.txt")});
  EXPECT_TRUE(HasError(o, dir.Path("secret.txt"), StatusCode::kPermissionDenied));
}

TEST(BadInput, OversizedSingleLineFileIsRefusedWithoutReadingItAll) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("big.txt"), std::string(3 << 20, 'a'));
  testing::WriteFile(dir.Path("ok.txt"), "A normal small report.");
  ingest::PipelineOptions options;
  options.reader.max_document_bytes = 1 << 20;
  Outcome o = Ingest({dir.Path("big.txt"), dir.Path("ok.txt")}, options);
  EXPECT_EQ(o.summary.run.documents_new, 1u);
  EXPECT_TRUE(HasError(o, dir.Path("big.txt"), StatusCode::kResourceExhausted));
}

TEST(BadInput, GzipNamedAnythingIsUnpacked) {
  testing::ScratchDir dir;
  const std::string gz = testing::Gzip("A report about 40 refusals, gzipped.\n");
  testing::WriteFile(dir.Path("note.txt"), gz);
  testing::WriteFile(dir.Path("cut.gz"), gz.substr(0, gz.size() - 6));
  Outcome o = Ingest({dir.Path("note.txt"), dir.Path("cut.gz")});
  EXPECT_EQ(o.summary.run.documents_new, 1u);
  EXPECT_TRUE(HasError(o, dir.Path("cut.gz"), StatusCode::kCorruption));
}

}  // namespace
}  // namespace tally
