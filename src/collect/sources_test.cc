#include "src/collect/sources.h"

#include <gtest/gtest.h>

namespace tally::collect {
namespace {

using std::chrono::seconds;

TEST(Sources, ReadsTheIssueShape) {
  Result<std::vector<Source>> sources = ParseSources(R"(
[[feed]]
url = "https://example.org/feed.xml"

[[site]]
url = "https://example.org/news/"        # a listing page to poll
follow = "https://example.org/news/"     # follow links that start with this
every = "15m"
lang = "ru"
label = "Example news"

[[telegram]]
channel = "some_channel"
backfill = 12
)", "sources.toml");
  ASSERT_TRUE(sources.ok()) << sources.status().ToString();
  ASSERT_EQ(sources->size(), 3u);
  const Source& feed = (*sources)[0];
  EXPECT_EQ(feed.kind, SourceKind::kFeed);
  EXPECT_EQ(feed.url, "https://example.org/feed.xml");
  EXPECT_EQ(feed.every, seconds(3600));
  EXPECT_EQ(feed.line, 2);
  EXPECT_EQ(feed.Key(), "feed https://example.org/feed.xml");
  const Source& site = (*sources)[1];
  EXPECT_EQ(site.kind, SourceKind::kSite);
  EXPECT_EQ(site.follow, "https://example.org/news/");
  EXPECT_EQ(site.every, seconds(900));
  EXPECT_EQ(site.lang, "ru");
  EXPECT_EQ(site.label, "Example news");
  const Source& channel = (*sources)[2];
  EXPECT_EQ(channel.kind, SourceKind::kTelegram);
  EXPECT_EQ(channel.channel, "some_channel");
  EXPECT_EQ(channel.preview, "https://t.me/s/");
  EXPECT_EQ(channel.Key(), "telegram some_channel");
  EXPECT_EQ(channel.backfill, 12);
  EXPECT_EQ(feed.backfill, 5);  // the default, unused by a feed
}

TEST(Sources, KeepsTheFileOrderAcrossKinds) {
  Result<std::vector<Source>> sources = ParseSources(
      "[[site]]\nurl = \"http://a/\"\nfollow = \"http://a/n/\"\n"
      "[[feed]]\nurl = \"http://b/f\"\n"
      "[[site]]\nurl = \"http://c/\"\nfollow = \"http://c/\"\n",
      "s.toml");
  ASSERT_TRUE(sources.ok()) << sources.status().ToString();
  ASSERT_EQ(sources->size(), 3u);
  EXPECT_EQ((*sources)[0].url, "http://a/");
  EXPECT_EQ((*sources)[1].url, "http://b/f");
  EXPECT_EQ((*sources)[2].url, "http://c/");
}

TEST(Sources, EmptyFileHasNoSources) {
  Result<std::vector<Source>> sources = ParseSources("# nothing yet\n", "s.toml");
  ASSERT_TRUE(sources.ok());
  EXPECT_TRUE(sources->empty());
}

// Each bad file fails with kInvalidArgument and a message that starts with
// the file and line and says what is wrong.
struct BadCase {
  const char* text;
  const char* message;
};

TEST(Sources, BadFilesNameFileLineAndProblem) {
  const BadCase cases[] = {
      {"[[feed]]\nurl = \"https://a/\"\nurl2 = 3\n", "s.toml:3: unknown key 'url2' in [[feed]]"},
      {"[[feed]]\nlabel = \"x\"\n", "s.toml:1: [[feed]] needs 'url'"},
      {"[[site]]\nurl = \"https://a/\"\n", "s.toml:1: [[site]] needs 'follow'"},
      {"[[feeds]]\nurl = \"https://a/\"\n",
       "s.toml:1: unknown table 'feeds' (expected [[feed]], [[site]] or [[telegram]])"},
      {"[feed]\nurl = \"https://a/\"\n", "s.toml:1: 'feed' must be written [[feed]]"},
      {"[[feed]]\nurl = 7\n", "s.toml:2: 'url' must be a string"},
      {"[[feed]]\nurl = \"ftp://a/f\"\n", "s.toml:2: 'url' is not an http(s) URL: \"ftp://a/f\""},
      {"[[feed]]\nurl = \"https://a/\"\nevery = \"15x\"\n",
       "s.toml:3: 'every': unknown unit 'x' in \"15x\" (s, m, h or d)"},
      {"[[feed]]\nurl = \"https://a/\"\nevery = \"10s\"\n",
       "s.toml:3: 'every': \"10s\" is outside 1m to 30d"},
      {"[[telegram]]\nchannel = \"no spaces\"\n",
       "s.toml:2: 'channel' must be a public channel name (letters, digits, _): \"no spaces\""},
      {"[[telegram]]\nchannel = \"a\"\nbackfill = 0\n",
       "s.toml:3: 'backfill' must be a number of pages from 1 to 1000"},
      {"[[telegram]]\nchannel = \"a\"\nbackfill = \"5\"\n",
       "s.toml:3: 'backfill' must be a number of pages from 1 to 1000"},
      {"[[feed]]\nurl = \"https://a/\"\nbackfill = 2\n",
       "s.toml:3: unknown key 'backfill' in [[feed]]"},
      {"[[feed]]\nurl = \"https://a/\"\n[[feed]]\nurl = \"https://a/\"\n",
       "s.toml:3: listed twice: feed https://a/"},
  };
  for (const BadCase& c : cases) {
    Result<std::vector<Source>> sources = ParseSources(c.text, "s.toml");
    ASSERT_FALSE(sources.ok()) << c.text;
    EXPECT_EQ(sources.status().code(), StatusCode::kInvalidArgument) << c.text;
    EXPECT_EQ(sources.status().message(), c.message) << c.text;
  }
}

TEST(Sources, TomlSyntaxErrorNamesItsLine) {
  Result<std::vector<Source>> sources =
      ParseSources("[[feed]]\nurl = \"https://a/\"\nevery = 15m\n", "s.toml");
  ASSERT_FALSE(sources.ok());
  EXPECT_EQ(sources.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(sources.status().message().rfind("s.toml:3: ", 0), 0u) << sources.status().message();
}

TEST(Sources, MissingFileIsNotFound) {
  Result<std::vector<Source>> sources = LoadSources("/nonexistent/sources.toml");
  ASSERT_FALSE(sources.ok());
  EXPECT_EQ(sources.status().code(), StatusCode::kNotFound);
  EXPECT_NE(sources.status().message().find("/nonexistent/sources.toml"), std::string::npos);
}

TEST(ParseInterval, ReadsUnitsAndSums) {
  EXPECT_EQ(*ParseInterval("15m"), seconds(900));
  EXPECT_EQ(*ParseInterval("1h30m"), seconds(5400));
  EXPECT_EQ(*ParseInterval("2d"), seconds(172800));
  EXPECT_EQ(*ParseInterval("90s"), seconds(90));
  for (const char* bad : {"", "m", "15", "1h30", "-5m", "31d", "59s", "99999999999999d"}) {
    Result<seconds> r = ParseInterval(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

}  // namespace
}  // namespace tally::collect
