#include "src/text/charset.h"

#include <gtest/gtest.h>

namespace tally::text {
namespace {

// "Привет, мир" in windows-1251 and KOI8-R.
const std::string kCp1251 = "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0";
const std::string kKoi8r = "\xF0\xD2\xC9\xD7\xC5\xD4, \xCD\xC9\xD2";
const std::string kUtf8 = "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, "
                          "\xD0\xBC\xD0\xB8\xD1\x80";

TEST(SniffHtmlCharset, ReadsMetaCharset) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><meta charset=\"Windows-1251\">"),
            "windows-1251");
}

TEST(SniffHtmlCharset, ReadsHttpEquiv) {
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=\"Content-Type\" "
                             "content=\"text/html; charset=koi8-r\">"),
            "koi8-r");
}

TEST(SniffHtmlCharset, NoneDeclared) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><title>x</title>"), "");
}

TEST(CharsetFromContentType, ReadsParameter) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=\"UTF-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
}

TEST(DecodeToUtf8, DeclaredWindows1251) {
  Result<Decoded> d = DecodeToUtf8(kCp1251, "windows-1251");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, kUtf8);
}

TEST(DecodeToUtf8, DeclaredKoi8r) {
  Result<Decoded> d = DecodeToUtf8(kKoi8r, "koi8-r");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, kUtf8);
}

TEST(DecodeToUtf8, DetectsUndeclaredRussianCharsets) {
  // Detection needs a real sample, not one word.
  std::string cp1251, koi8, utf8;
  for (int i = 0; i < 40; ++i) {
    cp1251 += kCp1251 + " ";
    koi8 += kKoi8r + " ";
    utf8 += kUtf8 + " ";
  }
  Result<Decoded> a = DecodeToUtf8(cp1251, "");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->utf8, utf8);
  Result<Decoded> b = DecodeToUtf8(koi8, "");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->utf8, utf8);
}

TEST(DecodeToUtf8, TrustsValidUtf8OverAWrongDeclaration) {
  Result<Decoded> d = DecodeToUtf8(kUtf8, "windows-1251");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, kUtf8);
  EXPECT_EQ(d->charset, "UTF-8");
}

TEST(DecodeToUtf8, StripsByteOrderMark) {
  Result<Decoded> d = DecodeToUtf8("\xEF\xBB\xBFhello", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "hello");
}

TEST(DecodeToUtf8, ReplacesInvalidUtf8AndCountsIt) {
  Result<Decoded> d = DecodeToUtf8(kUtf8 + " \xC3\x28 " + kUtf8, "utf-8");
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(IsValidUtf8(d->utf8));
  EXPECT_GT(d->invalid_bytes, 0u);
}

TEST(DecodeToUtf8, UnknownCharsetFallsBackToUtf8Repair) {
  Result<Decoded> d = DecodeToUtf8("plain \xFF", "no-such-charset");
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(IsValidUtf8(d->utf8));
}

}  // namespace
}  // namespace tally::text
