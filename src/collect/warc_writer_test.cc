#include "src/collect/warc_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "src/ingest/processor.h"
#include "tests/test_util.h"

namespace tally::collect {
namespace {

using tally::testing::CollectingSink;
using tally::testing::ScratchDir;

HttpResponse Page(const std::string& url, const std::string& body,
                  const std::string& content_type, int status = 200) {
  HttpResponse r;
  r.status = status;
  r.url = url;
  r.body = body;
  r.content_type = content_type;
  r.request_head = "GET / HTTP/1.1\r\nHost: example.org\r\nUser-Agent: tally/0.1\r\n\r\n";
  // As received: gzip on the wire, which the client has undone.
  r.response_head = "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: " + content_type +
                    "\r\nContent-Encoding: gzip\r\nContent-Length: 12\r\n\r\n";
  r.remote_ip = "127.0.0.1";
  r.fetched_at = "2024-10-01T10:00:00Z";
  return r;
}

std::vector<std::string> WarcFiles(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

const char kArticle[] =
    "<html><head><title>Refusals</title></head><body><article><h1>Refusals grow</h1>"
    "<p>More than 1,000 soldiers have refused to fight, a lawyer said on Monday, citing "
    "court records from seven regions.</p></article></body></html>";

TEST(WarcWriter, WhatIsWrittenReadsBackAsTheSameDocuments) {
  ScratchDir dir;
  Result<std::unique_ptr<WarcWriter>> writer = WarcWriter::Open({.dir = dir.Path("warc")});
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  // windows-1251 without a charset in the header: the reader must detect it.
  const std::string cp1251 =
      "<html><body><p>\xc1\xee\xeb\xe5\xe5 \xf2\xfb\xf1\xff\xf7\xe8 \xf1\xee\xeb\xe4\xe0\xf2"
      "\xee\xe2 \xee\xf2\xea\xe0\xe7\xe0\xeb\xe8\xf1\xfc \xe2\xee\xe5\xe2\xe0\xf2\xfc.</p>"
      "</body></html>";
  Result<WarcRecordRef> first =
      (*writer)->Append(Page("https://example.org/a", kArticle, "text/html; charset=utf-8"));
  Result<WarcRecordRef> second =
      (*writer)->Append(Page("https://example.org/b", cp1251, "text/html"));
  Result<WarcRecordRef> missing =
      (*writer)->Append(Page("https://example.org/c", "gone", "text/plain", 404));
  ASSERT_TRUE(first.ok() && second.ok() && missing.ok());
  EXPECT_TRUE(std::regex_match(first->id, std::regex("<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-"
                                                     "[89ab][0-9a-f]{3}-[0-9a-f]{12}>")))
      << first->id;
  EXPECT_NE(first->id, second->id);
  EXPECT_EQ(first->path, second->path);
  ASSERT_TRUE((*writer)->Close().ok());

  CollectingSink sink;
  ASSERT_TRUE(ingest::ReadInput(first->path, false, {}, sink).ok());
  EXPECT_TRUE(sink.errors.empty()) << sink.errors[0].status.ToString();
  ASSERT_EQ(sink.items.size(), 2u);
  EXPECT_EQ(sink.items[0].meta.url, "https://example.org/a");
  EXPECT_EQ(sink.items[0].meta.captured, "2024-10-01T10:00:00Z");
  EXPECT_EQ(sink.items[0].body, kArticle);
  EXPECT_EQ(sink.items[1].body, cp1251);
  // warcinfo, three requests, the 404.
  EXPECT_EQ(sink.skipped.size(), 5u);

  // The same text, and so the same document id, as the page read directly.
  for (size_t i = 0; i < 2; ++i) {
    RawItem direct;
    direct.format = Format::kHtml;
    direct.kind = BodyKind::kHtml;
    direct.body = i == 0 ? kArticle : cp1251;
    direct.charset_hint = i == 0 ? "utf-8" : "";
    Result<Document> a = ingest::Process(std::move(direct), {});
    Result<Document> b = ingest::Process(sink.items[i], {});
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->id, b->id);
    if (i == 1) {
      EXPECT_EQ(b->charset, "windows-1251");
    }
  }
}

TEST(WarcWriter, StoredHeadDropsTheTransferEncodings) {
  EXPECT_EQ(StoredResponseHead("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                               "Transfer-Encoding: chunked\r\ncontent-encoding: br\r\n\r\n",
                               42),
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            "X-Tally-Original-Transfer-Encoding: chunked\r\n"
            "X-Tally-Original-content-encoding: br\r\nContent-Length: 42\r\n\r\n");
}

TEST(WarcWriter, RotatesBySizeAndDay) {
  ScratchDir dir;
  Result<std::unique_ptr<WarcWriter>> writer =
      WarcWriter::Open({.dir = dir.path(), .max_file_bytes = 1});
  ASSERT_TRUE(writer.ok());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE((*writer)->Append(Page("https://example.org/" + std::to_string(i), kArticle,
                                       "text/html")).ok());
  }
  ASSERT_TRUE((*writer)->Close().ok());
  EXPECT_EQ(WarcFiles(dir.path()).size(), 3u);

  ScratchDir by_day;
  writer = WarcWriter::Open({.dir = by_day.path()});
  ASSERT_TRUE(writer.ok());
  HttpResponse monday = Page("https://example.org/m", kArticle, "text/html");
  HttpResponse tuesday = monday;
  tuesday.fetched_at = "2024-10-02T00:00:01Z";
  ASSERT_TRUE((*writer)->Append(monday).ok());
  ASSERT_TRUE((*writer)->Append(monday).ok());
  ASSERT_TRUE((*writer)->Append(tuesday).ok());
  ASSERT_TRUE((*writer)->Close().ok());
  const std::vector<std::string> files = WarcFiles(by_day.path());
  ASSERT_EQ(files.size(), 2u);
  for (const std::string& f : files) {
    EXPECT_TRUE(std::regex_search(f, std::regex("/tally-[0-9]{14}-[0-9]+-[0-9]{5}\\.warc\\.gz$"))) << f;
  }
}

TEST(WarcWriter, UnwritableFolderIsIOError) {
  Result<std::unique_ptr<WarcWriter>> writer = WarcWriter::Open({.dir = "/proc/tally-no"});
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().code(), StatusCode::kIOError);
  EXPECT_NE(writer.status().message().find("/proc/tally-no"), std::string::npos);
}

}  // namespace
}  // namespace tally::collect
