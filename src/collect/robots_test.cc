#include "src/collect/robots.h"

#include <gtest/gtest.h>

#include <random>

#include "src/collect/robots_reference.h"

namespace tally::collect {
namespace {

TEST(RobotsPattern, AgreesWithTheReferenceOnRandomInput) {
  std::mt19937 rng(14);
  const std::string alphabet = "ab/*";
  for (int i = 0; i < 20000; ++i) {
    std::string pattern, path;
    for (int n = rng() % 7; n > 0; --n) pattern += alphabet[rng() % alphabet.size()];
    if (rng() % 3 == 0) pattern += '$';
    for (int n = rng() % 9; n > 0; --n) path += alphabet[rng() % 3];
    ASSERT_EQ(RobotsPatternMatches(pattern, path), reference::PatternMatches(pattern, path))
        << "pattern " << pattern << " path " << path;
  }
}

struct Case {
  const char* path;
  bool allowed;
};

void ExpectAll(const RobotsRules& rules, std::initializer_list<Case> cases) {
  for (const Case& c : cases) EXPECT_EQ(rules.Allowed(c.path), c.allowed) << c.path;
}

TEST(Robots, LongestMatchWins) {
  RobotsRules rules = RobotsRules::Parse(
      "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /news/public/draft\n",
      "tally");
  ExpectAll(rules, {{"/", true},
                    {"/about", true},
                    {"/news/", false},
                    {"/news/1", false},
                    {"/news/public/1", true},
                    {"/news/public/draft-2", false},
                    {"/newsletter", true}});
}

TEST(Robots, AllowWinsATie) {
  RobotsRules rules = RobotsRules::Parse("user-agent: *\ndisallow: /page\nallow: /page\n", "tally");
  EXPECT_TRUE(rules.Allowed("/page"));
  RobotsRules wild = RobotsRules::Parse("user-agent: *\ndisallow: /*.php\nallow: /a*.php\n", "t");
  EXPECT_TRUE(wild.Allowed("/a.php"));  // both 6 long
}

TEST(Robots, WildcardsAndEndAnchor) {
  RobotsRules rules = RobotsRules::Parse(
      "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\nDisallow: /private*/x\n",
      "tally");
  ExpectAll(rules, {{"/doc.pdf", false},
                    {"/dir/doc.pdf", false},
                    {"/doc.pdf?x=1", true},
                    {"/doc.pdfs", true},
                    {"/list?session=3", false},
                    {"/list?page=2&session=3", true},
                    {"/private-area/x/y", false},
                    {"/private/y", true}});
}

TEST(Robots, OwnGroupReplacesTheStarGroup) {
  const char* text =
      "User-agent: *\nDisallow: /\n\n"
      "User-agent: Tally/1.0\nDisallow: /private/\n";
  RobotsRules ours = RobotsRules::Parse(text, "tally");
  ExpectAll(ours, {{"/news/1", true}, {"/private/a", false}});
  RobotsRules others = RobotsRules::Parse(text, "otherbot");
  ExpectAll(others, {{"/news/1", false}, {"/", false}});
}

TEST(Robots, ConsecutiveUserAgentsShareAGroupAndGroupsMerge) {
  const char* text =
      "User-agent: a\nUser-agent: TALLY\nDisallow: /x\n"
      "User-agent: b\nDisallow: /y\n"
      "user-agent: tally\nDisallow: /z\n";
  RobotsRules rules = RobotsRules::Parse(text, "tally");
  ExpectAll(rules, {{"/x", false}, {"/y", true}, {"/z", false}, {"/w", true}});
}

TEST(Robots, OtherRecordsDoNotEndTheUserAgentLines) {
  const char* text = "User-agent: other\nCrawl-delay: 5\nUser-agent: tally\nDisallow: /x\n";
  EXPECT_FALSE(RobotsRules::Parse(text, "tally").Allowed("/x"));
}

TEST(Robots, RulesBeforeAnyGroupAndJunkAreIgnored) {
  const char* text =
      "Disallow: /early\n"
      "this line is junk\n"
      "\xff\xfe binary \x01\n"
      "Sitemap: https://example.org/sitemap.xml\n"
      "User-agent: * # everyone\n"
      "  Disallow:   /late   # comment\r\n";
  RobotsRules rules = RobotsRules::Parse(text, "tally");
  ExpectAll(rules, {{"/early", true}, {"/late", false}, {"/late/x", false}});
}

TEST(Robots, EmptyDisallowAllowsEverything) {
  RobotsRules rules = RobotsRules::Parse("User-agent: *\nDisallow:\n", "tally");
  EXPECT_TRUE(rules.Allowed("/anything"));
}

TEST(Robots, NoMatchingGroupAllowsEverything) {
  RobotsRules rules = RobotsRules::Parse("User-agent: googlebot\nDisallow: /\n", "tally");
  EXPECT_TRUE(rules.Allowed("/a"));
  EXPECT_TRUE(RobotsRules::Parse("", "tally").Allowed("/a"));
}

TEST(Robots, PercentEncodingComparesEqual) {
  RobotsRules rules = RobotsRules::Parse(
      "User-agent: *\nDisallow: /%e2%82%ac\nDisallow: /новости/\n", "tally");
  ExpectAll(rules, {{"/%E2%82%AC", false},
                    {"/\xe2\x82\xac", false},
                    {"/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1", false},
                    {"/%D0%BD", true}});
}

TEST(Robots, RobotsTxtItselfIsAlwaysAllowed) {
  EXPECT_TRUE(RobotsRules::Parse("User-agent: *\nDisallow: /\n", "tally").Allowed("/robots.txt"));
  EXPECT_TRUE(RobotsRules::DisallowAll().Allowed("/robots.txt"));
}

TEST(Robots, OnlyTheFirst500KiBAreRead) {
  std::string text = "User-agent: *\nDisallow: /a\n";
  text += std::string(kMaxRobotsBytes, '#');
  text += "\nDisallow: /b\n";
  RobotsRules rules = RobotsRules::Parse(text, "tally");
  EXPECT_FALSE(rules.Allowed("/a"));
  EXPECT_TRUE(rules.Allowed("/b"));
}

TEST(Robots, FetchStatusDecides) {
  const char* body = "User-agent: *\nDisallow: /x\n";
  EXPECT_FALSE(RobotsRules::FromFetch(200, body, "tally").Allowed("/x"));
  EXPECT_TRUE(RobotsRules::FromFetch(200, body, "tally").Allowed("/y"));
  for (int status : {400, 401, 403, 404, 410}) {
    EXPECT_TRUE(RobotsRules::FromFetch(status, body, "tally").Allowed("/x")) << status;
  }
  for (int status : {0, 429, 500, 503}) {
    RobotsRules rules = RobotsRules::FromFetch(status, body, "tally");
    EXPECT_TRUE(rules.disallow_all()) << status;
    EXPECT_FALSE(rules.Allowed("/y")) << status;
  }
}

TEST(Robots, ManyStarsStayFast) {
  std::string text = "User-agent: *\nDisallow: /";
  for (int i = 0; i < 2000; ++i) text += "*a";
  text += "b$\n";
  RobotsRules rules = RobotsRules::Parse(text, "tally");
  EXPECT_TRUE(rules.Allowed("/" + std::string(5000, 'a')));
}

}  // namespace
}  // namespace tally::collect
