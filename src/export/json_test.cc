#include "src/export/json.h"

#include <gtest/gtest.h>

namespace tally::exporting {
namespace {

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(&out, s);
  return out;
}

TEST(AppendJsonString, EscapesWhatJsonRequires) {
  EXPECT_EQ(Quoted("a\"b\\c\nd\x01"), "\"a\\\"b\\\\c\\nd\\u0001\"");
}

TEST(AppendJsonString, CopiesValidUtf8Through) {
  // "Привет" and an emoji (4 bytes).
  const std::string text = "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xF0\x9F\x98\x80";
  EXPECT_EQ(Quoted(text), "\"" + text + "\"");
}

// The paths of issue 15: a client's bytes quoted in an error message.
TEST(AppendJsonString, ReplacesInvalidUtf8) {
  EXPECT_EQ(Quoted("x\xFF"), "\"x\xEF\xBF\xBD\"");
  EXPECT_EQ(Quoted("\xC3\x28"), "\"\xEF\xBF\xBD(\"");
  EXPECT_EQ(Quoted("\xFF\xFE"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  // Overlong "..": one replacement for each two-byte form.
  EXPECT_EQ(Quoted("\xC0\xAE\xC0\xAE/x"), "\"\xEF\xBF\xBD\xEF\xBF\xBD/x\"");
  // A surrogate, a code point above U+10FFFF, a sequence cut at the end.
  EXPECT_EQ(Quoted("\xED\xA0\x80"), "\"\xEF\xBF\xBD\"");
  EXPECT_EQ(Quoted("\xF4\x90\x80\x80"), "\"\xEF\xBF\xBD\"");
  EXPECT_EQ(Quoted("ok\xD0"), "\"ok\xEF\xBF\xBD\"");
}

}  // namespace
}  // namespace tally::exporting
