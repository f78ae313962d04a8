#include "src/ingest/telegram_preview.h"

#include <gtest/gtest.h>

#include "src/ingest/preview_fixture.h"

namespace tally::ingest {
namespace {

using testing::FixturePost;
using testing::PreviewPageHtml;

constexpr char kUrl[] = "http://127.0.0.1:9/s/demo_channel";

// "Более 300 военнослужащих отказались ехать на фронт, сообщил адвокат."
constexpr char kCyrillic[] =
    "\xd0\x91\xd0\xbe\xd0\xbb\xd0\xb5\xd0\xb5 300 \xd0\xb2\xd0\xbe\xd0\xb5\xd0\xbd\xd0\xbd\xd0"
    "\xbe\xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb0\xd1\x89\xd0\xb8\xd1\x85 \xd0\xbe\xd1\x82\xd0"
    "\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb\xd0\xb8\xd1\x81\xd1\x8c \xd0\xb5\xd1\x85\xd0\xb0\xd1"
    "\x82\xd1\x8c \xd0\xbd\xd0\xb0 \xd1\x84\xd1\x80\xd0\xbe\xd0\xbd\xd1\x82, \xd1\x81\xd0\xbe"
    "\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb8\xd0\xbb \xd0\xb0\xd0\xb4\xd0\xb2\xd0\xbe\xd0\xba\xd0\xb0"
    "\xd1\x82.";

Result<PreviewPage> Parse(const std::vector<FixturePost>& posts) {
  return ParseTelegramPreview(PreviewPageHtml("demo_channel", "Demo &amp; Co", posts), kUrl, {});
}

TEST(TelegramPreview, ReadsEveryPostWithItsIdDateViewsAndUrl) {
  Result<PreviewPage> page = Parse({
      {.id = 101, .text = "Forty soldiers were discharged, the unit said.", .views = "950"},
      {.id = 102, .text = "A second report.", .datetime = "2026-03-06T18:40:05+00:00",
       .views = "12.4K"},
      {.id = 104, .text = "A third, without a counter.", .views = ""},
  });
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->channel_title, "Demo & Co");
  ASSERT_EQ(page->posts.size(), 3u);
  const PreviewPost& first = page->posts[0];
  EXPECT_EQ(first.id, 101);
  EXPECT_EQ(first.channel, "demo_channel");
  EXPECT_EQ(first.url, "https://t.me/demo_channel/101");
  EXPECT_EQ(first.text, "Forty soldiers were discharged, the unit said.");
  EXPECT_EQ(first.published, "2026-03-05T09:15:00+00:00");
  EXPECT_EQ(first.views, "950");
  EXPECT_FALSE(first.edited);
  EXPECT_EQ(first.forwarded_from, "");
  EXPECT_EQ(page->posts[1].published, "2026-03-06T18:40:05+00:00");
  EXPECT_EQ(page->posts[1].views, "12.4K");
  EXPECT_EQ(page->posts[2].views, "");
  EXPECT_EQ(page->min_id, 101);
  EXPECT_EQ(page->max_id, 104);
}

TEST(TelegramPreview, KeepsForwardedFromAndTheEditedMark) {
  Result<PreviewPage> page = Parse({
      {.id = 7, .text = "Quoted from another channel.", .forwarded_from = "Other Desk"},
      {.id = 8, .text = "Corrected: 25 servicemen, not 20.", .edited = true},
  });
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->posts.size(), 2u);
  EXPECT_EQ(page->posts[0].forwarded_from, "Other Desk");
  EXPECT_FALSE(page->posts[0].edited);
  EXPECT_TRUE(page->posts[1].edited);
  EXPECT_EQ(page->posts[1].forwarded_from, "");
}

