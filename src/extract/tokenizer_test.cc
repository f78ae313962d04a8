#include "src/extract/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tally::extract {
namespace {

std::vector<std::string> Keys(const std::string& text) {
  TokenList t;
  EXPECT_TRUE(Tokenize(text, 1000, &t).ok());
  std::vector<std::string> keys;
  for (size_t i = 0; i < t.size(); ++i) keys.emplace_back(t.Key(i));
  return keys;
}

TEST(Tokenize, SplitsWordsDigitsAndSymbols) {
  EXPECT_EQ(Keys("More than 1,000"),
            (std::vector<std::string>{"more", "than", "1", ",", "000"}));
  EXPECT_EQ(Keys("18k"), (std::vector<std::string>{"18", "k"}));
}

TEST(Tokenize, FoldsCaseApostrophesAndDashes) {
  // "P'YAT'" in capitals with U+2019 folds to "p'yat'" with "'".
  EXPECT_EQ(Keys("\xD0\x9F" "\xE2\x80\x99" "\xD0\xAF\xD0\xA2\xD0\xAC"),
            (std::vector<std::string>{"\xD0\xBF'\xD1\x8F\xD1\x82\xD1\x8C"}));
  EXPECT_EQ(Keys("20\xE2\x80\x93" "40"), (std::vector<std::string>{"20", "-", "40"}));
  // "dva" with a stress accent (U+0301) is "dva".
  EXPECT_EQ(Keys("\xD0\xB4\xD0\xB2\xD0\xB0\xCC\x81"),
            (std::vector<std::string>{"\xD0\xB4\xD0\xB2\xD0\xB0"}));
}

TEST(Tokenize, MarksGluedTokensAndKeepsByteSpans) {
  TokenList t;
  ASSERT_TRUE(Tokenize("1 351,5", 100, &t).ok());
  ASSERT_EQ(t.size(), 4u);
  EXPECT_FALSE(t[1].glued);
  EXPECT_TRUE(t[2].glued);
  EXPECT_EQ(t[3].begin, 6u);
  EXPECT_EQ(t[3].end, 7u);
}

TEST(Tokenize, KeepsUrlsWhole) {
  EXPECT_EQ(Keys("see https://x.org/?q=30%25 now"),
            (std::vector<std::string>{"see", "<url>", "now"}));
}

TEST(Tokenize, ReadsInvalidBytesAsSymbols) {
  EXPECT_EQ(Keys("a\xFF" "b"),
            (std::vector<std::string>{"a", "\xEF\xBF\xBD", "b"}));
}

TEST(Tokenize, RefusesTooManyTokens) {
  TokenList t;
  Status s = Tokenize("a b c d", 3, &t);
  EXPECT_EQ(s.code(), StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace tally::extract
