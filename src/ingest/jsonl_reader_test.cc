#include <gtest/gtest.h>

#include "src/ingest/reader.h"
#include "tests/test_util.h"

namespace tally::ingest {
namespace {

using testing::CollectingSink;
using testing::ReadPath;

TEST(JsonLinesReader, ExampleFile) {
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(testing::SourcePath("examples/jsonl/pipeline.jsonl"), &sink).ok());
  EXPECT_EQ(sink.items.size(), 5u);
  EXPECT_TRUE(sink.errors.empty());
  EXPECT_FALSE(sink.items[0].meta.url.empty());
  EXPECT_FALSE(sink.items[0].meta.published.empty());
}

TEST(JsonLinesReader, BadLineIsReportedByNumber) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("x.jsonl"),
                     "{\"text\": \"one\", \"source\": \"A\"}\n"
                     "{\"text\": \"two\", oops}\n"
                     "\n"
                     "{\"url\": \"https://a.example\"}\n"
                     "{\"html\": \"<p>four</p>\", \"published\": \"2024-01-02\"}\n");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("x.jsonl"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 2u);
  EXPECT_EQ(sink.items[0].meta.source, "A");
  EXPECT_EQ(sink.items[1].kind, BodyKind::kHtml);
  EXPECT_EQ(sink.items[1].meta.published, "2024-01-02");
  ASSERT_EQ(sink.errors.size(), 2u);
  EXPECT_EQ(sink.errors[0].record, "line 2");
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kCorruption);
  EXPECT_EQ(sink.errors[1].record, "line 4");
  EXPECT_EQ(sink.errors[1].status.code(), StatusCode::kInvalidArgument);
}

TEST(JsonLinesReader, ByteOrderMarkIsNotPartOfTheFirstLine) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("b.jsonl"), "\xEF\xBB\xBF{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("b.jsonl"), &sink).ok());
  EXPECT_EQ(sink.items.size(), 2u);
  EXPECT_TRUE(sink.errors.empty());
}

TEST(JsonLinesReader, OverlongLineIsSkipped) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("x.jsonl"), "{\"text\": \"" + std::string(5000, 'a') +
                                              "\"}\n{\"text\": \"short\"}\n");
  ReaderOptions options;
  options.max_record_bytes = 1000;
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("x.jsonl"), &sink, options).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].body, "short");
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace tally::ingest
