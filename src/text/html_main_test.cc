#include "src/text/html_main.h"

#include <gtest/gtest.h>

#include "src/ingest/processor.h"
#include "tests/test_util.h"

namespace tally::text {
namespace {

MainTextOptions DefaultOptions() {
  MainTextOptions options;
  options.boilerplate_phrases = testing::BoilerplatePhrases();
  return options;
}

std::string Paragraph(int i) {
  return "<p>This is paragraph number " + std::to_string(i) +
         " of the article, with enough words, commas, and substance to count as "
         "real prose that a reader came for.</p>";
}

const char kPage[] = R"(<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Refusals rise | Example News</title>
<link rel="canonical" href="https://news.example/refusals">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<meta name="author" content="A. Writer">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="share-buttons"><a href="#">Share on Facebook</a></div>
<main><article><h1>Refusals rise</h1>
%PARAS%
<div class="related"><h3>Related</h3><ul><li><a href="/a">Another story here</a></li>
<li><a href="/b">Yet another story</a></li></ul></div>
<p style="display:none">Hidden text that no reader sees.</p>
</article></main>
<aside><p>Most read: a sidebar teaser that is long enough to look like a paragraph.</p></aside>
<section id="comments"><p>A reader comment that is quite long, long enough to count.</p></section>
<footer><p>Copyright Example News Ltd, all rights reserved, since 1998.</p></footer>
</body></html>)";

std::string MakePage() {
  std::string paras;
  for (int i = 1; i <= 5; ++i) paras += Paragraph(i);
  std::string page = kPage;
  page.replace(page.find("%PARAS%"), 7, paras);
  return page;
}

TEST(ExtractHtml, KeepsArticleDropsChrome) {
  Result<HtmlPage> page = ExtractHtml(MakePage(), DefaultOptions());
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->paragraphs.size(), 5u);
  EXPECT_NE(page->paragraphs[0].find("paragraph number 1"), std::string::npos);
  const std::string body = page->Body();
  for (const char* chrome : {"Home", "Share on Facebook", "Another story", "Hidden text",
                             "Most read", "reader comment", "Copyright", "Refusals rise"}) {
    EXPECT_EQ(body.find(chrome), std::string::npos) << chrome;
  }
}

TEST(ExtractHtml, ReadsMetadata) {
  Result<HtmlPage> page = ExtractHtml(MakePage(), DefaultOptions());
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->title, "Refusals rise");
  EXPECT_EQ(page->canonical_url, "https://news.example/refusals");
  EXPECT_EQ(page->site_name, "Example News");
  EXPECT_EQ(page->published, "2024-03-05T08:30:00Z");
  EXPECT_EQ(page->author, "A. Writer");
  EXPECT_EQ(page->lang, "en");
}

TEST(ExtractHtml, ReadsJsonLdWhenMetaIsMissing) {
  const std::string html =
      R"(<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
       {"@type":"NewsArticle","headline":"Courts busy","datePublished":"2024-02-01",
        "publisher":{"@type":"Organization","name":"Ledger"},
        "author":[{"@type":"Person","name":"B. Reporter"}]}]}
      </script></head><body><p>Some text of the page that is long enough.</p></body></html>)";
  Result<HtmlPage> page = ExtractHtml(html, DefaultOptions());
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->title, "Courts busy");
  EXPECT_EQ(page->published, "2024-02-01");
  EXPECT_EQ(page->site_name, "Ledger");
  EXPECT_EQ(page->author, "B. Reporter");
}

TEST(ExtractHtml, MainColumnNamedLikeChromeIsKept) {
  // Themes put "sidebar" in the class of the column that holds the story.
  std::string paras;
  for (int i = 1; i <= 4; ++i) paras += Paragraph(i);
  const std::string html = "<html><body><div class=\"container has_sidebar\"><div>" +
                           paras + "</div></div></body></html>";
  Result<HtmlPage> page = ExtractHtml(html, DefaultOptions());
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->paragraphs.size(), 4u);
}

TEST(ExtractHtml, ChromePhraseDropsTheLinkListAfterIt) {
  std::string paras;
  for (int i = 1; i <= 4; ++i) paras += Paragraph(i);
  // "Читайте также" (Russian "read also").
  const std::string html =
      "<html><body><div class=\"text\">" + paras +
      "<p>\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 "
      "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5:</p>"
      "<p><a href=\"/x\">A teaser headline that links away</a></p></div></body></html>";
  Result<HtmlPage> page = ExtractHtml(html, DefaultOptions());
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->paragraphs.size(), 4u);
}

TEST(ExtractHtml, FragmentKeepsAllText) {
  MainTextOptions options = DefaultOptions();
  options.keep_all = true;
  Result<HtmlPage> page = ExtractHtml("<p>Short one.</p><p>Two.</p>", options);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->Body(), "Short one.\n\nTwo.");
}

TEST(ExtractHtml, SurvivesDeepNesting) {
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<div>";
  html += "<p>deep enough to be silly, but a page all the same.</p>";
  Result<HtmlPage> page = ExtractHtml(html, DefaultOptions());
  EXPECT_TRUE(page.ok());
}

TEST(ExtractHtml, RefusesAbsurdNesting) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  Result<HtmlPage> page = ExtractHtml(html, DefaultOptions());
  EXPECT_EQ(page.status().code(), StatusCode::kResourceExhausted);
}

TEST(ExtractHtml, UnmatchedCloseTagsDoNotHideNesting) {
  // Found by fuzzing: "</x>" closes nothing, so the divs still nest.
  std::string html;
  for (int i = 0; i < 110000; ++i) html += "<div></x>";
  Result<HtmlPage> page = ExtractHtml(html, DefaultOptions());
  EXPECT_EQ(page.status().code(), StatusCode::kResourceExhausted);
}

TEST(ExtractHtml, UnclosedParagraphsAreNotNesting) {
  std::string html = "<body>";
  for (int i = 0; i < 30000; ++i) html += "<p>para " + std::to_string(i);
  Result<HtmlPage> page = ExtractHtml(html, DefaultOptions());
  EXPECT_TRUE(page.ok());
}

TEST(ExtractHtml, EmptyAndJunkInput) {
  EXPECT_TRUE(ExtractHtml("", DefaultOptions()).ok());
  EXPECT_TRUE(ExtractHtml("<<<>>><\x01\x02 </p></div>", DefaultOptions()).ok());
}

// The bundled example pages: extraction must give exactly the hand-written
// text (headline, then the article's paragraphs), whatever their charset.
class ExamplePage : public ::testing::TestWithParam<const char*> {};

TEST_P(ExamplePage, MatchesExpectedText) {
  const std::string name = GetParam();
  RawItem item;
  item.format = Format::kHtml;
  item.kind = BodyKind::kHtml;
  item.body = testing::ReadFileOrDie(testing::SourcePath("examples/html/" + name + ".html"));
  ingest::ProcessOptions options;
  options.main_text = DefaultOptions();
  Result<Document> doc = ingest::Process(std::move(item), options);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::string expected =
      testing::ReadFileOrDie(testing::SourcePath("tests/golden/html/" + name + ".expected.txt"));
  while (!expected.empty() && expected.back() == '\n') expected.pop_back();
  EXPECT_EQ(doc->text, expected);
}

INSTANTIATE_TEST_SUITE_P(Examples, ExamplePage,
                         ::testing::Values("en-casualty-counts", "en-refusals-amur",
                                           "ru-desertion-cases-1251",
                                           "ru-refusal-lawyers-koi8",
                                           "uk-legal-aid-mobilised", "uk-szch-statistics"));

}  // namespace
}  // namespace tally::text
