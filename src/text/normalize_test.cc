#include "src/text/normalize.h"

#include <gtest/gtest.h>

namespace tally::text {
namespace {

TEST(NormalizeText, ComposesToNfc) {
  // "e" + COMBINING ACUTE ACCENT becomes U+00E9.
  EXPECT_EQ(NormalizeText("caf" "e\xCC\x81"), "caf\xC3\xA9");
  // Cyrillic "й" written as "и" + COMBINING BREVE.
  EXPECT_EQ(NormalizeText("\xD0\xB8\xCC\x86"), "\xD0\xB9");
}

TEST(NormalizeText, OneSpaceForAnySpaceRun) {
  // No-break space and narrow no-break space inside "1 351".
  EXPECT_EQ(NormalizeText("1\xC2\xA0" "351 and 2\xE2\x80\xAF" "000\t\t  more"),
            "1 351 and 2 000 more");
}

TEST(NormalizeText, ParagraphsAreOneBlankLine) {
  EXPECT_EQ(NormalizeText("  one\r\n  two  \r\n\r\n\r\n\n three  "),
            "one\ntwo\n\nthree");
}

TEST(NormalizeText, DropsInvisibleCharacters) {
  EXPECT_EQ(NormalizeText("soft\xC2\xADhyphen zero\xE2\x80\x8Bwidth \x01"),
            "softhyphen zerowidth");
}

TEST(NormalizeText, EmptyStaysEmpty) {
  EXPECT_EQ(NormalizeText(""), "");
  EXPECT_EQ(NormalizeText(" \n\n \t"), "");
}

TEST(NormalizeLine, JoinsLines) {
  EXPECT_EQ(NormalizeLine(" a\n\nb \n c "), "a b c");
}

TEST(FoldCase, FoldsCyrillic) {
  EXPECT_EQ(FoldCase("\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9"),  // "Читай"
            "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9");
}

}  // namespace
}  // namespace tally::text
