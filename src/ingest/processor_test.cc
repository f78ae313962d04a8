#include "src/ingest/processor.h"

#include <gtest/gtest.h>

namespace tally::ingest {
namespace {

RawItem Post(std::string body, std::string hint) {
  RawItem item;
  item.format = Format::kTelegram;
  item.kind = BodyKind::kPlain;
  item.body = std::move(body);
  item.lang_hint = std::move(hint);
  return item;
}

// A source's language hint names the language detection cannot tell,
// and never overrides what it can.
TEST(ProcessLanguage, AHintForWhatDetectionCannotTell) {
  Result<Document> short_post = Process(Post("+12", "uk"), ProcessOptions());
  ASSERT_TRUE(short_post.ok()) << short_post.status().ToString();
  EXPECT_EQ(short_post->lang, "uk");
  Result<Document> no_hint = Process(Post("+12", ""), ProcessOptions());
  ASSERT_TRUE(no_hint.ok());
  EXPECT_EQ(no_hint->lang, "und");
  Result<Document> russian = Process(
      Post("Министерство обороны сообщило, что за сутки потери противника составили около двухсот "
           "военнослужащих, а также были уничтожены несколько единиц техники.",
           "uk"),
      ProcessOptions());
  ASSERT_TRUE(russian.ok());
  EXPECT_EQ(russian->lang, "ru");
}

}  // namespace
}  // namespace tally::ingest
