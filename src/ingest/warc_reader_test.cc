#include <gtest/gtest.h>
#include <zlib.h>

#include "src/ingest/reader.h"
#include "tests/test_util.h"

namespace tally::ingest {
namespace {

using testing::CollectingSink;
using testing::ReadPath;
using testing::SourcePath;

std::string Record(const std::string& type, const std::string& uri,
                   const std::string& content_type, const std::string& block) {
  return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-03-19T10:02:11Z\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block +
         "\r\n\r\n";
}

std::string HttpPage(const std::string& body, const std::string& extra_headers = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra_headers +
         "\r\n" + body;
}


TEST(WarcReader, ExampleCrawlYieldsItsThreePages) {
  for (const char* name : {"examples/warc/crawl-2024-03.warc", "examples/warc/crawl-2024-03.warc.gz"}) {
    CollectingSink sink;
    ASSERT_TRUE(ReadPath(SourcePath(name), &sink).ok()) << name;
    ASSERT_EQ(sink.items.size(), 3u) << name;
    EXPECT_TRUE(sink.errors.empty()) << sink.errors[0].status.ToString();
    EXPECT_EQ(sink.items[0].meta.url,
              "https://easternmonitor.example/news/2024/03/11/contract-soldiers-discharge-lawsuits");
    EXPECT_EQ(sink.items[0].meta.captured, "2024-03-19T10:02:11Z");
    EXPECT_EQ(sink.items[0].meta.record, "record 3");
    EXPECT_EQ(sink.items[0].charset_hint, "utf-8");
    EXPECT_EQ(sink.items[0].format, Format::kWarc);
    EXPECT_EQ(sink.items[2].meta.record, "record 9");
    // warcinfo, 3 requests, metadata, the PNG response, revisit.
    EXPECT_EQ(sink.skipped.size(), 7u);
  }
}

// A crawl written by GNU Wget 1.21 (--warc-file) of a local copy of the
// example pages: WARC/1.0, URIs in angle brackets, a directory listing, a
// 404 for robots.txt, wget's own log as a resource record.
TEST(WarcReader, WgetCrawl) {
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(SourcePath("tests/golden/wget-crawl.warc.gz"), &sink).ok());
  EXPECT_TRUE(sink.errors.empty());
  ASSERT_EQ(sink.items.size(), 7u);
  for (const RawItem& item : sink.items) {
    EXPECT_EQ(item.meta.url.rfind("http://127.0.0.1:8765/", 0), 0u) << item.meta.url;
    EXPECT_EQ(item.meta.captured.substr(0, 4), "2026");
  }
}

TEST(WarcReader, DecodesChunkedGzipHttpBodies) {
  const std::string page = "<html><body><p>Chunked and compressed page.</p></body></html>";
  const std::string gz = testing::Gzip(page);
  char size[16];
  std::snprintf(size, sizeof size, "%zx", gz.size());
  const std::string chunked = std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n";
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("c.warc"),
                     Record("response", "https://a.example/", "application/http; msgtype=response",
                            HttpPage(chunked, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")));
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("c.warc"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].body, page);
}

TEST(WarcReader, CutMidRecordKeepsEarlierRecords) {
  const std::string good = Record("response", "https://a.example/1",
                                  "application/http; msgtype=response",
                                  HttpPage("<p>First page.</p>"));
  const std::string second = Record("response", "https://a.example/2",
                                    "application/http; msgtype=response",
                                    HttpPage("<p>Second page, cut.</p>"));
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("cut.warc"), good + second.substr(0, second.size() - 20));
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("cut.warc"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kCorruption);
  EXPECT_NE(sink.errors[0].status.message().find("file ends inside a record"), std::string::npos);
  EXPECT_EQ(sink.errors[0].record.rfind("record 2", 0), 0u);
}

TEST(WarcReader, TruncatedGzipKeepsEarlierRecords) {
  std::string gz;
  for (int i = 0; i < 3; ++i) {
    gz += testing::Gzip(Record("response", "https://a.example/" + std::to_string(i),
                      "application/http; msgtype=response",
                      HttpPage("<p>Page " + std::to_string(i) + ".</p>")));
  }
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("t.warc.gz"), gz.substr(0, gz.size() - 30));
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("t.warc.gz"), &sink).ok());
  EXPECT_EQ(sink.items.size(), 2u);
  ASSERT_FALSE(sink.errors.empty());
  EXPECT_EQ(sink.errors.back().status.code(), StatusCode::kCorruption);
}

TEST(WarcReader, BadContentLengthResyncsOnNextRecord) {
  const std::string bad =
      "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\ngarbage\r\n\r\n";
  const std::string good = Record("response", "https://a.example/ok",
                                  "application/http; msgtype=response", HttpPage("<p>Fine.</p>"));
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("b.warc"), bad + good);
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("b.warc"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].meta.url, "https://a.example/ok");
  ASSERT_GE(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].status.message().find("Content-Length"), std::string::npos);
}

TEST(WarcReader, ResourceRecordsAreRead) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("r.warc"),
                     Record("resource", "https://a.example/r", "text/html", "<p>Resource.</p>"));
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("r.warc"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
}

}  // namespace
}  // namespace tally::ingest
