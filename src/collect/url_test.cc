#include "src/collect/url.h"

#include <gtest/gtest.h>

namespace tally::collect {
namespace {

TEST(Url, ParsesParts) {
  Result<UrlParts> u = ParseUrl("https://Example.ORG/news/a?id=3#top");
  ASSERT_TRUE(u.ok()) << u.status().ToString();
  EXPECT_EQ(u->scheme, "https");
  EXPECT_EQ(u->host, "example.org");
  EXPECT_EQ(u->port, 443);
  EXPECT_EQ(u->path, "/news/a?id=3");
  EXPECT_EQ(u->Origin(), "https://example.org:443");
  Result<UrlParts> bare = ParseUrl("http://127.0.0.1:8080");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->path, "/");
  EXPECT_EQ(bare->port, 8080);
}

TEST(Url, RefusesWhatIsNotHttp) {
  for (const char* bad : {"ftp://a/b", "mailto:x@y", "/relative", "", "http://"}) {
    Result<UrlParts> u = ParseUrl(bad);
    ASSERT_FALSE(u.ok()) << bad;
    EXPECT_EQ(u.status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

TEST(Url, ResolvesLinksAgainstTheirPage) {
  EXPECT_EQ(*ResolveUrl("https://a.org/news/", "2024/story.html#c"),
            "https://a.org/news/2024/story.html");
  EXPECT_EQ(*ResolveUrl("https://a.org/news/list", "/about"), "https://a.org/about");
  EXPECT_EQ(*ResolveUrl("https://a.org/news/", "https://b.org/x"), "https://b.org/x");
  EXPECT_EQ(*ResolveUrl("https://a.org/news/", "//c.org/y"), "https://c.org/y");
  EXPECT_FALSE(ResolveUrl("https://a.org/", "javascript:alert(1)").ok());
  EXPECT_FALSE(ResolveUrl("https://a.org/", "mailto:x@y.org").ok());
}

}  // namespace
}  // namespace tally::collect
