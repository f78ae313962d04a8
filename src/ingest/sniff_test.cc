#include "src/ingest/sniff.h"

#include <gtest/gtest.h>

namespace tally::ingest {
namespace {

TEST(Sniff, ByContentNotName) {
  EXPECT_EQ(Sniff("<!DOCTYPE html><html><body>x", "story.txt"), Sniffed::kHtml);
  EXPECT_EQ(Sniff("\x1F\x8B\x08\x00", "crawl.warc"), Sniffed::kGzip);
  EXPECT_EQ(Sniff("WARC/1.0\r\nWARC-Type: warcinfo", "x.html"), Sniffed::kWarc);
  EXPECT_EQ(Sniff("Plain words about a report.", "page.html"), Sniffed::kText);
}

TEST(Sniff, Feeds) {
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", ""), Sniffed::kRss);
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", ""),
            Sniffed::kAtom);
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", ""), Sniffed::kRss);
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?><config/>", ""), Sniffed::kXml);
}

TEST(Sniff, Json) {
  EXPECT_EQ(Sniff("{\n \"name\": \"Chan\",\n \"type\": \"public_channel\",\n \"id\": 1,\n "
                  "\"messages\": [",
                  "result.json"),
            Sniffed::kTelegram);
  EXPECT_EQ(Sniff("{\n \"about\": \"Here is the data\",\n \"personal_information\": {", ""),
            Sniffed::kTelegram);
  EXPECT_EQ(Sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "x.json"), Sniffed::kJsonLines);
  EXPECT_EQ(Sniff("[1, 2, 3]", "x.json"), Sniffed::kJson);
}

TEST(Sniff, TextThatMentionsMarkupStaysText) {
  EXPECT_EQ(Sniff("// Reads <rss> and <feed> documents.\n#include <x>", "feed.cc"),
            Sniffed::kText);
  EXPECT_EQ(Sniff("Saved from the web\n<!DOCTYPE html><html>", "page.txt"), Sniffed::kHtml);
}

TEST(Sniff, Utf16Html) {
  const std::string html("\xFF\xFE<\0h\0t\0m\0l\0>\0<\0b\0o\0d\0y\0>\0", 26);
  EXPECT_EQ(Sniff(html, "page.htm"), Sniffed::kHtml);
}

TEST(Sniff, MarkdownByNameWhenTextual) {
  EXPECT_EQ(Sniff("# Title\n\nWords.", "notes.md"), Sniffed::kMarkdown);
}

TEST(Sniff, BinaryAndEmpty) {
  EXPECT_EQ(Sniff("", "x"), Sniffed::kEmpty);
  EXPECT_EQ(Sniff(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), "x.txt"), Sniffed::kBinary);
  std::string junk;
  for (int i = 0; i < 1000; ++i) junk += static_cast<char>((i * 37) % 31 + 1);
  EXPECT_EQ(Sniff(junk, "x.html"), Sniffed::kBinary);
}

}  // namespace
}  // namespace tally::ingest