TEST(TelegramPreview, PassesOverPhotosWithoutTextAndServiceMessagesButCountsThem) {
  Result<PreviewPage> page = Parse({
      {.id = 30, .service = true},
      {.id = 31, .text = ""},
      {.id = 32, .text = "<br/> <br/>"},
      {.id = 33, .text = "The only post with words."},
  });
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->posts.size(), 1u);
  EXPECT_EQ(page->posts[0].id, 33);
  ASSERT_EQ(page->passed_over.size(), 3u);
  EXPECT_EQ(page->passed_over[0].id, 30);
  EXPECT_EQ(page->passed_over[0].reason, "telegram service message");
  EXPECT_EQ(page->passed_over[1].id, 31);
  EXPECT_EQ(page->passed_over[1].reason, "telegram post without text");
  EXPECT_EQ(page->passed_over[2].id, 32);
  // Paging goes on from the oldest message, whether it was kept or not.
  EXPECT_EQ(page->min_id, 30);
}

TEST(TelegramPreview, KeepsCyrillicTextAndLineBreaks) {
  Result<PreviewPage> page = Parse({
      {.id = 5, .text = std::string("<b>\xd0\xa1\xd0\xb2\xd0\xbe\xd0\xb4\xd0\xba\xd0\xb0</b>"
                                    "<br/>") + kCyrillic + "<br/><br/>  Second   paragraph. "},
  });
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->posts.size(), 1u);
  EXPECT_EQ(page->posts[0].text, std::string("\xd0\xa1\xd0\xb2\xd0\xbe\xd0\xb4\xd0\xba\xd0\xb0\n") +
                                     kCyrillic + "\n\nSecond   paragraph.");
}

TEST(TelegramPreview, WritesLinksThatTheirTextDoesNotShow) {
  Result<PreviewPage> page = Parse({
      {.id = 9,
       .text = "Read <a href=\"https://news.example/story/1\" target=\"_blank\">the court "
               "ruling</a> and <a href=\"https://news.example/b\">news.example/b</a>, "
               "tagged <a href=\"?q=%23refusals\">#refusals</a> by "
               "<a href=\"https://t.me/demo_channel\">@demo_channel</a> "
               "<i class=\"emoji\" style=\"background-image:url('e.png')\"><b>!</b></i>"},
  });
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->posts.size(), 1u);
  EXPECT_EQ(page->posts[0].text,
            "Read the court ruling (https://news.example/story/1) and news.example/b, tagged "
            "#refusals by @demo_channel (https://t.me/demo_channel) !");
}

TEST(TelegramPreview, TakesNotTheTextOfTheQuotedPostOfAReply) {
  const std::string reply =
      "<a class=\"tgme_widget_message_reply\" href=\"https://t.me/demo_channel/3\">"
      "<div class=\"tgme_widget_message_text\">the quoted post</div></a>";
  std::string html = PreviewPageHtml("demo_channel", "Demo", {{.id = 4, .text = "The answer."}});
  html.insert(html.find("<div class=\"tgme_widget_message_text js-message_text\""), reply);
  Result<PreviewPage> page = ParseTelegramPreview(html, kUrl, {});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->posts.size(), 1u);
  EXPECT_EQ(page->posts[0].text, "The answer.");
}

TEST(TelegramPreview, AnEmptyChannelIsAPageWithoutPosts) {
  Result<PreviewPage> page = Parse({});
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->posts.empty());
  EXPECT_EQ(page->min_id, 0);
}

TEST(TelegramPreview, APageThatIsNotAPreviewFailsNamingTheUrl) {
  for (const std::string& html : {std::string("<html><body><h1>Not found</h1></body></html>"),
                                 std::string(""), std::string("\x00\xff<<>>", 6)}) {
    Result<PreviewPage> page = ParseTelegramPreview(html, kUrl, {});
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.status().code(), StatusCode::kCorruption);
    EXPECT_NE(page.status().message().find(kUrl), std::string::npos) << page.status().message();
  }
}

