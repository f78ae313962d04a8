#include <gtest/gtest.h>

#include "src/ingest/reader.h"
#include "tests/test_util.h"

namespace tally::ingest {
namespace {

using testing::CollectingSink;
using testing::ReadPath;
using testing::SourcePath;

TEST(TelegramReader, ChannelExport) {
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(SourcePath("examples/telegram/channel-export/result.json"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 11u);
  EXPECT_TRUE(sink.errors.empty());
  // Two service messages and one photo without a caption.
  EXPECT_EQ(sink.skipped.size(), 3u);
  const RawItem& first = sink.items[0];
  EXPECT_EQ(first.format, Format::kTelegram);
  EXPECT_EQ(first.meta.record, "message 2");
  EXPECT_EQ(first.meta.published.substr(0, 10), "2024-02-05");
  EXPECT_EQ(first.meta.source.rfind("\xD0\x9E\xD1\x82\xD0\xBA\xD0\xB0\xD0\xB7", 0), 0u);  // "Отказ"
  bool forwarded = false;
  for (const RawItem& item : sink.items) {
    if (item.meta.record == "message 8") {
      forwarded = !item.meta.forwarded_from.empty();
      EXPECT_FALSE(item.body.empty());
    }
  }
  EXPECT_TRUE(forwarded);
}

TEST(TelegramReader, FullAccountExport) {
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(SourcePath("examples/telegram/full-export/result.json"), &sink).ok());
  EXPECT_EQ(sink.items.size(), 7u);
  EXPECT_TRUE(sink.errors.empty());
  for (const RawItem& item : sink.items) EXPECT_FALSE(item.meta.source.empty());
}

TEST(TelegramReader, JoinsEntityLists) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("result.json"), R"({"name": "Chan", "type": "public_channel", "id": 5,
    "messages": [{"id": 1, "type": "message", "date": "2024-01-01T10:00:00",
      "text": ["More than ", {"type": "bold", "text": "1,000"}, " refused. ",
               {"type": "text_link", "text": "Source", "href": "https://x.example"}]}]})");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("result.json"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].body, "More than 1,000 refused. Source");
  EXPECT_EQ(sink.items[0].meta.published, "2024-01-01T10:00:00");
}

TEST(TelegramReader, BrokenMessageCostsOnlyItself) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("result.json"), R"({"name": "Chan", "type": "public_channel", "id": 5,
    "messages": [{"id": 1, "type": "message", "text": "first"},
                 {"id": 2, "type": "message", "text": "broken" "oops"},
                 {"id": 3, "type": "message", "text": "third"}]})");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("result.json"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 2u);
  EXPECT_EQ(sink.items[1].body, "third");
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kCorruption);
  EXPECT_NE(sink.errors[0].record.find("message at byte"), std::string::npos);
}

TEST(TelegramReader, TruncatedExportKeepsMessagesBeforeTheCut) {
  const std::string full = testing::ReadFileOrDie(
      SourcePath("examples/telegram/channel-export/result.json"));
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("result.json"), full.substr(0, full.size() * 2 / 3));
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("result.json"), &sink).ok());
  EXPECT_GT(sink.items.size(), 4u);
  EXPECT_LT(sink.items.size(), 11u);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].status.message().find("truncated"), std::string::npos);
}

TEST(TelegramReader, JsonWithoutMessagesIsNotAnExport) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("x.json"), R"({"name": "x", "type": "public_channel", "list": []})");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("x.json"), &sink).ok());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kInvalidArgument);
}

TEST(TelegramReader, EscapedChatNamesAreDecoded) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("result.json"), R"({"name": "\u0416 \"quoted\"", "type": "public_channel",
    "id": 5, "messages": [{"id": 1, "type": "message", "text": "hello"}]})");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("result.json"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].meta.source, "\xD0\x96 \"quoted\"");
}

TEST(TelegramReader, PrivateForwardsAreNotStored) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("result.json"), R"({"name": "Family", "type": "private_group", "id": 5,
    "messages": [{"id": 1, "type": "message", "forwarded_from": "Maria Ivanova", "text": "hi"}]})");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("result.json"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].meta.forwarded_from, "");
}

TEST(TelegramReader, PersonalChatNameIsNotStored) {
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path("result.json"), R"({"chats": {"list": [
    {"name": "Ivan Petrov", "type": "personal_chat", "id": 9,
     "messages": [{"id": 1, "type": "message", "from": "Ivan Petrov", "text": "hello"}]}]}})");
  CollectingSink sink;
  ASSERT_TRUE(ReadPath(dir.Path("result.json"), &sink).ok());
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_EQ(sink.items[0].meta.source, "personal chat");
  EXPECT_EQ(sink.items[0].meta.author, "");
}

}  // namespace
}  // namespace tally::ingest
