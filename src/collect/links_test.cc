#include "src/collect/links.h"

#include <gtest/gtest.h>

namespace tally::collect {
namespace {

TEST(FollowedLinks, KeepsLinksUnderThePrefixOnceInPageOrder) {
  const std::string page =
      "<html><body><nav><a href=\"/\">Home</a><a href=\"/about\">About</a></nav>"
      "<ul><li><a href=\"2024/b.html\">B</a></li>"
      "<li><a href=\"/news/2024/a.html#comments\">A</a></li>"
      "<li><a href=\"https://news.example.org/news/2024/b.html\">B again</a></li>"
      "<li><a href=\"https://other.example.org/news/2024/c.html\">elsewhere</a></li>"
      "<li><a href=\"mailto:editor@news.example.org\">mail</a></li>"
      "<li><a>no href</a><a href=\"javascript:void(0)\">js</a></li></ul></body></html>";
  EXPECT_EQ(FollowedLinks(page, "https://news.example.org/news/", "https://news.example.org/news/",
                          100),
            (std::vector<std::string>{"https://news.example.org/news/2024/b.html",
                                      "https://news.example.org/news/2024/a.html"}));
}

TEST(FollowedLinks, StopsAtTheLimitAndSkipsThePageItself) {
  std::string page = "<a href=\"/n/\">self</a>";
  for (int i = 0; i < 10; ++i) page += "<a href=\"/n/" + std::to_string(i) + "\">x</a>";
  const std::vector<std::string> links = FollowedLinks(page, "http://h/n/", "http://h/n/", 3);
  EXPECT_EQ(links, (std::vector<std::string>{"http://h/n/0", "http://h/n/1", "http://h/n/2"}));
}

TEST(FollowedLinks, DeepNestingAndBrokenHtmlAreRead) {
  std::string page;
  for (int i = 0; i < 3000; ++i) page += "<div>";
  page += "<a href=\"/n/deep\">deep</a><a href=\"/n/open";  // cut off mid-tag
  EXPECT_EQ(FollowedLinks(page, "http://h/", "http://h/n/", 10),
            (std::vector<std::string>{"http://h/n/deep"}));
}

}  // namespace
}  // namespace tally::collect
