#include "src/ingest/byte_source.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "tests/test_util.h"

namespace tally::ingest {
namespace {


Result<std::string> GunzipFile(const std::string& path) {
  Result<std::unique_ptr<ByteSource>> file = OpenFile(path);
  if (!file.ok()) return file.status();
  std::unique_ptr<ByteSource> gz = Gunzip(std::move(*file));
  return ReadAll(*gz, 1 << 30);
}

TEST(OpenFile, MissingFileIsNotFound) {
  Result<std::unique_ptr<ByteSource>> f = OpenFile("/no/such/file");
  EXPECT_EQ(f.status().code(), StatusCode::kNotFound);
  EXPECT_NE(f.status().message().find("/no/such/file"), std::string::npos);
}

TEST(Gunzip, ReadsManyMembers) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("m.gz"), testing::Gzip("first ") + testing::Gzip("second"));
  Result<std::string> out = GunzipFile(dir.Path("m.gz"));
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "first second");
}

TEST(Gunzip, TruncatedStreamIsCorruption) {
  const std::string gz = testing::Gzip(std::string(100000, 'x'));
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("t.gz"), gz.substr(0, gz.size() / 2));
  Result<std::string> out = GunzipFile(dir.Path("t.gz"));
  EXPECT_EQ(out.status().code(), StatusCode::kCorruption);
}

TEST(Gunzip, GarbageAfterHeaderIsCorruption) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("g.gz"), std::string("\x1F\x8B\x08\x00garbage-garbage-garbage", 27));
  Result<std::string> out = GunzipFile(dir.Path("g.gz"));
  EXPECT_EQ(out.status().code(), StatusCode::kCorruption);
}

TEST(ReadAll, EnforcesLimit) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("big"), std::string(5000, 'a'));
  Result<std::unique_ptr<ByteSource>> f = OpenFile(dir.Path("big"));
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(ReadAll(**f, 1000).status().code(), StatusCode::kResourceExhausted);
}

TEST(BufferedReader, LinesAcrossChunksAndOverlongLines) {
  testing::ScratchDir dir;
  const std::string long_line(200000, 'z');
  testing::WriteFile(dir.Path("l"), "one\r\n" + long_line + "\nthree");
  Result<std::unique_ptr<ByteSource>> f = OpenFile(dir.Path("l"));
  ASSERT_TRUE(f.ok());
  BufferedReader reader(**f);
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(*reader.ReadLine(&line, 1000, &too_long));
  EXPECT_EQ(line, "one");
  ASSERT_TRUE(*reader.ReadLine(&line, 1000, &too_long));
  EXPECT_TRUE(too_long);
  EXPECT_EQ(line.size(), 1000u);
  ASSERT_TRUE(*reader.ReadLine(&line, 1000, &too_long));
  EXPECT_FALSE(too_long);
  EXPECT_EQ(line, "three");
  EXPECT_FALSE(*reader.ReadLine(&line, 1000, &too_long));
}

}  // namespace
}  // namespace tally::ingest