TEST(TelegramPreview, APageCutShortKeepsThePostsBeforeTheCut) {
  const std::string html = PreviewPageHtml(
      "demo_channel", "Demo", {{.id = 1, .text = "Whole."}, {.id = 2, .text = "Cut in half"}});
  Result<PreviewPage> page =
      ParseTelegramPreview(html.substr(0, html.find("Cut in") + 6), kUrl, {});
  ASSERT_TRUE(page.ok());
  ASSERT_GE(page->posts.size(), 1u);
  EXPECT_EQ(page->posts[0].text, "Whole.");
}

TEST(TelegramPreview, MessagesWithoutAnIdArePassedOverAndCounted) {
  std::string html = PreviewPageHtml("demo_channel", "Demo", {{.id = 6, .text = "Kept."}});
  html.insert(html.find("</section>"),
              "<div class=\"tgme_widget_message\" data-post=\"demo_channel/x\">"
              "<div class=\"tgme_widget_message_text\">Lost.</div></div>");
  Result<PreviewPage> page = ParseTelegramPreview(html, kUrl, {});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->posts.size(), 1u);
  EXPECT_EQ(page->without_id, 1);
}

TEST(TelegramPreview, LimitsAreKept) {
  const std::string html = PreviewPageHtml(
      "demo_channel", "Demo", {{.id = 1, .text = "One."}, {.id = 2, .text = "Two."}});
  EXPECT_EQ(ParseTelegramPreview(html, kUrl, {.max_messages = 1}).status().code(),
            StatusCode::kResourceExhausted);
  EXPECT_EQ(ParseTelegramPreview(html, kUrl, {.max_page_bytes = 100}).status().code(),
            StatusCode::kResourceExhausted);
}

TEST(TelegramPreview, DeepNestingDoesNotOverflowTheStack) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<span>";
  Result<PreviewPage> page = Parse({{.id = 1, .text = deep + "deep text"}});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->posts.size(), 1u);
  EXPECT_EQ(page->posts[0].text, "deep text");
}

TEST(TelegramPreview, KnowsAPreviewUrlByItsPath) {
  EXPECT_TRUE(IsPreviewUrl("https://t.me/s/demo_channel"));
  EXPECT_TRUE(IsPreviewUrl("https://t.me/s/demo_channel?before=120"));
  EXPECT_TRUE(IsPreviewUrl("http://127.0.0.1:8080/s/Demo2"));
  EXPECT_FALSE(IsPreviewUrl("https://t.me/demo_channel/12"));
  EXPECT_FALSE(IsPreviewUrl("https://t.me/s/"));
  EXPECT_FALSE(IsPreviewUrl("https://t.me/s/demo/12"));
  EXPECT_FALSE(IsPreviewUrl("https://example.org/news/"));
  EXPECT_FALSE(IsPreviewUrl("/s/demo"));
}

TEST(TelegramPreview, APostBecomesATelegramItem) {
  PreviewPost post{.id = 12, .channel = "demo_channel", .url = "https://t.me/demo_channel/12",
                   .published = "2026-03-05T09:15:00+00:00", .views = "3K",
                   .forwarded_from = "Other Desk", .author = "Night editor",
                   .text = "Twelve were detained."};
  RawItem item = PreviewPostItem(post, "");
  EXPECT_EQ(item.format, Format::kTelegram);
  EXPECT_EQ(item.kind, BodyKind::kPlain);
  EXPECT_EQ(item.body, "Twelve were detained.");
  EXPECT_EQ(item.meta.url, "https://t.me/demo_channel/12");
  EXPECT_EQ(item.meta.source, "demo_channel");  // no title shown: the name
  EXPECT_EQ(item.meta.published, "2026-03-05T09:15:00+00:00");
  EXPECT_EQ(item.meta.author, "Night editor");
  EXPECT_EQ(item.meta.forwarded_from, "Other Desk");
  EXPECT_EQ(PreviewPostItem(post, "Demo").meta.source, "Demo");
}

}  // namespace
}  // namespace tally::ingest
