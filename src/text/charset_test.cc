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

// Issue 15: UTF-8 but for a few bad bytes was read as an 8-bit charset,
// garbling every letter. Russian and Ukrainian news text, each with three
// broken spots: a stray byte, a cut sequence, an overlong form.
const std::string kRussian =
    "\xD0\x9C\xD0\xB8\xD0\xBD\xD0\xBE\xD0\xB1\xD0\xBE\xD1\x80\xD0\xBE\xD0\xBD\xD1\x8B "
    "\xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB\xD0\xBE, \xD1\x87\xD1\x82\xD0\xBE "
    "\xD0\xB1\xD0\xBE\xD0\xBB\xD0\xB5\xD0\xB5 1000 \xD0\xB2\xD0\xBE\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85 "
    "\xD0\xBE\xD1\x82\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C.";
const std::string kUkrainian =
    "\xD0\xA3 \xD0\x9A\xD0\xB8\xD1\x94\xD0\xB2\xD1\x96 \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB8, "
    "\xD1\x89\xD0\xBE 500 \xD0\xB2\xD1\x96\xD0\xB9\xD1\x81\xD1\x8C\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xB8\xD1\x85 "
    "\xD0\xB7\xD0\xB0\xD0\xB3\xD0\xB8\xD0\xBD\xD1\x83\xD0\xBB\xD0\xB8 \xD1\x96 \xD1\x97\xD1\x85 "
    "\xD1\x96\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\xB2\xD1\x96\xD0\xB4\xD0\xBE\xD0\xBC\xD1\x96.";

// `text` with a stray byte after its first space, a sequence cut short
// before its second and an overlong ".." at the end: 4 bad bytes.
std::string Damaged(std::string text, std::string_view fill = "") {
  const std::string stray = fill.empty() ? "\xFF" : std::string(fill);
  const std::string cut = fill.empty() ? "\xD0" : std::string(fill);
  const std::string overlong = fill.empty() ? "\xC0\xAE" : std::string(fill);
  const size_t first = text.find(' ');
  text.insert(first + 1, stray);
  text.insert(text.find(' ', first + 1), cut);
  return text + " " + overlong;
}

TEST(DecodeToUtf8, ReadsDamagedUtf8AsUtf8WhateverIsDeclared) {
  for (const std::string& text : {kRussian, kUkrainian}) {
    ASSERT_TRUE(IsValidUtf8(text));
    ASSERT_FALSE(IsValidUtf8(Damaged(text)));
    for (std::string_view declared : {"", "utf-8", "windows-1251", "koi8-r"}) {
      Result<Decoded> d = DecodeToUtf8(Damaged(text), declared);
      ASSERT_TRUE(d.ok());
      EXPECT_EQ(d->charset, "UTF-8") << declared;
      EXPECT_EQ(d->utf8, Damaged(text, "\xEF\xBF\xBD")) << declared;
      EXPECT_EQ(d->invalid_bytes, 4u) << declared;
    }
  }
}

// The same rule leaves 8-bit text alone: a longer Russian sample in
// windows-1251 and KOI8-R (where a letter before "\xA3" happens to form
// a well-formed pair now and then) still decodes as before.
TEST(DecodeToUtf8, KeepsEightBitTextWithAFewAccidentalSequences) {
  Result<Decoded> utf8 = DecodeToUtf8(kRussian, "");
  ASSERT_TRUE(utf8.ok());
  // "\xC5\xA3" is "e" + "yo" in KOI8-R, and a well-formed UTF-8 pair.
  const std::string koi8 = "\xC5\xA3 " + std::string(kKoi8r);
  Result<Decoded> d = DecodeToUtf8(koi8, "koi8-r");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->charset, "KOI8-R");
  EXPECT_EQ(d->utf8, "\xD0\xB5\xD1\x91 " + kUtf8);
  // Latin-1 with no sequence at all is still not UTF-8.
  d = DecodeToUtf8("caf\xE9 cr\xE8me", "");
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->charset, "UTF-8");
  EXPECT_EQ(d->invalid_bytes, 0u);
}

}  // namespace
}  // namespace tally::text
